// Why: a stranger deciding whether to accept wants to know who is asking;
// one clause ("I'm a backend engineer at Etsy", "Dana from the Python
// meetup") answers it. Thank-yous and declines go to people who already
// know you, so only some kinds of note need it (weights.tsv).
#include "checks/check.h"
#include "checks/check_util.h"
#include "kinds.h"
#include "phrases.h"

namespace handshake {

namespace {

class NoIntroCheck final : public Check {
 public:
  bool load(const DataDir& data, std::string* error) {
    Normalizer normalizer;
    return normalizer.load(data, error) && cues_.load(data, "intro_cues.txt", normalizer, error);
  }

  std::vector<std::string_view> rules() const override { return {"no-intro"}; }

  void run(const CheckContext& context, std::vector<Finding>& out) const override {
    const RulePolicy& policy = context.kind.policy("no-intro");
    const NormalText& words = context.words;
    if (!policy.applies || words.words.empty()) return;
    // Signing with your own name says who you are.
    if (!context.draft.sender.empty()) {
      thread_local NameParts sender;
      sender.assign(context.draft.sender);
      for (const NormalWord& w : words.words)
        if (!w.masked && sender.contains(w.text)) return;
    }
    if (cues_.contains(words)) return;
    const auto [begin, end] = note_span(context.doc);
    out.push_back(make_finding("no-intro", Severity::kWarning, begin, end,
                               "Say who you are in a few words (your role, or where they would "
                               "know you from) so a stranger can place you.",
                               policy.weight));
  }

 private:
  PhraseList cues_;
};

}  // namespace

std::unique_ptr<Check> make_no_intro_check(const DataDir& data, std::string* error) {
  auto check = std::make_unique<NoIntroCheck>();
  if (!check->load(data, error)) return nullptr;
  return check;
}

}  // namespace handshake
