// Spelling: Hunspell's dictionary plus the user's personal word list.
#ifndef HANDSHAKE_SPELLER_H_
#define HANDSHAKE_SPELLER_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "suggester.h"
#include "word_buckets.h"

class Hunspell;

namespace handshake {

class Speller {
 public:
  // Returns null and sets *error when the files cannot be read or parsed.
  static std::unique_ptr<Speller> open(const std::string& aff_path, const std::string& dic_path,
                                       std::string* error);
  ~Speller();

  // The dictionary alone (plus personal and ignored words). Accepts straight
  // and typographic apostrophes alike.
  bool spell(std::string_view word) const;
  // Whether the dictionary lists the word with a capital of its own, as a
  // name or a place (Anna, Mark, Paris), besides any common word spelled the
  // same (anna, mark). Asked rarely (a greeting's name), so not remembered.
  bool is_proper_noun(std::string_view word) const;
  // Suggestions from the Suggester (not Hunspell's own: see suggester.h).
  std::vector<std::string> suggest(std::string_view word, std::size_t max) const;
  // Builds the suggestion index now rather than on the first suggestion.
  bool prepare_suggestions(std::string* error = nullptr) const;
  const Suggester& suggester() const { return *suggester_; }

  // Words that belong to the bundled dictionary (Handshake's own list).
  void add_dictionary_words(const std::vector<std::string>& words);

  void add_word(std::string_view word);
  void remove_word(std::string_view word);
  void ignore(std::string_view word);

 private:
  Speller();
  void forget_answers() const;

  std::unique_ptr<Hunspell> hunspell_;
  std::unique_ptr<Suggester> suggester_;
  std::unordered_set<std::string> personal_;
  std::unordered_set<std::string> ignored_;
  // Hunspell's answers, remembered: one lookup costs it some 3,000
  // instructions (UTF-16 conversion, case variants, affix stripping), and a
  // note repeats its own words and those of every note before it. Bounded,
  // and forgotten whenever the word lists change. Like Hunspell itself, not
  // safe to use from two threads at once.
  mutable WordBuckets answered_;
  mutable std::vector<bool> answers_;  // by answered_ id: whether the word is correct
  // Suggestions, remembered by word the same way: a check suggests for
  // every misspelling in the note, on every keystroke, and each takes the
  // Suggester 0.5-5 ms in wasm, while the misspellings away from the caret
  // stay the same from one keystroke to the next.
  struct Suggested {
    std::size_t max = 0;  // what they were asked for with
    std::vector<std::string> words;
  };
  mutable WordBuckets suggested_;
  mutable std::vector<Suggested> suggestions_;  // by suggested_ id
};

}  // namespace handshake

#endif  // HANDSHAKE_SPELLER_H_
