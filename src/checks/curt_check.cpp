// Why: saying no is fine; a no that reads as a slammed door burns a bridge
// for nothing. Etiquette guides agree a decline, however short, thanks the
// person or wishes them well.
#include "checks/check.h"
#include "checks/check_util.h"
#include "kinds.h"
#include "phrases.h"

namespace handshake {

namespace {

class CurtCheck final : public Check {
 public:
  bool load(const DataDir& data, std::string* error) {
    Normalizer normalizer;
    return normalizer.load(data, error) &&
           blunt_.load(data, "curt_phrases.txt", normalizer, error) &&
           courtesy_.load(data, "courtesy_cues.txt", normalizer, error);
  }

  std::vector<std::string_view> rules() const override { return {"curt"}; }

  void run(const CheckContext& context, std::vector<Finding>& out) const override {
    const NormalText& words = context.words;
    if (words.words.empty()) return;
    const RulePolicy& policy = context.kind.policy("curt");
    if (policy.applies) {
      thread_local std::vector<PhraseMatch> matches;
      matches.clear();
      blunt_.find_all(words, &matches);
      for (const PhraseMatch& m : matches) {
        const std::uint32_t begin = words.words[m.first_word].begin;
        const std::uint32_t end = words.words[m.last_word].end;
        out.push_back(make_finding(
            "curt", Severity::kWarning, begin, end,
            quoted(context.draft.text.substr(begin, end - begin)) +
                " reads as a slammed door; say no kindly instead (\xE2\x80\x9CThanks for "
                "thinking of me, but I'll pass for now\xE2\x80\x9D).",
            policy.weight));
      }
    }
    const RulePolicy& no_courtesy = context.kind.policy("curt/no-courtesy");
    if (!no_courtesy.applies || courtesy_.contains(words)) return;
    const auto [begin, end] = note_span(context.doc);
    out.push_back(make_finding("curt", Severity::kWarning, begin, end,
                               "Even a no deserves a thank-you: thank them for thinking of you "
                               "and close with a kind wish.",
                               no_courtesy.weight));
  }

 private:
  PhraseList blunt_;
  PhraseList courtesy_;
};

}  // namespace

std::unique_ptr<Check> make_curt_check(const DataDir& data, std::string* error) {
  auto check = std::make_unique<CurtCheck>();
  if (!check->load(data, error)) return nullptr;
  return check;
}

}  // namespace handshake
