// Why: "Hi Amy ,great talk" and doubled spaces are what a note looks like
// when pasted together in a hurry; invisible characters carried over from
// a paste break how the note displays. Each is one keystroke to fix.
#include <cstdint>
#include <string>
#include <vector>

#include "checks/check.h"
#include "checks/check_util.h"
#include "data_files.h"
#include "utf8.h"

namespace handshake {

namespace {

// Punctuation that attaches to the word before it.
bool closes_on_left(std::string_view p) {
  return p == "," || p == "." || p == ";" || p == ":" || p == "!" || p == "?" || p == ")" ||
         p == "]";
}

// Format and control characters with no place in a note: zero-width
// spaces, soft hyphens, word joiners, byte-order marks, bidi controls, C0/C1
// controls other than tab and line breaks.
bool is_stray(char32_t c) {
  if (c == '\t' || c == '\n' || c == '\r') return false;
  return c < 0x20 || (c >= 0x7F && c <= 0x9F) || is_invisible(c);
}

// Inside a word only those that are never part of spelling: ZWJ and ZWNJ
// shape Indic and Persian words and stay.
bool is_stray_in_word(char32_t c) { return c == 0xAD || c == 0x200B || c == 0x2060 || c == 0xFEFF; }

// "U+200B": at least four hex digits. Written out rather than with snprintf,
// which alone linked printf's floating-point formatting into the wasm module.
std::string code_point_name(char32_t c) {
  std::string name = "U+";
  int digits = 4;
  while (digits < 8 && (static_cast<std::uint32_t>(c) >> (4 * digits)) != 0) ++digits;
  for (int d = digits - 1; d >= 0; --d) name.push_back("0123456789ABCDEF"[(c >> (4 * d)) & 0xF]);
  return name;
}

class SpacingCheck final : public Check {
 public:
  explicit SpacingCheck(Emoticons emoticons) : emoticons_(std::move(emoticons)) {}

  std::vector<std::string_view> rules() const override { return {"spacing"}; }

  void run(const CheckContext& context, std::vector<Finding>& out) const override {
    const std::size_t first_finding = out.size();
    const std::vector<Token>& tokens = context.doc.tokens;
    const std::string_view text = context.doc.text;
    const std::size_t n = tokens.size();
    for (std::size_t i = 0; i < n; ++i) {
      if (out.size() - first_finding >= kMaxFindingsPerRule) break;
      const Token& t = tokens[i];
      switch (t.kind) {
        case TokenKind::kSpace: {
          if (i == 0 || i + 1 == n || tokens[i - 1].kind == TokenKind::kNewline ||
              tokens[i + 1].kind == TokenKind::kNewline)
            continue;  // indentation and trailing space are not seen
          const Token& before = tokens[i - 1];
          const Token& after = tokens[i + 1];
          std::string fix;
          if (after.kind == TokenKind::kPunct && closes_on_left(after.text) &&
              before.kind != TokenKind::kPunct && !emoticons_.at(text, after.begin) &&
              moves_left(tokens, i + 1, &fix)) {
            add(out, t.begin, after.end, "Remove the space before " + quoted(after.text) + ".",
                std::move(fix));
          } else if ((is_punct(before, "(") || is_punct(before, "[")) &&
                     (after.kind == TokenKind::kWord || after.kind == TokenKind::kNumber)) {
            add(out, before.begin, t.end, "Remove the space after " + quoted(before.text) + ".",
                std::string(before.text));
          } else if (code_point_count(t.text) >= 2) {
            Finding& f = add(out, t.begin, t.end, "Use one space between words.", " ");
            // Two spaces after a sentence is an old typing convention, not an error.
            if (is_sentence_end(before)) {
              f.severity = Severity::kInfo;
              f.message = "Use one space after a sentence.";
            }
          }
          break;
        }
        case TokenKind::kPunct:
          if (i + 1 < n && needs_space_after(tokens, i, text))
            add(out, t.begin, t.end, "Add a space after " + quoted(t.text) + ".",
                std::string(t.text) + " ");
          break;
        case TokenKind::kSymbol: {
          const char32_t c = decode_utf8(t.text, 0).code_point;
          if (!is_stray(c) || (t.begin == 0 && c == 0xFEFF)) break;
          std::size_t last = i;  // a run of them is one finding
          while (last + 1 < n && tokens[last + 1].kind == TokenKind::kSymbol &&
                 is_stray(decode_utf8(tokens[last + 1].text, 0).code_point))
            ++last;
          add(out, t.begin, tokens[last].end, invisible_message(c, last > i), "");
          i = last;
          break;
        }
        case TokenKind::kWord:
          if (t.invisible) report_inside_word(t, out);
          break;
        default:
          break;
      }
    }
  }

 private:
  static Finding& add(std::vector<Finding>& out, std::uint32_t begin, std::uint32_t end,
                      std::string message, std::string fix) {
    Finding f;
    f.rule = "spacing";
    f.severity = Severity::kWarning;
    f.begin = begin;
    f.end = end;
    f.message = std::move(message);
    f.replacements.push_back(std::move(fix));
    out.push_back(std::move(f));
    return out.back();
  }

  static std::string invisible_message(char32_t c, bool several) {
    return std::string(several ? "Remove these invisible characters"
                               : "Remove this invisible character") +
           " (" + code_point_name(c) + (several ? "...)" : ")") +
           "; pasted text carried it in and it can break how the note displays.";
  }

  static void report_inside_word(const Token& word, std::vector<Finding>& out) {
    for (std::size_t p = 0; p < word.text.size();) {
      const DecodedChar c = decode_utf8(word.text, p);
      if (is_stray_in_word(c.code_point)) {
        const auto begin = static_cast<std::uint32_t>(word.begin + p);
        Finding& f = add(out, begin, begin + c.bytes, invisible_message(c.code_point, false), "");
        f.severity = Severity::kInfo;
      }
      p += c.bytes;
    }
  }

  // Whether the punctuation after a space belongs to the word before it,
  // and what " ," becomes: "," or, when a word follows at once (" ,great"),
  // ", ". ".NET" and ":param" belong to what follows them instead.
  static bool moves_left(const std::vector<Token>& tokens, std::size_t punct, std::string* fix) {
    const Token& p = tokens[punct];
    *fix = std::string(p.text);
    if (punct + 1 >= tokens.size()) return true;
    const Token& next = tokens[punct + 1];
    if (next.kind == TokenKind::kWord || next.kind == TokenKind::kNumber) {
      if (p.text != "," && p.text != ";" && p.text != "!" && p.text != "?") return false;
      *fix += ' ';
      return true;
    }
    // "and so on ..." : a spaced ellipsis is a style, not a slip.
    return !(p.text == "." && is_punct(next, "."));
  }

  bool needs_space_after(const std::vector<Token>& tokens, std::size_t i,
                         std::string_view text) const {
    const Token& p = tokens[i];
    const Token& next = tokens[i + 1];
    if (next.kind != TokenKind::kWord || i == 0) return false;
    const Token& before = tokens[i - 1];
    const bool after_text = before.kind == TokenKind::kWord || before.kind == TokenKind::kNumber ||
                            before.kind == TokenKind::kPlaceholder || is_punct(before, ")") ||
                            is_punct(before, "\xE2\x80\x9D");
    if (!after_text || emoticons_.at(text, p.begin)) return false;
    if (p.text == "," || p.text == ";" || p.text == "!" || p.text == "?") return true;
    // "talk.Looking forward": a sentence run into the next, but not
    // "Node.js" or "ASP.NET".
    if (p.text == ".")
      return before.kind == TokenKind::kWord && code_point_count(before.text) >= 2 &&
             next.capitalized && !next.all_caps && !next.mixed_case;
    return false;
  }

  Emoticons emoticons_;
};

}  // namespace

std::unique_ptr<Check> make_spacing_check(const DataDir& data, std::string* error) {
  ListFile emoticons;
  if (!data.read_list("emoticons.txt", &emoticons, error)) return nullptr;
  return std::make_unique<SpacingCheck>(Emoticons(std::move(emoticons.entries)));
}

}  // namespace handshake
