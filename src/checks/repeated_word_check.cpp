// Why: "to to" or "the the" is the classic typo of a quick edit; in a note
// of a few lines it is easy to see once pointed out and always looks
// careless to the person reading it.
#include <string>

#include "checks/check.h"
#include "checks/check_util.h"
#include "data_files.h"
#include "text_fold.h"
#include "word_table.h"

namespace handshake {

namespace {

bool same_word(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x + 32);
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y + 32);
    if (x != y) return false;
  }
  return true;
}

class RepeatedWordCheck final : public Check {
 public:
  explicit RepeatedWordCheck(WordSet allowed) : allowed_(std::move(allowed)) {}

  std::vector<std::string_view> rules() const override { return {"repeated-word"}; }

  void run(const CheckContext& context, std::vector<Finding>& out) const override {
    const std::size_t first_finding = out.size();
    const std::vector<Token>& tokens = context.doc.tokens;
    std::size_t previous = kNoToken;  // the last word, while only space follows it
    int line_breaks = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (out.size() - first_finding >= kMaxFindingsPerRule) break;
      const Token& t = tokens[i];
      if (t.kind == TokenKind::kSpace) continue;
      if (t.kind == TokenKind::kNewline) {
        if (++line_breaks > 1) previous = kNoToken;  // a blank line starts afresh
        continue;
      }
      if (t.kind != TokenKind::kWord) {
        previous = kNoToken;
        continue;
      }
      if (previous != kNoToken && same_word(tokens[previous].text, t.text) &&
          !allowed_.contains(fold_name(t.text))) {
        const Token& first = tokens[previous];
        Finding f;
        f.rule = "repeated-word";
        f.severity = Severity::kWarning;
        f.begin = first.begin;
        f.end = t.end;
        f.message = quoted(t.text) + " is written twice in a row; delete one.";
        f.replacements.emplace_back(first.text);
        out.push_back(std::move(f));
        previous = kNoToken;  // "the the the" is one slip, reported once
      } else {
        previous = i;
      }
      line_breaks = 0;
    }
  }

 private:
  WordSet allowed_;
};

}  // namespace

std::unique_ptr<Check> make_repeated_word_check(const DataDir& data, std::string* error) {
  ListFile list;
  if (!data.read_list("repeated-words.txt", &list, error)) return nullptr;
  return std::make_unique<RepeatedWordCheck>(WordSet(list));
}

}  // namespace handshake
