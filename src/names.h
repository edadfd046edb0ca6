// Finding where a note addresses someone by name: "Hi Amy," "Dear Dr.
// Bello," "Thanks for connecting, Sofia!" or an opening "Jake, ...". Three
// checks need it: no-name (is anyone addressed?), no-context (a greeting's
// name is not a specific detail) and duplicate (names are masked before
// notes are compared).
#ifndef HANDSHAKE_NAMES_H_
#define HANDSHAKE_NAMES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "data_files.h"
#include "document.h"
#include "phrases.h"

namespace handshake {

class Speller;

class NameFinder {
 public:
  // Reads greetings.txt and non_names.txt.
  bool load(const DataDir& data, const Normalizer& normalizer, std::string* error);

  // Appends the indices (into text.words) of words used to address someone.
  // A speller, when given, tells an opening "Jake," (a name) from "Thanks,".
  void find_addressed(const Document& doc, const NormalText& text, const Speller* speller,
                      std::vector<std::uint32_t>* out) const;

  // The bare greeting that opens the note ("Hi", "Hello there", "Dear
  // Sir/Madam"), as a byte span; false when the note opens otherwise.
  bool opening_greeting(const Document& doc, const NormalText& text, std::uint32_t* begin,
                        std::uint32_t* end) const;

  bool is_non_name(std::string_view folded) const;

 private:
  PhraseList greetings_;
  std::vector<std::string> non_names_;  // sorted
  std::vector<std::string> greeting_words_;  // sorted: the first words of greetings_
};

}  // namespace handshake

#endif  // HANDSHAKE_NAMES_H_
