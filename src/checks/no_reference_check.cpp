// Why: a follow-up that does not say what it follows up on leaves the
// recipient hunting for the first request; etiquette guides agree it should
// refer to it plainly (and wait a week or two before it is sent).
#include "checks/check.h"
#include "checks/check_util.h"
#include "kinds.h"
#include "phrases.h"

namespace handshake {

namespace {

class NoReferenceCheck final : public Check {
 public:
  bool load(const DataDir& data, std::string* error) {
    Normalizer normalizer;
    return normalizer.load(data, error) &&
           cues_.load(data, "followup_cues.txt", normalizer, error);
  }

  std::vector<std::string_view> rules() const override { return {"no-reference"}; }

  void run(const CheckContext& context, std::vector<Finding>& out) const override {
    const RulePolicy& policy = context.kind.policy("no-reference");
    if (!policy.applies || context.words.words.empty() || cues_.contains(context.words)) return;
    const auto [begin, end] = note_span(context.doc);
    out.push_back(make_finding(
        "no-reference", Severity::kWarning, begin, end,
        "Say what you are following up on (\xE2\x80\x9C" "Following up on my note from last "
        "week\xE2\x80\xA6\xE2\x80\x9D) so they can place your first request.",
        policy.weight));
  }

 private:
  PhraseList cues_;
};

}  // namespace

std::unique_ptr<Check> make_no_reference_check(const DataDir& data, std::string* error) {
  auto check = std::make_unique<NoReferenceCheck>();
  if (!check->load(data, error)) return nullptr;
  return check;
}

}  // namespace handshake
