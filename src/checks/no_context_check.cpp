// Why: what most raises acceptance is showing how you know the person or
// what of theirs you noticed (an event, a mutual contact, their post or
// talk, a shared school or employer); a note with none of that could have
// gone to anyone. Concrete names and numbers count as evidence too.
#include <algorithm>

#include "checks/check.h"
#include "checks/check_util.h"
#include "kinds.h"
#include "names.h"
#include "phrases.h"

namespace handshake {

namespace {

class NoContextCheck final : public Check {
 public:
  bool load(const DataDir& data, std::string* error) {
    Normalizer normalizer;
    return normalizer.load(data, error) &&
           cues_.load(data, "context_cues.txt", normalizer, error) &&
           names_.load(data, normalizer, error);
  }

  std::vector<std::string_view> rules() const override { return {"no-context"}; }

  void run(const CheckContext& context, std::vector<Finding>& out) const override {
    const RulePolicy& policy = context.kind.policy("no-context");
    if (!policy.applies) return;
    const NormalText& words = context.words;
    if (words.words.empty() || has_evidence(context)) return;
    const auto [begin, end] = note_span(context.doc);
    out.push_back(make_finding("no-context", Severity::kWarning, begin, end,
                               message_for(context.kind.id), policy.weight));
  }

 private:
  bool has_evidence(const CheckContext& context) const {
    const NormalText& words = context.words;
    // Handles and hashtags name people and events: @mayacohen, #RustConf.
    for (const Token& t : context.doc.tokens)
      if (t.kind == TokenKind::kHandle || t.kind == TokenKind::kHashtag) return true;
    if (cues_.contains(words)) return true;

    // The words addressed by name, found when the first candidate needs them.
    thread_local std::vector<std::uint32_t> addressed;
    bool found_addressed = false;
    thread_local NameParts sender;
    sender.assign(context.draft.sender);
    for (std::uint32_t i = 0; i < words.words.size(); ++i) {
      const NormalWord& w = words.words[i];
      if (w.number) return true;
      if (!w.capitalized || w.sentence_initial || w.masked || w.placeholder) continue;
      if (!found_addressed) {
        addressed.clear();
        names_.find_addressed(context.doc, words, nullptr, &addressed);
        found_addressed = true;
      }
      if (std::find(addressed.begin(), addressed.end(), i) != addressed.end()) continue;
      if (w.non_specific || sender.contains(w.text)) continue;
      const Token& token = context.doc.tokens[w.token];
      if (token.all_caps && shouted_sentence(words, w.sentence, context.doc)) continue;
      return true;  // a concrete proper noun: RustConf, Etsy, Malmö
    }
    return false;
  }

  // A sentence typed in capitals says nothing by being capitalized.
  static bool shouted_sentence(const NormalText& words, std::uint32_t sentence,
                               const Document& doc) {
    std::size_t total = 0, caps = 0;
    for (std::uint32_t i = words.sentence_first[sentence]; i < words.sentence_first[sentence + 1];
         ++i) {
      const Token& t = doc.tokens[words.words[i].token];
      if (t.kind != TokenKind::kWord) continue;
      ++total;
      if (t.all_caps) ++caps;
    }
    return total >= 3 && caps * 2 > total;
  }

  static std::string message_for(std::string_view kind) {
    if (kind == "thank-you")
      return "Name one specific thing (what you talked about, what of theirs you liked) so the "
             "thanks reads as meant for them.";
    if (kind == "follow-up")
      return "Remind them where you met or what of theirs you read, so they can place you.";
    if (kind == "message")
      return "Nothing here is specific to them: mention something of theirs (a post, a launch, a "
             "talk) or what you last talked about.";
    return "Nothing here is specific to them: mention where you met, who introduced you, or a "
           "post or talk of theirs you read.";
  }

  PhraseList cues_;
  NameFinder names_;
};

}  // namespace

std::unique_ptr<Check> make_no_context_check(const DataDir& data, std::string* error) {
  auto check = std::make_unique<NoContextCheck>();
  if (!check->load(data, error)) return nullptr;
  return check;
}

}  // namespace handshake
