// Why: a misspelling in a two-line note is the first thing a stranger sees
// and reads as carelessness; the recipient's name and the names of things
// they care about must never be flagged, or people stop trusting the check.
#include <string>
#include <unordered_set>

#include "checks/check.h"
#include "data_files.h"
#include "speller.h"
#include "utf8.h"

namespace handshake {

namespace {

constexpr std::size_t kMaxSuggestions = 5;
constexpr std::size_t kMaxWordBytes = 64;
// Suggesting costs far more than spelling; a pasted document full of
// unknown words must not make one check take minutes. Beyond this many
// misspellings in one note, the rest are flagged without replacements.
constexpr std::size_t kMaxSuggestedWords = 20;

bool has_digit(std::string_view word) {
  for (char c : word)
    if (c >= '0' && c <= '9') return true;
  return false;
}

// The parts of "Amy Chen-Li" as folded words: amy, chen, li, chen-li.
void add_name_parts(std::string_view name, std::unordered_set<std::string>& parts) {
  for (const Token& t : tokenize(name)) {
    if (t.kind != TokenKind::kWord) continue;
    const std::string folded = fold_case(normalize_apostrophes(t.text));
    parts.insert(folded);
    std::size_t start = 0;
    for (std::size_t dash = folded.find('-'); dash != std::string::npos;
         dash = folded.find('-', start)) {
      parts.insert(folded.substr(start, dash - start));
      start = dash + 1;
    }
    parts.insert(folded.substr(start));
  }
}

std::string quoted(std::string_view s) { return "\xE2\x80\x9C" + std::string(s) + "\xE2\x80\x9D"; }

class SpellingCheck final : public Check {
 public:
  std::vector<std::string_view> rules() const override { return {"spelling"}; }

  void run(const CheckContext& context, std::vector<Finding>& out) const override {
    std::unordered_set<std::string> names;
    add_name_parts(context.draft.recipient, names);
    add_name_parts(context.draft.sender, names);

    std::vector<bool> sentence_start(context.doc.tokens.size(), false);
    for (const Sentence& s : context.doc.sentences) {
      for (std::size_t i = s.first_token; i < s.end_token; ++i) {
        if (context.doc.tokens[i].kind == TokenKind::kWord) {
          sentence_start[i] = true;
          break;
        }
      }
    }

    std::size_t suggested = 0;
    for (std::size_t index : context.doc.words) {
      const Token& word = context.doc.tokens[index];
      if (word.text.size() > kMaxWordBytes || has_digit(word.text) || word.all_caps) continue;
      if (context.speller.spell(word.text)) continue;
      if (!names.empty() && names.count(fold_case(normalize_apostrophes(word.text)))) continue;

      Finding f;
      f.rule = "spelling";
      f.begin = word.begin;
      f.end = word.end;
      if (suggested++ < kMaxSuggestedWords)
        f.replacements = context.speller.suggest(word.text, kMaxSuggestions);
      const bool probable_name = word.mixed_case || (word.capitalized && !sentence_start[index]);
      if (probable_name) {
        f.severity = Severity::kInfo;
        f.message = quoted(word.text) +
                    " is not in the dictionary; if it is a name, add it to your dictionary.";
      } else {
        f.severity = Severity::kError;
        f.message = quoted(word.text) + " is not in the dictionary" +
                    (f.replacements.empty() ? std::string(".")
                                            : ": did you mean " + quoted(f.replacements[0]) + "?");
      }
      out.push_back(std::move(f));
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_spelling_check(const DataDir&, std::string*) {
  return std::make_unique<SpellingCheck>();
}

}  // namespace handshake
