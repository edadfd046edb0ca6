// Small helpers the checks share: walking tokens, spans over the whole
// note, quoting words in messages, the parts of a person's name.
#ifndef HANDSHAKE_CHECKS_CHECK_UTIL_H_
#define HANDSHAKE_CHECKS_CHECK_UTIL_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "checks/check.h"

#include "document.h"

namespace handshake {

inline constexpr std::size_t kNoToken = static_cast<std::size_t>(-1);

// A note is a few sentences: past this many findings of one rule the text is
// pasted junk, and more would only bloat the report (a 1 MB paste of "i "
// would otherwise carry half a million issues to the page).
inline constexpr std::size_t kMaxFindingsPerRule = 100;

// “word”: how messages quote what the note says.
std::string quoted(std::string_view text);

// The index of the next/previous token that is not horizontal space, or
// kNoToken.
std::size_t next_non_space(const Document& doc, std::size_t i);
std::size_t previous_non_space(const Document& doc, std::size_t i);

// The first token that is not space or a line break, or kNoToken.
std::size_t first_non_blank(const Document& doc);

bool is_punct(const Token& token, std::string_view text);
// . ! ? and …
bool is_sentence_end(const Token& token);
// Opening quotes and brackets that may come before a sentence's first word.
bool is_opening(const Token& token);

// For every token, whether it is the first word of its sentence (after any
// opening quotes or brackets).
std::vector<bool> sentence_first_words(const Document& doc);
// The same for the context's note, computed once per check.
const std::vector<bool>& sentence_first_words(const CheckContext& context);

// "i", "i'm", "i’d", "i've", "i'll": the pronoun written in lower case,
// which the capitalization check reports (and spelling leaves to it).
bool is_lone_i(std::string_view word);

// "Zoë's" -> "Zoë", "CEO’s" -> "CEO"; anything else unchanged.
std::string_view without_possessive(std::string_view word);

// One word of a person's name as given in a draft's recipient or sender.
struct NamePart {
  std::string text;      // as written: "Zoë"
  std::string folded;    // fold_name: "zoë"
  std::string skeleton;  // name_skeleton: "zoe"
  bool capitalized = false;
};

// The words of a name, hyphenated parts included on their own:
// "Amy Chen-Li" -> Amy, Chen-Li, Chen, Li.
std::vector<NamePart> name_parts(std::string_view name);

// The emoticons of emoticons.txt (":)", ";-)"), which the spacing and
// punctuation checks leave alone. Most punctuation starts none of them, so
// only those starting with the byte at `pos` are compared.
class Emoticons {
 public:
  explicit Emoticons(std::vector<std::string> list);
  // Whether an emoticon starts at byte `pos` of `text`.
  bool at(std::string_view text, std::size_t pos) const;

 private:
  std::vector<std::string> list_;
  bool starts_with_byte_[256] = {};
  bool has_empty_ = false;  // an empty entry is found everywhere
};

// The parts of a draft's recipient and sender names.
struct DraftNames {
  std::vector<NamePart> recipient;
  std::vector<NamePart> sender;
};
DraftNames draft_names(const Draft& draft);

// The note without its surrounding white space, as a byte span; (0, 0) for
// a blank note. Note-level findings (no-context, no-reason) cover it.
inline std::pair<std::uint32_t, std::uint32_t> note_span(const Document& doc) {
  std::uint32_t begin = 0, end = 0;
  bool seen = false;
  for (const Token& t : doc.tokens) {
    if (t.kind == TokenKind::kSpace || t.kind == TokenKind::kNewline) continue;
    if (!seen) begin = t.begin;
    seen = true;
    end = t.end;
  }
  return {begin, end};
}

inline Finding make_finding(std::string_view rule, Severity severity, std::uint32_t begin,
                            std::uint32_t end, std::string message, int weight) {
  Finding f;
  f.rule = rule;
  f.severity = severity;
  f.begin = begin;
  f.end = end;
  f.message = std::move(message);
  f.weight = weight;
  return f;
}

}  // namespace handshake

#endif  // HANDSHAKE_CHECKS_CHECK_UTIL_H_
