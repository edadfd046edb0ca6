#include "tokenizer.h"

#include <algorithm>
#include <array>
#include <cstring>

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

// Longest host name DNS allows, and longest local part of an address: a
// scan for either stops there, so trying a link at every position of a long
// run without spaces costs a bounded amount each time.
constexpr std::size_t kMaxHostBytes = 253;
constexpr std::size_t kMaxLocalPartBytes = 64;
// A merge field longer than this is ordinary text in braces.
constexpr std::size_t kMaxPlaceholderBytes = 48;

bool is_ascii_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

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
      const bool after_alnum = start > 0 && previous_is_alnum(start);
      if (is_newline(c.code_point)) {
        pos_ += c.bytes;
        if (c.code_point == '\r' && pos_ < text_.size() && text_[pos_] == '\n') ++pos_;
        emit(TokenKind::kNewline, start);
      } else if (is_space(c.code_point)) {
        while (pos_ < text_.size() && is_space(at(pos_).code_point)) pos_ += at(pos_).bytes;
        emit(TokenKind::kSpace, start);
      } else if (!after_alnum && scan_link(start)) {
        // scan_link emitted the URL or email
      } else if (scan_placeholder(start)) {
      } else if (!after_alnum && (c.code_point == '@' || c.code_point == '#') &&
                 scan_tag(start, c.code_point == '@' ? TokenKind::kHandle : TokenKind::kHashtag)) {
      } else if (is_digit(c.code_point)) {
        if (!scan_keycap(start)) scan_number(start);
      } else if (is_letter(c.code_point)) {
        scan_word(start);
      } else if (is_emoji_base(c.code_point) || is_regional_indicator(c.code_point)) {
        scan_emoji(start);
      } else if (is_punctuation(c.code_point)) {
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
  DecodedChar at(std::size_t pos) const { return decode_utf8(text_, pos); }

  static bool is_regional_indicator(char32_t c) { return c >= 0x1F1E6 && c <= 0x1F1FF; }

  bool previous_is_alnum(std::size_t pos) const {
    // Step back to the previous character's first byte.
    std::size_t p = pos - 1;
    while (p > 0 && (static_cast<unsigned char>(text_[p]) & 0xC0) == 0x80 && pos - p < 4) --p;
    const char32_t c = at(p).code_point;
    return is_letter(c) || is_digit(c);
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
      const DecodedChar c = decode_utf8(token.text, i);
      if (is_letter(c.code_point)) {
        ++letters;
        if (is_upper(c.code_point)) {
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
  }

  // The end of the run of characters up to white space or a quote/angle
  // bracket: the most a link can cover. A link is tried at many positions of
  // one run ("a,b,c,..."): every position inside the last run scanned ends
  // where it ends, so the run is scanned once, not once per position.
  std::size_t link_run_end(std::size_t start) {
    if (start >= run_begin_ && start < run_end_) return run_end_;
    std::size_t p = start;
    while (p < text_.size()) {
      const DecodedChar c = at(p);
      const char32_t cp = c.code_point;
      if (is_space(cp) || is_newline(cp) || cp == '<' || cp == '>' || cp == '"' || cp == 0x201C ||
          cp == 0x201D || cp < 0x20 || is_emoji_base(cp))
        break;
      p += c.bytes;
    }
    run_begin_ = start;
    run_end_ = p;
    return p;
  }

  // Trailing sentence punctuation and unbalanced closing brackets belong to
  // the sentence, not the link: "(see zoe.dev/talks)." ends at "talks".
  std::size_t trim_link_end(std::size_t start, std::size_t end) const {
    // Opening minus closing brackets in [start, end), counted once and kept
    // up to date as characters are trimmed.
    long parens = 0, brackets = 0;
    for (std::size_t i = start; i < end; ++i) {
      parens += text_[i] == '(' ? 1 : text_[i] == ')' ? -1 : 0;
      brackets += text_[i] == '[' ? 1 : text_[i] == ']' ? -1 : 0;
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
  std::size_t scan_host(std::size_t start, std::size_t limit, bool need_known_tld) const {
    limit = std::min(limit, start + kMaxHostBytes + 1);
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
    if (labels < 2 || p - start > kMaxHostBytes) return std::string_view::npos;
    const std::string_view tld = text_.substr(last_label, p - last_label);
    if (need_known_tld) {
      bool known = false;
      for (std::string_view t : kLinkTlds) known = known || equals_ignoring_case(tld, t);
      if (!known) return std::string_view::npos;
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
    // local@host.tld
    std::size_t at_sign = start;
    const std::size_t local_limit = std::min(run_end, start + kMaxLocalPartBytes + 1);
    while (at_sign < local_limit &&
           (is_ascii_alnum(text_[at_sign]) || std::strchr("._%+-", text_[at_sign]) != nullptr))
      ++at_sign;
    if (at_sign < local_limit && text_[at_sign] == '@' && at_sign > start) {
      const std::size_t host_end = scan_host(at_sign + 1, run_end, false);
      if (host_end != std::string_view::npos) {
        pos_ = host_end;
        emit(TokenKind::kEmail, start);
        return true;
      }
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
  // %FIRST_NAME%, *|FNAME|*.
  bool scan_placeholder(std::size_t start) {
    const std::string_view rest = text_.substr(start);
    auto close = [&](std::string_view open, std::string_view closing) -> bool {
      if (rest.substr(0, open.size()) != open) return false;
      // Look no further than the longest merge field: "{{{{..." stays linear.
      const std::size_t found =
          rest.substr(0, kMaxPlaceholderBytes + 2 * closing.size() + 1).find(closing, open.size());
      if (found == std::string_view::npos || found == open.size() || found > kMaxPlaceholderBytes)
        return false;
      const std::string_view inside = rest.substr(open.size(), found - open.size());
      for (char ch : inside)
        if (ch == '\n' || ch == '{' || ch == '}' || ch == '%') return false;
      pos_ = start + found + closing.size();
      emit(TokenKind::kPlaceholder, start);
      return true;
    };
    if (close("{{", "}}") || close("*|", "|*") || close("{", "}")) return true;
    if (rest.size() > 2 && rest[0] == '%') {
      std::size_t i = 1;
      while (i < rest.size() && i <= kMaxPlaceholderBytes &&
             ((rest[i] >= 'A' && rest[i] <= 'Z') || rest[i] == '_'))
        ++i;
      if (i >= 3 && i < rest.size() && rest[i] == '%') {
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
      if (!(is_letter(c.code_point) || is_digit(c.code_point) || c.code_point == '_' ||
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
    while (p < text_.size()) {
      if (is_digit(static_cast<unsigned char>(text_[p]))) {
        ++p;
      } else if (p + 1 < text_.size() && std::strchr(".,:/-", text_[p]) != nullptr &&
                 text_[p] != '\0' && is_digit(static_cast<unsigned char>(text_[p + 1]))) {
        p += 2;
      } else {
        break;
      }
    }
    // Units and ordinals stay with their number: 3rd, 10x, 24h, 5k, 50%.
    std::size_t letters = 0;
    while (p + letters < text_.size() && letters <= 3 &&
           ((text_[p + letters] >= 'a' && text_[p + letters] <= 'z') ||
            (text_[p + letters] >= 'A' && text_[p + letters] <= 'Z')))
      ++letters;
    if (letters > 0 && letters <= 3) {
      p += letters;
    } else if (p < text_.size() && text_[p] == '%') {
      ++p;
    }
    pos_ = p;
    emit(TokenKind::kNumber, start);
  }

  void scan_word(std::size_t start) {
    std::size_t p = start;
    // Initialisms written with dots: e.g., i.e., U.S.
    {
      std::size_t q = p;
      int pairs = 0;
      while (q + 1 < text_.size()) {
        const DecodedChar c = at(q);
        if (!is_letter(c.code_point) || q + c.bytes >= text_.size() || text_[q + c.bytes] != '.')
          break;
        const std::size_t next = q + c.bytes + 1;
        if (next < text_.size() && is_letter(at(next).code_point) &&
            (next + at(next).bytes >= text_.size() ||
             !is_letter(at(next + at(next).bytes).code_point))) {
          q = next;
          ++pairs;
          continue;
        }
        if (pairs > 0) {
          q = next;
          ++pairs;
        }
        break;
      }
      if (pairs >= 2) {
        pos_ = q;
        emit(TokenKind::kWord, start);
        return;
      }
    }
    while (p < text_.size()) {
      const DecodedChar c = at(p);
      if (is_letter(c.code_point) || is_digit(c.code_point) || c.code_point == 0x00B7) {
        p += c.bytes;
        continue;
      }
      // Combining accents (decomposed é) belong to the letter before them.
      if (c.code_point >= 0x300 && c.code_point <= 0x36F) {
        p += c.bytes;
        continue;
      }
      if ((is_apostrophe(c.code_point) || c.code_point == '-') && p + c.bytes < text_.size()) {
        const DecodedChar next = at(p + c.bytes);
        if (is_letter(next.code_point) || (c.code_point == '-' && is_digit(next.code_point))) {
          p += c.bytes;
          continue;
        }
      }
      break;
    }
    pos_ = p;
    emit(TokenKind::kWord, start);
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
  std::size_t run_begin_ = 0;  // the last run link_run_end scanned
  std::size_t run_end_ = 0;
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
