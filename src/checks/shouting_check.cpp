// Why: words in capitals read as shouting, and a stranger's first note that
// shouts ("PLEASE ACCEPT") comes across as pushy or spam. Acronyms (MBA,
// NASA, IT) are capitals by nature and are left alone.
#include <algorithm>
#include <string>
#include <vector>

#include "checks/check.h"
#include "checks/check_util.h"
#include "data_files.h"
#include "speller.h"
#include "text_fold.h"
#include "utf8.h"
#include "word_table.h"

namespace handshake {

namespace {

// One capital letter ("I", "A") neither shouts nor breaks a run of capitals.
bool is_single_capital(const Token& t) {
  return t.kind == TokenKind::kWord && !t.all_caps && code_point_count(t.text) == 1 &&
         t.capitalized;
}

class ShoutingCheck final : public Check {
 public:
  explicit ShoutingCheck(WordSet acronyms) : acronyms_(std::move(acronyms)) {}

  std::vector<std::string_view> rules() const override { return {"shouting"}; }

  void run(const CheckContext& context, std::vector<Finding>& out) const override {
    const std::size_t first_finding = out.size();
    const std::vector<Token>& tokens = context.doc.tokens;
    std::size_t run_first = kNoToken, run_last = kNoToken, shouting = 0, longest = 0;
    std::size_t shouting_word = kNoToken;
    auto close_run = [&]() {
      if (run_first != kNoToken && (shouting >= 2 || (shouting == 1 && longest >= 3))) {
        // One word in capitals is emphasis: point at that word alone.
        if (shouting == 1) run_first = run_last = shouting_word;
        report(context, sentence_first_words(context), run_first, run_last, shouting, out);
      }
      run_first = run_last = shouting_word = kNoToken;
      shouting = longest = 0;
    };
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (out.size() - first_finding >= kMaxFindingsPerRule) break;
      const Token& t = tokens[i];
      if (t.kind != TokenKind::kWord || is_single_capital(t)) continue;
      if (!t.all_caps) {
        close_run();
        continue;
      }
      if (run_first == kNoToken) run_first = i;
      run_last = i;
      if (shouts(context, t)) {
        ++shouting;
        shouting_word = i;
        longest = std::max(longest, code_point_count(t.text));
      }
    }
    close_run();
  }

 private:
  // A word in capitals that is an ordinary word in lower case: LOVE, PLEASE.
  bool shouts(const CheckContext& context, const Token& t) const {
    if (!t.all_caps || t.text.find('.') != std::string_view::npos) return false;
    for (char c : t.text)
      if (c >= '0' && c <= '9') return false;
    const std::string lower = fold_case(t.text);
    return !acronyms_.contains(fold_name(t.text)) && context.speller.spell(lower);
  }

  void report(const CheckContext& context, const std::vector<bool>& first_word, std::size_t first,
              std::size_t last, std::size_t shouting, std::vector<Finding>& out) const {
    const std::vector<Token>& tokens = context.doc.tokens;
    std::string fix;
    for (std::size_t i = first; i <= last; ++i) {
      const Token& t = tokens[i];
      if (t.kind != TokenKind::kWord || !t.all_caps) {
        fix += t.text;
        continue;
      }
      const std::string lower = fold_case(t.text);
      if (shouts(context, t)) {
        fix += first_word[i] ? capitalize_first(lower) : lower;
      } else if (!acronyms_.contains(fold_name(t.text)) && !context.speller.spell(lower) &&
                 context.speller.spell(capitalize_first(lower))) {
        fix += capitalize_first(lower);  // a name in capitals: AMY -> Amy
      } else {
        fix += t.text;
      }
    }
    Finding f;
    f.rule = "shouting";
    f.begin = tokens[first].begin;
    f.end = tokens[last].end;
    if (shouting >= 2) {
      f.severity = Severity::kWarning;
      f.message = "Writing in capitals reads as shouting; use normal case.";
    } else {
      f.severity = Severity::kInfo;
      f.message = quoted(context.doc.text.substr(f.begin, f.end - f.begin)) +
                  " in capitals reads as shouting; write " + quoted(fix) + ".";
    }
    f.replacements.push_back(std::move(fix));
    out.push_back(std::move(f));
  }

  WordSet acronyms_;
};

}  // namespace

std::unique_ptr<Check> make_shouting_check(const DataDir& data, std::string* error) {
  ListFile acronyms;
  if (!data.read_list("acronyms.txt", &acronyms, error)) return nullptr;
  return std::make_unique<ShoutingCheck>(WordSet(acronyms));
}

}  // namespace handshake
