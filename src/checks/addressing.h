// Where a note names the person it speaks to: after a greeting ("Hi Ana,",
// "Dear Dr. Lee"), as its first word ("Ana, great to meet you"), or as a
// vocative ("Thanks again, Ana."). Shared by the name-mismatch and
// capitalization checks; the greetings and titles are salutations.txt.
#ifndef HANDSHAKE_CHECKS_ADDRESSING_H_
#define HANDSHAKE_CHECKS_ADDRESSING_H_

#include <cstddef>
#include <string>
#include <vector>

#include "document.h"
#include "word_table.h"

namespace handshake {

class DataDir;

class Salutations {
 public:
  static bool load(const DataDir& data, Salutations* out, std::string* error);

  // The number of tokens of a greeting starting at `first` (words and the
  // space between them), or 0.
  std::size_t greeting_at(const Document& doc, std::size_t first) const;
  bool is_title(std::string_view folded) const;

 private:
  std::vector<std::vector<std::string>> greetings_;  // folded words
  std::vector<std::string> titles_;
};

enum class AddressKind {
  kGreeting,  // the word after a greeting: the clearest case
  kOpening,   // the note's first word, followed by a comma
  kVocative,  // ", Ana." at the end of a clause
};

struct AddressedName {
  std::size_t token;          // index of the name's word token
  std::size_t surname_token;  // the capitalized word after it, or kNoToken
  AddressKind kind;
};

// Every place the note addresses someone by name, in order. A candidate is
// a word token; whether it is a name is for the caller to judge.
std::vector<AddressedName> addressed_names(const Document& doc, const Salutations& salutations);

}  // namespace handshake

#endif  // HANDSHAKE_CHECKS_ADDRESSING_H_
