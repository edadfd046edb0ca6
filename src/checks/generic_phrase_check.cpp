// Why: recipients see LinkedIn's default invitation and the same stock
// openers ("I came across your profile") all day; a note built from them
// says "sent to everyone" and is the first to be ignored. Small talk
// ("Hope you're well!") is milder: it only wastes a short note's space.
#include "checks/check.h"
#include "checks/check_util.h"
#include "kinds.h"
#include "phrases.h"

namespace handshake {

namespace {

class GenericPhraseCheck final : public Check {
 public:
  bool load(const DataDir& data, std::string* error) {
    Normalizer normalizer;
    return normalizer.load(data, error) &&
           templates_.load(data, "generic_templates.txt", normalizer, error) &&
           fillers_.load(data, "generic_fillers.txt", normalizer, error);
  }

  std::vector<std::string_view> rules() const override { return {"generic-phrase"}; }

  void run(const CheckContext& context, std::vector<Finding>& out) const override {
    const RulePolicy& policy = context.kind.policy("generic-phrase");
    if (!policy.applies) return;
    const NormalText& words = context.words;
    thread_local std::vector<PhraseMatch> matches;
    matches.clear();
    templates_.find_all(words, &matches);
    const std::size_t template_count = matches.size();
    const RulePolicy& filler = context.kind.policy("generic-phrase/filler");
    if (filler.applies) fillers_.find_all(words, &matches);

    for (std::size_t i = 0; i < matches.size(); ++i) {
      const PhraseMatch& m = matches[i];
      const bool is_template = i < template_count;
      const std::uint32_t begin = words.words[m.first_word].begin;
      const std::uint32_t end = words.words[m.last_word].end;
      if (!is_template && overlaps_template(matches, template_count, words, begin, end)) continue;
      const std::string phrase = quoted(context.draft.text.substr(begin, end - begin));
      if (is_template) {
        out.push_back(make_finding(
            "generic-phrase", Severity::kWarning, begin, end,
            phrase + " is template language recipients see every day; replace it with a line " +
                "only you could write to them, like where you met or what of theirs you read.",
            policy.weight));
      } else {
        out.push_back(make_finding(
            "generic-phrase", Severity::kWarning, begin, end,
            phrase + " is small talk that could open or close any note; cut it and use the " +
                "space for something specific to them.",
            filler.weight));
      }
    }
  }

 private:
  static bool overlaps_template(const std::vector<PhraseMatch>& matches,
                                std::size_t template_count, const NormalText& words,
                                std::uint32_t begin, std::uint32_t end) {
    for (std::size_t i = 0; i < template_count; ++i) {
      const std::uint32_t b = words.words[matches[i].first_word].begin;
      const std::uint32_t e = words.words[matches[i].last_word].end;
      if (begin < e && b < end) return true;
    }
    return false;
  }

  PhraseList templates_;
  PhraseList fillers_;
};

}  // namespace

std::unique_ptr<Check> make_generic_phrase_check(const DataDir& data, std::string* error) {
  auto check = std::make_unique<GenericPhraseCheck>();
  if (!check->load(data, error)) return nullptr;
  return check;
}

}  // namespace handshake
