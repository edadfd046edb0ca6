#include "tokenizer.h"

#include <array>
#include <cstring>

#include "ascii_class.h"
#include "text_fold.h"
#include "utf8.h"

namespace handshake {

namespace {

// Top-level domains that make "name.tld" a link rather than two words.
// Kept short on purpose: "Node.js" and "e.g" must stay words.
constexpr std::array<std::string_view, 40> kLinkTlds = {
    "com", "org", "net", "io", "dev", "ai", "co",   "me",   "app",  "edu",
    "gov", "uk",  "de",  "fr", "ly",  "gg", "xyz",  "tech", "info", "biz",
    "us",  "ca",  "in",  "eu", "nl",  "se", "ch",   "au",   "jp",   "es",
    "it",  "be",  "at",  "dk", "no",  "fi", "site", "blog", "page", "link"};

bool is_ascii_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x + 32);
    if (x != b[i]) return false;
  }
  return true;
}

bool starts_with_ignoring_case(std::string_view text, std::size_t pos, std::string_view prefix) {
  return text.size() - pos >= prefix.size() &&
         equals_ignoring_case(text.substr(pos, prefix.size()), prefix);
}

// The Unicode predicates the tokenizer asks of every character, answered
// from the ASCII table without a call for the bytes most of a note is made of.
bool letter(char32_t c) {
  return c < 0x80 ? ascii_is(static_cast<unsigned char>(c), kAsciiLetter) : is_letter(c);
}
bool digit(char32_t c) { return c >= '0' && c <= '9'; }
bool space(char32_t c) {
  return c < 0x80 ? ascii_is(static_cast<unsigned char>(c), kAsciiSpace) : is_space(c);
}

bool is_newline(char32_t c) { return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029; }

bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x2BC; }

bool is_punctuation(char32_t c) {
  if (c < 0x80) return c > 0x20 && c < 0x7F && !is_ascii_alnum(static_cast<char>(c));
  return (c >= 0xA1 && c <= 0xBF && c != 0xA9 && c != 0xAE && c != 0xB5 && c != 0xAA &&
          c != 0xBA) ||
         (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205E) ||
         (c >= 0x3001 && c <= 0x3003) || (c >= 0x3008 && c <= 0x3011) ||
         (c >= 0xFF01 && c <= 0xFF0F);
}

class Tokenizer {
 public:
  explicit Tokenizer(std::string_view text) : text_(text) {}

  std::vector<Token> run() {
    tokens_.reserve(text_.size() / 4 + 1);
    while (pos_ < text_.size()) {
      const std::size_t start = pos_;
      const DecodedChar c = at(pos_);
      const char32_t cp = c.code_point;
      // Links and tags never start right after a letter or digit (asked
      // only where it matters: it steps back a character).
      auto after_alnum = [&] { return start > 0 && previous_is_alnum(start); };
      if (is_newline(cp)) {
        pos_ += c.bytes;
        if (cp == '\r' && pos_ < text_.size() && text_[pos_] == '\n') ++pos_;
        emit(TokenKind::kNewline, start);
      } else if (space(cp)) {
        while (pos_ < text_.size() && space(at(pos_).code_point)) pos_ += at(pos_).bytes;
        emit(TokenKind::kSpace, start);
      } else if (is_ascii_alnum(text_[start]) && !after_alnum() && scan_link(start)) {
        // scan_link emitted the URL or email
      } else if (scan_placeholder(start)) {
      } else if ((cp == '@' || cp == '#') && !after_alnum() &&
                 scan_tag(start, cp == '@' ? TokenKind::kHandle : TokenKind::kHashtag)) {
      } else if (digit(cp)) {
        if (!scan_keycap(start)) scan_number(start);
      } else if (letter(cp)) {
        scan_word(start);
      } else if (cp >= 0x80 && (is_emoji_base(cp) || is_regional_indicator(cp))) {
        scan_emoji(start);
      } else if (cp < 0x80 ? ascii_is(static_cast<unsigned char>(cp), kAsciiPunct)
                           : is_punctuation(cp)) {
        pos_ += c.bytes;
        emit(TokenKind::kPunct, start);
      } else {
        pos_ += c.bytes;
        emit(TokenKind::kSymbol, start);
      }
    }
    return std::move(tokens_);
  }

 private:
  // Most of a note is ASCII: decode it inline.
  DecodedChar at(std::size_t pos) const {
    const auto byte = static_cast<unsigned char>(text_[pos]);
    return byte < 0x80 ? DecodedChar{byte, 1, 1} : decode_utf8(text_, pos);
  }

  static bool is_regional_indicator(char32_t c) { return c >= 0x1F1E6 && c <= 0x1F1FF; }

  bool previous_is_alnum(std::size_t pos) const {
    // Step back to the previous character's first byte.
    std::size_t p = pos - 1;
    while (p > 0 && (static_cast<unsigned char>(text_[p]) & 0xC0) == 0x80 && pos - p < 4) --p;
    const char32_t c = at(p).code_point;
    return letter(c) || digit(c);
  }

  void emit(TokenKind kind, std::size_t start) {
    Token token{kind, static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(pos_),
                text_.substr(start, pos_ - start)};
    if (kind == TokenKind::kWord) set_shape(token);
    tokens_.push_back(token);
  }

  void set_shape(Token& token) const {
    std::size_t letters = 0, uppers = 0;
    bool seen_lower = false;
    for (std::size_t i = 0; i < token.text.size();) {
      const auto byte = static_cast<unsigned char>(token.text[i]);
      const bool ascii = byte < 0x80;
      const DecodedChar c = ascii ? DecodedChar{byte, 1, 1} : decode_utf8(token.text, i);
      if (ascii ? is_ascii_alpha(static_cast<char>(byte)) : is_letter(c.code_point)) {
        ++letters;
        if (ascii ? byte <= 'Z' : is_upper(c.code_point)) {
          ++uppers;
          if (seen_lower) token.mixed_case = true;
          if (letters == 1) token.capitalized = true;
        } else {
          seen_lower = true;
        }
      }
      i += c.bytes;
    }
    token.all_caps = letters >= 2 && uppers == letters;
    token.acronym = token.all_caps;
    // The plural or possessive of an acronym: KPIs, CEO's, MBAs’.
    if (!token.all_caps && uppers >= 2 && uppers + 1 == letters) {
      std::string_view t = token.text;
      if (!t.empty() && t.back() == 's') {
        t.remove_suffix(1);
        if (!t.empty() && t.back() == '\'') t.remove_suffix(1);
        if (t.size() >= 3 && t.substr(t.size() - 3) == "\xE2\x80\x99") t.remove_suffix(3);
        bool upper_before = true;
        for (std::size_t i = 0; i < t.size();) {
          const DecodedChar c = decode_utf8(t, i);
          if (is_letter(c.code_point) && !is_upper(c.code_point)) upper_before = false;
          i += c.bytes;
        }
        if (upper_before) {
          token.acronym = true;
          token.mixed_case = false;
        }
      }
    }
  }

  // The end of the run of characters up to white space or a quote/angle
  // bracket: the most a link can cover.
  std::size_t link_run_end(std::size_t start) {
    // Every start inside one run ends where the run ends: compute it once,
    // or "a.a.a.a..." would rescan the rest of the run at every letter.
    if (start < run_end_) return run_end_;
    std::size_t p = start;
    run_has_link_mark_ = false;
    while (p < text_.size()) {
      const auto byte = static_cast<unsigned char>(text_[p]);
      if (byte < 0x80) {
        if (ascii_is(byte, kAsciiLinkStop)) break;
        run_has_link_mark_ = run_has_link_mark_ || ascii_is(byte, kAsciiLinkMark);
        ++p;
        continue;
      }
      const DecodedChar c = decode_utf8(text_, p);
      const char32_t cp = c.code_point;
      if (is_space(cp) || is_newline(cp) || cp == 0x201C || cp == 0x201D || is_emoji_base(cp))
        break;
      p += c.bytes;
    }
    run_end_ = p;
    return p;
  }

  // Trailing sentence punctuation and unbalanced closing brackets belong to
  // the sentence, not the link: "(see zoe.dev/talks)." ends at "talks".
  std::size_t trim_link_end(std::size_t start, std::size_t end) const {
    // Bracket counts over the link, taken once and kept as the end moves.
    int parens = 0, brackets = 0;
    for (std::size_t i = start; i < end; ++i) {
      if (text_[i] == '(') ++parens;
      if (text_[i] == ')') --parens;
      if (text_[i] == '[') ++brackets;
      if (text_[i] == ']') --brackets;
    }
    while (end > start) {
      const char last = text_[end - 1];
      if (std::strchr(".,;:!?'*", last) != nullptr && last != '\0') {
        --end;
        continue;
      }
      if ((last == ')' && parens < 0) || (last == ']' && brackets < 0)) {
        ++(last == ')' ? parens : brackets);
        --end;
        continue;
      }
      // A typographic closing quote or apostrophe (E2 80 99 / E2 80 9D).
      if (end - start >= 3 && static_cast<unsigned char>(text_[end - 3]) == 0xE2 &&
          static_cast<unsigned char>(text_[end - 2]) == 0x80 &&
          (static_cast<unsigned char>(last) == 0x99 || static_cast<unsigned char>(last) == 0x9D)) {
        end -= 3;
        continue;
      }
      break;
    }
    return end;
  }

  // host.tld with a known TLD, labels of letters, digits and hyphens.
  // Returns the end of the host, or npos.
  std::size_t scan_host(std::size_t start, std::size_t limit, bool need_known_tld) {
    // A start inside a host that already failed would find the same last
    // label and fail again.
    if (need_known_tld && start < no_host_until_) return std::string_view::npos;
    std::size_t p = start;
    std::size_t labels = 0;
    std::size_t last_label = start;
    while (p < limit) {
      const std::size_t label_start = p;
      while (p < limit && (is_ascii_alnum(text_[p]) || text_[p] == '-' || text_[p] == '_')) ++p;
      if (p == label_start) return std::string_view::npos;
      ++labels;
      last_label = label_start;
      if (p + 1 < limit && text_[p] == '.' && is_ascii_alnum(text_[p + 1])) {
        ++p;
        continue;
      }
      break;
    }
    if (labels < 2) {
      if (need_known_tld) no_host_until_ = p;
      return std::string_view::npos;
    }
    const std::string_view tld = text_.substr(last_label, p - last_label);
    if (need_known_tld) {
      // "ASP.NET" and "VB.NET" are names; a bare link is written in lower case.
      bool upper_tld = true;
      for (char ch : tld) upper_tld = upper_tld && ch >= 'A' && ch <= 'Z';
      bool known = !upper_tld;
      bool listed = false;
      for (std::string_view t : kLinkTlds) listed = listed || equals_ignoring_case(tld, t);
      known = known && listed;
      if (!known) {
        no_host_until_ = p;
        return std::string_view::npos;
      }
    } else {
      for (char ch : tld)
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'))) return std::string_view::npos;
      if (tld.size() < 2) return std::string_view::npos;
    }
    return p;
  }

  bool scan_link(std::size_t start) {
    const char first = text_[start];
    if (!is_ascii_alnum(first)) return false;
    const std::size_t run_end = link_run_end(start);
    if (!run_has_link_mark_) return false;  // no dot, @ or colon: a word, not a link
    const bool has_scheme = starts_with_ignoring_case(text_, start, "http://") ||
                            starts_with_ignoring_case(text_, start, "https://");
    if (has_scheme || starts_with_ignoring_case(text_, start, "www.")) {
      const std::size_t end = trim_link_end(start, run_end);
      const std::size_t min = has_scheme ? text_.find("//", start) + 3 : start + 5;
      if (end < min) return false;
      pos_ = end;
      emit(TokenKind::kUrl, start);
      return true;
    }
    // local@host.tld. Every start inside one local part reaches the same
    // character after it: walk each local part once.
    std::size_t at_sign = start < local_part_end_ ? local_part_end_ : start;
    while (at_sign < run_end &&
           (is_ascii_alnum(text_[at_sign]) || std::strchr("._%+-", text_[at_sign]) != nullptr))
      ++at_sign;
    local_part_end_ = at_sign;
    if (at_sign < run_end && text_[at_sign] == '@' && at_sign > start &&
        at_sign != failed_at_sign_) {
      const std::size_t host_end = scan_host(at_sign + 1, run_end, false);
      if (host_end != std::string_view::npos) {
        pos_ = host_end;
        emit(TokenKind::kEmail, start);
        return true;
      }
      failed_at_sign_ = at_sign;
    }
    const std::size_t host_end = scan_host(start, run_end, true);
    if (host_end == std::string_view::npos) return false;
    std::size_t end = host_end;
    if (end < run_end && (text_[end] == '/' || text_[end] == ':' || text_[end] == '?'))
      end = trim_link_end(start, run_end);
    pos_ = end;
    emit(TokenKind::kUrl, start);
    return true;
  }

  // Merge fields a mail-merge tool failed to fill: {first_name}, {{company}},
  // %FIRST_NAME%, *|FNAME|*. A field name is short, so the closing mark is
  // looked for within kMaxFieldBytes only (a stray "{" in 1 MB of text must
  // not scan the rest of it).
  bool scan_placeholder(std::size_t start) {
    const char first = text_[start];
    if (first != '{' && first != '*' && first != '%') return false;
    constexpr std::size_t kMaxFieldBytes = 48;
    const std::string_view rest = text_.substr(start, kMaxFieldBytes + 4);
    auto close = [&](std::string_view open, std::string_view closing) -> bool {
      if (rest.substr(0, open.size()) != open) return false;
      const std::size_t found = rest.find(closing, open.size());
      if (found == std::string_view::npos || found == open.size() ||
          found > kMaxFieldBytes + open.size())
        return false;
      const std::string_view inside = rest.substr(open.size(), found - open.size());
      bool has_letter = false;
      for (char ch : inside) {
        if (ch == '\n' || ch == '\r' || ch == '{' || ch == '}' || ch == '%') return false;
        has_letter = has_letter || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
      }
      if (!has_letter) return false;
      pos_ = start + found + closing.size();
      emit(TokenKind::kPlaceholder, start);
      return true;
    };
    if (close("{{", "}}") || close("*|", "|*") || close("{", "}")) return true;
    // %FIRST_NAME%, %FirstName%: a letter, then letters, digits, _ or dots.
    if (rest.size() > 3 && rest[0] == '%' && is_ascii_alpha(rest[1])) {
      std::size_t i = 2;
      while (i < rest.size() && (is_ascii_alnum(rest[i]) || rest[i] == '_' || rest[i] == '.')) ++i;
      if (i >= 3 && i < rest.size() && rest[i] == '%' && rest[i - 1] != '.') {
        pos_ = start + i + 1;
        emit(TokenKind::kPlaceholder, start);
        return true;
      }
    }
    return false;
  }

  bool scan_tag(std::size_t start, TokenKind kind) {
    std::size_t p = start + 1;
    while (p < text_.size()) {
      const DecodedChar c = at(p);
      if (!(letter(c.code_point) || digit(c.code_point) || c.code_point == '_' ||
            (kind == TokenKind::kHandle && c.code_point == '.' && p + 1 < text_.size() &&
             is_ascii_alnum(text_[p + 1]))))
        break;
      p += c.bytes;
    }
    if (p == start + 1) return false;
    pos_ = p;
    emit(kind, start);
    return true;
  }

  bool scan_keycap(std::size_t start) {
    // 1️⃣ is a digit, VS16 and the combining keycap.
    std::size_t p = start + 1;
    if (p < text_.size() && at(p).code_point == 0xFE0F) p += 3;
    if (p < text_.size() && at(p).code_point == 0x20E3) {
      pos_ = p + 3;
      emit(TokenKind::kEmoji, start);
      return true;
    }
    return false;
  }

  void scan_number(std::size_t start) {
    std::size_t p = start;
    std::size_t groups = 1;
    char separator = 0;  // the first separator between digit groups
    bool mixed_separators = false;
    while (p < text_.size()) {
      if (digit(static_cast<unsigned char>(text_[p]))) {
        ++p;
      } else if (p + 1 < text_.size() && std::strchr(".,:/-", text_[p]) != nullptr &&
                 text_[p] != '\0' && digit(static_cast<unsigned char>(text_[p + 1]))) {
        if (separator == 0) separator = text_[p];
        mixed_separators = mixed_separators || separator != text_[p];
        ++groups;
        p += 2;
      } else {
        break;
      }
    }
    NumberForm form = NumberForm::kCardinal;
    if (separator == ':' && !mixed_separators) {
      form = NumberForm::kTime;
    } else if ((separator == '/' || separator == '-' || separator == '.') && !mixed_separators &&
               groups == 3) {
      form = NumberForm::kDate;
    }
    // Units and ordinals stay with their number: 3rd, 10x, 24h, 5k, 9am, 50%.
    std::size_t letters = 0;
    while (p + letters < text_.size() && letters <= 3 && is_ascii_alpha(text_[p + letters]))
      ++letters;
    if (letters > 0 && letters <= 3) {
      const std::string_view unit = text_.substr(p, letters);
      if (equals_ignoring_case(unit, "st") || equals_ignoring_case(unit, "nd") ||
          equals_ignoring_case(unit, "rd") || equals_ignoring_case(unit, "th")) {
        form = NumberForm::kOrdinal;
      } else if (equals_ignoring_case(unit, "am") || equals_ignoring_case(unit, "pm")) {
        form = NumberForm::kTime;
      } else if (form == NumberForm::kCardinal) {
        form = NumberForm::kMeasure;
      }
      p += letters;
    } else if (p < text_.size() && text_[p] == '%') {
      form = NumberForm::kPercent;
      ++p;
    }
    pos_ = p;
    emit(TokenKind::kNumber, start);
    tokens_.back().number_form = form;
  }

  // Initialisms written with dots: e.g., i.e., U.S., Ph.D. Returns the end,
  // or npos when the text at `start` is not one.
  std::size_t initialism_end(std::size_t start) const {
    // Most words answer in their first three bytes, without decoding: three
    // ASCII letters, or one or two before an ASCII character other than a
    // dot (or the end), cannot start one.
    std::size_t probe = start;
    for (; probe < text_.size() && probe - start < 3; ++probe) {
      const auto byte = static_cast<unsigned char>(text_[probe]);
      if (byte >= 0x80 || byte == '.') break;  // the loop below decides
      if (!ascii_is(byte, kAsciiLetter)) return std::string_view::npos;
    }
    if (probe - start == 3 || probe == text_.size()) return std::string_view::npos;
    std::size_t q = start;
    int segments = 0;
    while (q < text_.size()) {
      // A segment: one letter, or two for the first (Ph.D.), then a dot.
      std::size_t letters = 0;
      std::size_t r = q;
      while (r < text_.size() && letters < 3 && letter(at(r).code_point)) {
        r += at(r).bytes;
        ++letters;
      }
      if (letters == 0 || letters > (segments == 0 ? 2u : 1u)) break;
      if (r >= text_.size() || text_[r] != '.') break;
      q = r + 1;
      ++segments;
    }
    return segments >= 2 ? q : std::string_view::npos;
  }

  // Names with a dot inside: Node.js, Vue.js, ASP.NET. What follows the dot
  // is a short lower-case or an upper-case run of letters; "talk.Looking"
  // (a missing space) and "talk. Looking" are not joined.
  std::size_t dotted_name_end(std::size_t p) const {
    while (p + 1 < text_.size() && text_[p] == '.' && is_ascii_alpha(text_[p + 1])) {
      std::size_t q = p + 1;
      bool lower = true, upper = true;
      while (q < text_.size() && is_ascii_alpha(text_[q])) {
        lower = lower && text_[q] >= 'a';
        upper = upper && text_[q] < 'a';
        ++q;
      }
      if (q < text_.size() && (static_cast<unsigned char>(text_[q]) >= 0x80 ||
                               digit(static_cast<unsigned char>(text_[q]))))
        break;  // the run goes on past ASCII letters: not a short suffix
      const std::size_t length = q - p - 1;
      if (!((lower && length <= 4) || (upper && length >= 2 && length <= 6))) break;
      p = q;
    }
    return p;
  }

  void scan_word(std::size_t start) {
    const std::size_t initialism = initialism_end(start);
    if (initialism != std::string_view::npos) {
      pos_ = initialism;
      emit(TokenKind::kWord, start);
      return;
    }
    std::size_t p = start;
    bool hyphenated = false, apostrophe = false, diacritics = false, invisible = false;
    while (p < text_.size()) {
      const auto byte = static_cast<unsigned char>(text_[p]);
      if (byte < 0x80) {  // the common case, without decoding
        if (ascii_is(byte, kAsciiLetter | kAsciiDigit)) {
          ++p;
          continue;
        }
        // Any other ASCII character but an apostrophe or a hyphen ends the word.
        if (byte != '\'' && byte != '-') break;
      }
      const DecodedChar c = at(p);
      const char32_t cp = c.code_point;
      if (is_letter(cp) || cp == 0x00B7) {
        diacritics = diacritics || (cp >= 0xC0 && base_letter(cp) != cp);
        p += c.bytes;
        continue;
      }
      // Combining accents (decomposed é) belong to the letter before them.
      if (is_combining_mark(cp)) {
        diacritics = true;
        p += c.bytes;
        continue;
      }
      if ((is_apostrophe(cp) || cp == '-' || is_invisible(cp)) && p + c.bytes < text_.size()) {
        const DecodedChar next = at(p + c.bytes);
        if (letter(next.code_point) || (cp == '-' && digit(next.code_point))) {
          hyphenated = hyphenated || cp == '-';
          apostrophe = apostrophe || is_apostrophe(cp);
          invisible = invisible || is_invisible(cp);
          p += c.bytes;
          continue;
        }
      }
      break;
    }
    p = dotted_name_end(p);
    pos_ = p;
    emit(TokenKind::kWord, start);
    Token& word = tokens_.back();
    word.hyphenated = hyphenated;
    word.apostrophe = apostrophe;
    word.diacritics = diacritics;
    word.invisible = invisible;
  }

  void scan_emoji(std::size_t start) {
    std::size_t p = start;
    const bool flag = is_regional_indicator(at(p).code_point);
    p += at(p).bytes;
    if (flag) {
      if (p < text_.size() && is_regional_indicator(at(p).code_point)) p += at(p).bytes;
    } else {
      while (p < text_.size()) {
        const DecodedChar c = at(p);
        if (is_emoji_modifier(c.code_point)) {
          p += c.bytes;
        } else if (c.code_point == 0x200D && p + c.bytes < text_.size() &&
                   is_emoji_base(at(p + c.bytes).code_point)) {
          p += c.bytes;
          p += at(p).bytes;
        } else {
          break;
        }
      }
    }
    pos_ = p;
    emit(TokenKind::kEmoji, start);
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  std::vector<Token> tokens_;
  // Memos that keep link scanning linear (see link_run_end, scan_host, scan_link).
  std::size_t run_end_ = 0;
  bool run_has_link_mark_ = false;
  std::size_t no_host_until_ = 0;
  std::size_t local_part_end_ = 0;
  std::size_t failed_at_sign_ = std::string_view::npos;
};

}  // namespace

std::vector<Token> tokenize(std::string_view text) { return Tokenizer(text).run(); }

std::string_view to_string(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord:
      return "word";
    case TokenKind::kNumber:
      return "number";
    case TokenKind::kUrl:
      return "url";
    case TokenKind::kEmail:
      return "email";
    case TokenKind::kHandle:
      return "handle";
    case TokenKind::kHashtag:
      return "hashtag";
    case TokenKind::kEmoji:
      return "emoji";
    case TokenKind::kPlaceholder:
      return "placeholder";
    case TokenKind::kPunct:
      return "punct";
    case TokenKind::kSpace:
      return "space";
    case TokenKind::kNewline:
      return "newline";
    case TokenKind::kSymbol:
      return "symbol";
  }
  return "unknown";
}

}  // namespace handshake
