// The parts of a Hunspell .aff file that suggestions need: the affix classes
// (to expand the .dic stems into the word forms a person might have meant),
// the flags that keep a word out of suggestions, and the tables that say how
// people misspell (REP), which characters are related (MAP) and which keys
// neighbour each other (KEY).
#ifndef HANDSHAKE_AFFIX_RULES_H_
#define HANDSHAKE_AFFIX_RULES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace handshake::spelling {

using Flag = std::uint32_t;

// Hunspell's encodings of flags: FLAG (default: one byte), long (two bytes),
// num (comma-separated decimal numbers), UTF-8 (one character).
enum class FlagType { kChar, kLong, kNumber, kUtf8 };

// An affix condition such as `[^aeiou]y`: a sequence of character sets.
class AffixCondition {
 public:
  AffixCondition() = default;
  explicit AffixCondition(std::u32string_view pattern);
  // Whether the condition matches the end (suffix) or start (prefix) of
  // `word`, well-formed UTF-8 (the words are expanded as UTF-8, never decoded).
  bool matches_end(std::string_view word) const;
  bool matches_start(std::string_view word) const;

 private:
  struct Element {
    bool any = false;
    bool negated = false;
    std::u32string chars;
    // The answer for each ASCII character, precomputed: nearly every letter
    // of a Latin-script dictionary tests one bit.
    std::uint64_t ascii[2] = {0, 0};
    bool matches(char32_t c) const;
  };
  std::vector<Element> elements_;
};

struct AffixRule {
  std::u32string strip;            // removed from the stem ("y" in y -> ies)
  std::u32string add;              // appended (suffix) or prepended (prefix)
  std::vector<Flag> continuation;  // flags of the affixed form (twofold affixes)
  AffixCondition condition;
};

struct AffixClass {
  Flag flag = 0;
  bool is_prefix = false;
  bool cross_product = false;  // may combine with an affix of the other kind
  std::vector<AffixRule> rules;
};

// A REP entry: people write `from` where they mean `to`. `_` in `to` is a
// space (a misspelling of two words). `^`/`$` anchor to the word's ends.
struct Replacement {
  std::u32string from;
  std::u32string to;
  bool at_start = false;
  bool at_end = false;
};

struct AffixRules {
  FlagType flag_type = FlagType::kChar;
  bool utf8 = true;  // SET UTF-8; otherwise the text is read as ISO 8859-1

  std::vector<AffixClass> classes;
  std::unordered_map<Flag, std::size_t> prefix_class;  // flag -> index into classes
  std::unordered_map<Flag, std::size_t> suffix_class;
  std::vector<std::vector<Flag>> flag_aliases;  // AF: .dic flags "3" mean flag_aliases[2]

  Flag no_suggest = 0;        // never suggest words with this flag
  Flag forbidden_word = 0;    // words that are explicitly wrong
  Flag only_in_compound = 0;  // word parts that are not words alone
  Flag need_affix = 0;        // stems that are not words without an affix
  Flag circumfix = 0;

  std::u32string try_chars;                          // TRY: letters by frequency
  std::vector<std::u32string> keyboard_rows;         // KEY, split at '|'
  std::vector<Replacement> replacements;             // REP
  std::vector<std::vector<std::u32string>> related;  // MAP groups
  std::vector<std::pair<std::u32string, std::u32string>> input_conversions;  // ICONV

  // Decodes text in the dictionary's encoding into code points.
  std::u32string decode(std::string_view text) const;
  // The same into `out`, reusing its storage (for one call per .dic line).
  void decode(std::string_view text, std::u32string& out) const;
  // Parses a flag field of a .dic line or an affix rule (aliases resolved).
  std::vector<Flag> parse_flags(std::string_view field) const;
  void parse_flags(std::string_view field, std::vector<Flag>& out) const;
};

// Parses .aff text. Unknown directives are ignored; malformed lines are
// skipped, so a damaged file yields fewer rules, never a crash.
AffixRules parse_affix_rules(std::string_view aff_text);

}  // namespace handshake::spelling

#endif  // HANDSHAKE_AFFIX_RULES_H_
