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
  // space between them), or 0. *direct says whether the word after it is
  // always whom the note speaks to ("Hi") or only when capitalized ("Thanks").
  std::size_t greeting_at(const Document& doc, std::size_t first, bool* direct) const;
  bool is_title(std::string_view folded) const;
  // "team", "all", "everyone": addresses no one by name.
  bool is_group(std::string_view folded) const;

 private:
  struct Greeting {
    std::vector<std::string> words;  // folded
    bool direct;
  };
  std::vector<Greeting> greetings_;
  std::vector<std::string> titles_;
  std::vector<std::string> groups_;
};

enum class AddressKind {
  kGreeting,  // the word after a greeting: the clearest case
  kThanks,    // a capitalized word after "Thanks", "Congrats"
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
// `first_words` is sentence_first_words(doc).
std::vector<AddressedName> addressed_names(const Document& doc,
                                           const std::vector<bool>& first_words,
                                           const Salutations& salutations);

struct CheckContext;
// The same for the context's note, computed once per check: every check
// that asks loads its salutations from the same salutations.txt.
const std::vector<AddressedName>& addressed_names(const CheckContext& context,
                                                  const Salutations& salutations);

}  // namespace handshake

#endif  // HANDSHAKE_CHECKS_ADDRESSING_H_
