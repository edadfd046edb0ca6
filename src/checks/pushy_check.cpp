// Why: a stranger owes you no reply. Urgency, deadlines, demands to accept
// and complaints about silence read as pressure (or as a scam), and a
// follow-up that pushes is worse than none; ask once and leave it open.
#include "checks/check.h"
#include "checks/check_util.h"
#include "kinds.h"
#include "phrases.h"

namespace handshake {

namespace {

// More asks than this in one note read as pressure.
constexpr std::size_t kMaxAsks = 2;

class PushyCheck final : public Check {
 public:
  bool load(const DataDir& data, std::string* error) {
    Normalizer normalizer;
    return normalizer.load(data, error) &&
           phrases_.load(data, "pushy_phrases.txt", normalizer, error) &&
           asks_.load(data, "request_cues.txt", normalizer, error);
  }

  std::vector<std::string_view> rules() const override { return {"pushy"}; }

  void run(const CheckContext& context, std::vector<Finding>& out) const override {
    const NormalText& words = context.words;
    thread_local std::vector<PhraseMatch> matches;
    const RulePolicy& policy = context.kind.policy("pushy");
    if (policy.applies) {
      matches.clear();
      phrases_.find_all(words, &matches);
      const bool follow_up = context.kind.id == "follow-up";
      for (const PhraseMatch& m : matches) {
        const std::uint32_t begin = words.words[m.first_word].begin;
        const std::uint32_t end = words.words[m.last_word].end;
        const std::string phrase = quoted(context.draft.text.substr(begin, end - begin));
        out.push_back(make_finding(
            "pushy", Severity::kWarning, begin, end,
            follow_up ? phrase + " pressures someone who owes you no reply; a follow-up should "
                                 "be patient, so drop it and leave the ask open."
                      : phrase + " pressures someone who owes you no reply; drop it and leave "
                                 "the ask open (\xE2\x80\x9Cwhenever you have a moment\xE2\x80\x9D).",
            policy.weight));
      }
    }
    const RulePolicy& repeated = context.kind.policy("pushy/repeated-ask");
    if (!repeated.applies) return;
    matches.clear();
    asks_.find_all(words, &matches);
    if (matches.size() <= kMaxAsks) return;
    const PhraseMatch& extra = matches[kMaxAsks];
    out.push_back(make_finding(
        "pushy", Severity::kWarning, words.words[extra.first_word].begin,
        words.words[extra.last_word].end,
        "This note asks " + std::to_string(matches.size()) +
            " times; make one clear ask and leave it open.",
        repeated.weight));
  }

 private:
  PhraseList phrases_;
  PhraseList asks_;
};

}  // namespace

std::unique_ptr<Check> make_pushy_check(const DataDir& data, std::string* error) {
  auto check = std::make_unique<PushyCheck>();
  if (!check->load(data, error)) return nullptr;
  return check;
}

}  // namespace handshake
