// Why: a connection note is an introduction, not an ad. A pitch, an offer
// or a meeting grab in a first note is the fastest way to be ignored or
// reported as spam, and a link from a stranger looks like one too.
#include "checks/check.h"
#include "checks/check_util.h"
#include "kinds.h"
#include "phrases.h"

namespace handshake {

namespace {

class SalesyCheck final : public Check {
 public:
  bool load(const DataDir& data, std::string* error) {
    Normalizer normalizer;
    return normalizer.load(data, error) &&
           phrases_.load(data, "sales_phrases.txt", normalizer, error);
  }

  std::vector<std::string_view> rules() const override { return {"salesy"}; }

  void run(const CheckContext& context, std::vector<Finding>& out) const override {
    const RulePolicy& policy = context.kind.policy("salesy");
    if (policy.applies) {
      const NormalText& words = context.words;
      thread_local std::vector<PhraseMatch> matches;
      matches.clear();
      phrases_.find_all(words, &matches);
      for (const PhraseMatch& m : matches) {
        const std::uint32_t begin = words.words[m.first_word].begin;
        const std::uint32_t end = words.words[m.last_word].end;
        out.push_back(make_finding(
            "salesy", Severity::kWarning, begin, end,
            quoted(context.draft.text.substr(begin, end - begin)) +
                " reads as a sales pitch; a first note that sells gets ignored or reported as "
                "spam, so introduce yourself now and save the offer for when they reply.",
            policy.weight));
      }
    }
    const RulePolicy& link = context.kind.policy("salesy/link");
    if (!link.applies) return;
    for (const Token& t : context.doc.tokens) {
      if (t.kind != TokenKind::kUrl) continue;
      out.push_back(make_finding("salesy", Severity::kWarning, t.begin, t.end,
                                 "Leave links out of a first note: from a stranger they look "
                                 "like spam; share it once they have accepted.",
                                 link.weight));
    }
  }

 private:
  PhraseList phrases_;
};

}  // namespace

std::unique_ptr<Check> make_salesy_check(const DataDir& data, std::string* error) {
  auto check = std::make_unique<SalesyCheck>();
  if (!check->load(data, error)) return nullptr;
  return check;
}

}  // namespace handshake
