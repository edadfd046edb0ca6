// Why: a note that never uses the recipient's name reads as a template sent
// to a list; etiquette guides put "address them by name" first, and it is
// the cheapest personal touch there is.
#include "checks/check.h"
#include "checks/check_util.h"
#include "kinds.h"
#include "names.h"
#include "phrases.h"
#include "speller.h"
#include "utf8.h"

namespace handshake {

namespace {

// The name to greet them with: the first word of the recipient that is not
// a title ("Dr. Aisha Bello" -> "Aisha").
std::string first_name(std::string_view recipient, const NameFinder& names) {
  const Document doc = analyze(recipient);
  static constexpr std::string_view kTitles[] = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof",
                                                 "professor"};
  for (const Token& t : doc.tokens) {
    if (t.kind != TokenKind::kWord) continue;
    const std::string folded = fold_case(t.text);
    bool title = false;
    for (std::string_view k : kTitles) title = title || folded == k;
    if (!title && !names.is_non_name(folded)) return std::string(t.text);
  }
  return std::string();
}

bool is_first_person(std::string_view word) {
  return word == "I" || word.rfind("I'", 0) == 0 || word.rfind("I\xE2\x80\x99", 0) == 0;
}

class NoNameCheck final : public Check {
 public:
  bool load(const DataDir& data, std::string* error) {
    Normalizer normalizer;
    return normalizer.load(data, error) && names_.load(data, normalizer, error);
  }

  std::vector<std::string_view> rules() const override { return {"no-name"}; }

  void run(const CheckContext& context, std::vector<Finding>& out) const override {
    const RulePolicy& policy = context.kind.policy("no-name");
    if (!policy.applies) return;
    const NormalText& words = context.words;
    if (words.words.empty()) return;
    for (const NormalWord& w : words.words) {
      if (w.masked) return;  // the recipient's name
      // A merge field where the name goes is the placeholder check's error.
      if (w.placeholder && w.sentence == 0) return;
    }
    thread_local std::vector<std::uint32_t> addressed;
    addressed.clear();
    names_.find_addressed(context.doc, words, &context.speller, &addressed);
    if (!addressed.empty()) return;  // someone is named; a wrong name is name-mismatch's

    Finding f;
    f.rule = "no-name";
    f.severity = Severity::kWarning;
    f.weight = policy.weight;
    const std::string name = first_name(context.draft.recipient, names_);
    std::uint32_t begin = 0, end = 0;
    const std::string_view text = context.draft.text;
    if (names_.opening_greeting(context.doc, words, &begin, &end)) {
      // "Hi there" -> "Hi Amy"
      const NormalWord& greeting = words.words[0];
      if (!name.empty())
        f.replacements.push_back(std::string(text.substr(greeting.begin,
                                                         greeting.end - greeting.begin)) +
                                 " " + name);
    } else {
      // Open with a greeting: "Let's connect" -> "Hi Amy, let's connect".
      const Token& first = context.doc.tokens[words.words[0].token];
      begin = first.begin;
      end = first.end;
      if (!name.empty()) {
        std::string word(first.text);
        if (first.capitalized && !first.all_caps && !is_first_person(word)) {
          const std::string lower = fold_case(word);
          if (context.speller.spell(lower)) word = lower;
        }
        f.replacements.push_back("Hi " + name + ", " + word);
      }
    }
    f.begin = begin;
    f.end = end;
    f.message = name.empty()
                    ? "Address them by name: open with \xE2\x80\x9CHi\xE2\x80\x9D and their "
                      "first name, so the note reads as written to them, not to a list."
                    : "Address " + name + " by name: open with " + quoted("Hi " + name + ",") +
                          " so the note reads as written to them, not to a list.";
    out.push_back(std::move(f));
  }

 private:
  NameFinder names_;
};

}  // namespace

std::unique_ptr<Check> make_no_name_check(const DataDir& data, std::string* error) {
  auto check = std::make_unique<NoNameCheck>();
  if (!check->load(data, error)) return nullptr;
  return check;
}

}  // namespace handshake
