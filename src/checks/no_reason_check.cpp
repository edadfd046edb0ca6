// Why: "I'd like to connect" is not a reason; etiquette guides agree a
// request should say what the sender hopes for (to stay in touch, learn,
// ask, collaborate, hire), so the recipient can decide in a glance.
#include "checks/check.h"
#include "checks/check_util.h"
#include "kinds.h"
#include "phrases.h"

namespace handshake {

namespace {

class NoReasonCheck final : public Check {
 public:
  bool load(const DataDir& data, std::string* error) {
    Normalizer normalizer;
    return normalizer.load(data, error) && cues_.load(data, "reason_cues.txt", normalizer, error);
  }

  std::vector<std::string_view> rules() const override { return {"no-reason"}; }

  void run(const CheckContext& context, std::vector<Finding>& out) const override {
    const RulePolicy& policy = context.kind.policy("no-reason");
    if (!policy.applies || context.words.words.empty() || cues_.contains(context.words)) return;
    const auto [begin, end] = note_span(context.doc);
    out.push_back(make_finding(
        "no-reason", Severity::kWarning, begin, end,
        "Say why you want to connect: to stay in touch, learn about their work, ask a question "
        "or collaborate on something; \xE2\x80\x9C" "connect\xE2\x80\x9D alone is not a reason.",
        policy.weight));
  }

 private:
  PhraseList cues_;
};

}  // namespace

std::unique_ptr<Check> make_no_reason_check(const DataDir& data, std::string* error) {
  auto check = std::make_unique<NoReasonCheck>();
  if (!check->load(data, error)) return nullptr;
  return check;
}

}  // namespace handshake
