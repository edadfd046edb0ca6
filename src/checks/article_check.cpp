// Why: "a MBA" or "an university" is a slip a reader hears at once, and in
// a two-line note to a stranger it is the kind of small error that reads as
// haste. The choice follows the sound of the next word, not its spelling.
#include <string>

#include "checks/check.h"
#include "checks/check_util.h"
#include "data_files.h"
#include "speller.h"
#include "text_fold.h"
#include "utf8.h"
#include "word_table.h"

namespace handshake {

namespace {

enum class Sound { kUnknown, kVowel, kConsonant, kEither };

// Letters whose English names start with a vowel sound: "an F" (ef), "an
// H" (aitch), "an M" (em), "an S" (es), "an X" (ex); "a U" (you).
bool letter_name_has_vowel_sound(char letter) {
  switch (letter) {
    case 'a':
    case 'e':
    case 'f':
    case 'h':
    case 'i':
    case 'l':
    case 'm':
    case 'n':
    case 'o':
    case 'r':
    case 's':
    case 'x':
      return true;
    default:
      return false;
  }
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Numbers by how they are read: 8, 80, 800 ("eight..."), 11 and 18 ("eleven",
// "eighteen", "eleven thousand", "eighteen hundred") start with a vowel.
Sound number_sound(std::string_view number) {
  std::string digits;
  std::size_t integer_digits = 0;
  bool in_integer = true, grouped = false;
  for (char c : number) {
    if (c >= '0' && c <= '9') {
      if (digits.size() < 2) digits += c;
      if (in_integer) ++integer_digits;
    } else if (c == '.') {
      in_integer = false;
    } else if (c == ',') {
      grouped = true;
    } else {
      break;
    }
  }
  if (digits.empty()) return Sound::kUnknown;
  if (digits[0] == '8') return Sound::kVowel;
  // 1100 is "eleven hundred", but 1,100 is "one thousand one hundred".
  const bool read_in_pairs = integer_digits == 2 || integer_digits == 5 || integer_digits == 8 ||
                             (integer_digits == 4 && !grouped);
  if (digits.size() == 2 && digits[0] == '1' && (digits[1] == '1' || digits[1] == '8') &&
      read_in_pairs)
    return Sound::kVowel;
  return Sound::kConsonant;
}

class ArticleCheck final : public Check {
 public:
  explicit ArticleCheck(WordTable exceptions) : exceptions_(std::move(exceptions)) {}

  std::vector<std::string_view> rules() const override { return {"article"}; }

  void run(const CheckContext& context, std::vector<Finding>& out) const override {
    const std::size_t first_finding = out.size();
    const Document& doc = context.doc;
    for (std::size_t index : doc.words) {
      if (out.size() - first_finding >= kMaxFindingsPerRule) break;
      const Token& article = doc.tokens[index];
      const std::string_view a = article.text;
      const bool is_a = a == "a" || a == "A";
      const bool is_an = a == "an" || a == "An" || a == "AN";
      if (!is_a && !is_an) continue;
      // A capital "A" mid-sentence is a letter ("Plan A", "Series A").
      if (a == "A") {
        if (!sentence_first_words(context)[index]) continue;
      }
      if (index + 1 >= doc.tokens.size() || doc.tokens[index + 1].kind != TokenKind::kSpace)
        continue;
      std::size_t next = index + 2;
      while (next < doc.tokens.size() && is_opening(doc.tokens[next])) ++next;
      if (next >= doc.tokens.size()) continue;
      const Token& word = doc.tokens[next];
      const Sound sound = word.kind == TokenKind::kNumber ? number_sound(word.text)
                          : word.kind == TokenKind::kWord ? word_sound(word)
                                                          : Sound::kUnknown;
      if (sound == Sound::kUnknown || sound == Sound::kEither) continue;
      const bool want_an = sound == Sound::kVowel;
      if (want_an == is_an) continue;
      // A short lower-case word the dictionary does not know may be an
      // acronym written small ("an seo audit", "a url"): no telling its sound.
      if (word.kind == TokenKind::kWord && !word.capitalized && word.text.size() <= 5 &&
          !context.speller.spell(word.text))
        continue;

      std::string fix = want_an ? "an" : "a";
      if (a.front() == 'A') fix[0] = static_cast<char>(fix[0] - 32);
      Finding f;
      f.rule = "article";
      f.severity = Severity::kWarning;
      f.begin = article.begin;
      f.end = article.end;
      f.message = "Write " + quoted(fix) + " before " + quoted(word.text) + ": it starts with " +
                  (want_an ? "a vowel sound." : "a consonant sound.");
      f.replacements.push_back(std::move(fix));
      out.push_back(std::move(f));
    }
  }

 private:
  Sound word_sound(const Token& word) const {
    // The word up to its first hyphen: "one-time" sounds like "one".
    std::string_view head = word.text.substr(0, word.text.find('-'));
    const std::string folded = strip_diacritics(fold_name(head));
    if (folded.empty()) return Sound::kUnknown;
    const std::string_view value = exceptions_.find(folded);
    if (value == "an") return Sound::kVowel;
    if (value == "a") return Sound::kConsonant;
    if (value == "either") return Sound::kEither;

    const char first = folded[0];
    if (!(first >= 'a' && first <= 'z')) return Sound::kUnknown;
    // Read letter by letter: acronyms (MBA, U.S., B2B), single letters
    // (X-ray, e-mail), and words without a vowel (npm, nth).
    bool letters_before_digit_upper = true, has_digit = false, has_vowel = false;
    std::size_t letters = 0;
    for (std::size_t i = 0; i < head.size();) {
      const DecodedChar c = decode_utf8(head, i);
      if (is_digit(c.code_point)) {
        has_digit = true;
        break;
      }
      if (is_letter(c.code_point)) {
        ++letters;
        if (!is_upper(c.code_point)) letters_before_digit_upper = false;
      }
      i += c.bytes;
    }
    for (char c : folded) has_vowel = has_vowel || is_vowel(c) || c == 'y';
    const bool spelled_out = word.acronym || letters == 1 || !has_vowel ||
                             (has_digit && letters_before_digit_upper) ||
                             word.text.find('.') != std::string_view::npos;
    if (spelled_out) {
      return letter_name_has_vowel_sound(first) ? Sound::kVowel : Sound::kConsonant;
    }
    return is_vowel(first) ? Sound::kVowel : Sound::kConsonant;
  }

  WordTable exceptions_;
};

}  // namespace

std::unique_ptr<Check> make_article_check(const DataDir& data, std::string* error) {
  ListFile list;
  if (!data.read_list("articles.txt", &list, error)) return nullptr;
  WordTable exceptions;
  if (!WordTable::from_list(list, {"a", "an", "either"}, &exceptions, error)) return nullptr;
  return std::make_unique<ArticleCheck>(std::move(exceptions));
}

}  // namespace handshake
