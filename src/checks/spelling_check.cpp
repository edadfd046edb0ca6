// Why: a misspelling in a two-line note is the first thing a stranger sees
// and reads as carelessness; the recipient's name and the names of things
// they care about must never be flagged, or people stop trusting the check.
#include <string>
#include <unordered_set>
#include <vector>

#include "checks/check.h"
#include "checks/check_util.h"
#include "data_files.h"
#include "speller.h"
#include "text_fold.h"
#include "utf8.h"

namespace handshake {

namespace {

constexpr std::size_t kMaxSuggestions = 5;
constexpr std::size_t kMaxWordBytes = 64;
// Suggestions are the slow path; a note with more misspellings than this is
// not a note (or is pasted junk), and the rest are reported without them.
constexpr std::size_t kMaxSuggestedWords = 8;

bool has_digit(std::string_view word) {
  for (char c : word)
    if (c >= '0' && c <= '9') return true;
  return false;
}

// Words in scripts an English dictionary does not cover (Cyrillic, CJK,
// ...) are not misspellings: a greeting in the recipient's language is a
// courtesy.
bool has_non_latin_letter(std::string_view word) {
  for (std::size_t i = 0; i < word.size();) {
    const unsigned char byte = static_cast<unsigned char>(word[i]);
    if (byte < 0x80) {
      ++i;
      continue;
    }
    const DecodedChar c = decode_utf8(word, i);
    const char32_t cp = c.code_point;
    const bool latin = cp < 0x250 || (cp >= 0x1E00 && cp <= 0x1EFF) || is_combining_mark(cp) ||
                       cp == 0x2019 || cp == 0x2BC || is_invisible(cp) || cp == 0xB7;
    if (!latin && is_letter(cp)) return true;
    i += c.bytes;
  }
  return false;
}

std::string without_invisible(std::string_view word) {
  std::string out;
  for (std::size_t i = 0; i < word.size();) {
    const DecodedChar c = decode_utf8(word, i);
    if (!is_invisible(c.code_point)) out.append(word.substr(i, c.bytes));
    i += c.bytes;
  }
  return out;
}

// What else in the note says an unknown capitalized word is a name. Built
// once per check, on the first unknown capitalized word, in one pass.
class NameEvidence {
 public:
  explicit NameEvidence(const Document& doc) : doc_(doc) {}

  // The same word capitalized in the middle of a sentence ("RustConf" after
  // "at"), or inside a link, handle or hashtag (rustconf.com, #RustConf).
  bool says_name(std::string_view word) {
    if (!built_) build();
    if (mid_sentence_.count(word)) return true;
    const std::string folded = fold_name(word);
    return folded.size() >= 3 && link_text_.find(folded) != std::string::npos;
  }

 private:
  // Enough link text for any real note; bounded so that 1 MB of links stays linear.
  static constexpr std::size_t kMaxLinkText = 4096;

  void build() {
    built_ = true;
    for (std::size_t i = 0; i < doc_.tokens.size(); ++i) {
      const Token& t = doc_.tokens[i];
      if (t.kind == TokenKind::kWord && t.capitalized) {
        const std::size_t before = previous_non_space(doc_, i);
        if (before != kNoToken && doc_.tokens[before].kind == TokenKind::kWord)
          mid_sentence_.insert(t.text);
      } else if ((t.kind == TokenKind::kUrl || t.kind == TokenKind::kEmail ||
                  t.kind == TokenKind::kHandle || t.kind == TokenKind::kHashtag) &&
                 link_text_.size() < kMaxLinkText) {
        link_text_ += fold_name(t.text);
        link_text_ += ' ';
      }
    }
  }

  const Document& doc_;
  bool built_ = false;
  std::unordered_set<std::string_view> mid_sentence_;
  std::string link_text_;
};

class SpellingCheck final : public Check {
 public:
  std::vector<std::string_view> rules() const override { return {"spelling"}; }

  void run(const CheckContext& context, std::vector<Finding>& out) const override {
    const std::size_t first_finding = out.size();
    const Document& doc = context.doc;
    const Speller& speller = context.speller;
    const DraftNames& names = context.names;
    auto is_name = [&](std::string_view word) {
      if (names.recipient.empty() && names.sender.empty()) return false;
      const std::string folded = fold_name(without_possessive(word));
      for (const std::vector<NamePart>* parts : {&names.recipient, &names.sender})
        for (const NamePart& part : *parts)
          if (part.folded == folded) return true;
      return false;
    };
    // A word is known when the dictionary has it, or it is a name from the
    // draft, or it is a dictionary word written with accents (naïve, café,
    // résumé), or the possessive of a capitalized known word (RustConf's
    // after the user added RustConf).
    auto known = [&](std::string_view word, const Token& shape) {
      if (speller.spell(word) || is_name(word)) return true;
      if (shape.diacritics && speller.spell(strip_diacritics(word))) return true;
      const std::string_view stem = without_possessive(word);
      return stem.size() < word.size() && shape.capitalized && speller.spell(stem);
    };

    const std::vector<bool>& first_word = sentence_first_words(context);
    NameEvidence evidence(doc);
    std::size_t suggested = 0;
    auto report = [&](std::uint32_t begin, std::uint32_t end, std::string_view text,
                      bool probable_name) {
      Finding f;
      f.rule = "spelling";
      f.begin = begin;
      f.end = end;
      if (suggested < kMaxSuggestedWords) {
        ++suggested;
        // As the person types: never wait for Hunspell's slow suggest.
        f.replacements = speller.suggest(text, kMaxSuggestions);
      }
      if (probable_name) {
        f.severity = Severity::kInfo;
        f.message =
            quoted(text) + " is not in the dictionary; if it is a name, add it to your dictionary.";
      } else {
        f.severity = Severity::kError;
        f.message = quoted(text) + " is not in the dictionary" +
                    (f.replacements.empty() ? std::string(".")
                                            : ": did you mean " + quoted(f.replacements[0]) + "?");
      }
      out.push_back(std::move(f));
    };

    for (std::size_t index : doc.words) {
      if (out.size() - first_finding >= kMaxFindingsPerRule) break;
      const Token& word = doc.tokens[index];
      // Acronyms (MBA, KPIs), initialisms (U.S., Ph.D.), codes (B2B, Q3)
      // and other scripts are not for an English dictionary to judge.
      if (word.text.size() > kMaxWordBytes || word.acronym || has_digit(word.text) ||
          word.text.find('.') != std::string_view::npos || has_non_latin_letter(word.text) ||
          is_lone_i(word.text))
        continue;
      std::string cleaned;
      std::string_view text = word.text;
      if (word.invisible) {
        cleaned = without_invisible(text);
        text = cleaned;
      }
      if (known(text, word)) continue;

      const bool probable_name =
          word.mixed_case || (word.capitalized &&
                              (!first_word[index] || evidence.says_name(without_possessive(text))));
      if (word.hyphenated && !word.invisible) {
        // Report the misspelled parts of a compound, not the whole of it:
        // "well-knwon" is one typo in "knwon".
        std::size_t start = 0;
        while (start <= text.size()) {
          std::size_t dash = text.find('-', start);
          if (dash == std::string_view::npos) dash = text.size();
          const std::string_view part = text.substr(start, dash - start);
          Token part_shape = word;
          part_shape.capitalized = !part.empty() && is_upper(decode_utf8(part, 0).code_point);
          if (!part.empty() && !known(part, part_shape)) {
            const auto begin = static_cast<std::uint32_t>(word.begin + start);
            report(begin, begin + static_cast<std::uint32_t>(part.size()), part,
                   probable_name || part_shape.capitalized);
          }
          start = dash + 1;
        }
        continue;  // with no misspelled part, the compound stands
      }
      report(word.begin, word.end, text, probable_name);
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_spelling_check(const DataDir&, std::string*) {
  return std::make_unique<SpellingCheck>();
}

}  // namespace handshake
