// Why: "!!!" and "?!" read as shouting or impatience to someone who has
// never met you, and a note that trails off without a full stop looks
// unfinished; one mark, in its place, reads as calm and complete.
#include <string>
#include <vector>

#include "checks/check.h"
#include "checks/check_util.h"
#include "data_files.h"
#include "text_fold.h"
#include "word_table.h"

namespace handshake {

namespace {

bool is_run_mark(const Token& t) {
  if (t.kind != TokenKind::kPunct) return false;
  const std::string_view p = t.text;
  return p == "." || p == "!" || p == "?" || p == "," || p == ";" || p == ":" ||
         p == "\xE2\x80\xA6";  // …
}

bool is_closing(const Token& t) {
  if (t.kind != TokenKind::kPunct) return false;
  const std::string_view p = t.text;
  return p == ")" || p == "]" || p == "\"" || p == "'" || p == "\xE2\x80\x9D" ||
         p == "\xE2\x80\x99";  // ” ’
}

bool is_dash(const Token& t) {
  return t.kind == TokenKind::kPunct &&
         (t.text == "-" || t.text == "\xE2\x80\x93" || t.text == "\xE2\x80\x94");  // – —
}

// The replacement for a run of marks, or empty when the run is fine.
std::string fix_for_run(const std::string& run) {
  if (run.size() < 2) return {};
  const bool all_dots = run.find_first_not_of('.') == std::string::npos;
  if (all_dots) return run.size() == 3 ? std::string() : run.size() == 2 ? "." : "...";
  // "Really...?" and "so...," trail off and then go on: a style, not a slip.
  if (run.size() == 4 && run.compare(0, 3, "...") == 0) return {};
  for (char mark : {'?', '!', '.', ';', ':', ','})
    if (run.find(mark) != std::string::npos) return std::string(1, mark);
  return {};
}

struct Line {
  std::size_t first;  // first non-space token
  std::size_t last;   // last non-space token (inclusive)
};

class PunctuationCheck final : public Check {
 public:
  PunctuationCheck(WordSet signoffs, Emoticons emoticons)
      : signoffs_(std::move(signoffs)), emoticons_(std::move(emoticons)) {}

  std::vector<std::string_view> rules() const override { return {"punctuation"}; }

  void run(const CheckContext& context, std::vector<Finding>& out) const override {
    find_runs(context, out);
    find_missing_final_mark(context, out);
  }

 private:
  void find_runs(const CheckContext& context, std::vector<Finding>& out) const {
    const std::vector<Token>& tokens = context.doc.tokens;
    std::string run;
    const std::size_t first_finding = out.size();
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (out.size() - first_finding >= kMaxFindingsPerRule) break;
      if (!is_run_mark(tokens[i]) || emoticons_.at(context.doc.text, tokens[i].begin)) continue;
      std::size_t last = i;
      run.assign(tokens[i].text == "\xE2\x80\xA6" ? "..." : std::string(tokens[i].text));
      while (last + 1 < tokens.size() && is_run_mark(tokens[last + 1]) &&
             tokens[last + 1].begin == tokens[last].end &&
             !emoticons_.at(context.doc.text, tokens[last + 1].begin)) {
        ++last;
        run += tokens[last].text == "\xE2\x80\xA6" ? "..." : std::string(tokens[last].text);
      }
      std::string fix = fix_for_run(run);
      if (!fix.empty()) {
        const std::string_view shown =
            context.doc.text.substr(tokens[i].begin, tokens[last].end - tokens[i].begin);
        Finding f;
        f.rule = "punctuation";
        f.severity = Severity::kWarning;
        f.begin = tokens[i].begin;
        f.end = tokens[last].end;
        if (run == "..") {
          f.message = "Use " + quoted(".") + " or an ellipsis " + quoted("...") + " instead of " +
                      quoted(shown) + ".";
          f.replacements = {".", "..."};
        } else if (fix == "!" || fix == "?") {
          f.message = "Use one " + quoted(fix) + " instead of " + quoted(shown) +
                      ": a run of marks reads as shouting or impatience.";
          f.replacements.push_back(std::move(fix));
        } else {
          f.message = "Use one " + quoted(fix) + " instead of " + quoted(shown) + ".";
          f.replacements.push_back(std::move(fix));
        }
        out.push_back(std::move(f));
      }
      i = last;
    }
  }

  // The note's last sentence, before any sign-off lines, should end with
  // . ! ? (or an emoji, a link or a hashtag, which stand as an ending).
  void find_missing_final_mark(const CheckContext& context, std::vector<Finding>& out) const {
    const std::vector<Token>& tokens = context.doc.tokens;
    std::vector<Line> lines;
    std::size_t first = kNoToken, last = kNoToken;
    for (std::size_t i = 0; i <= tokens.size(); ++i) {
      if (i == tokens.size() || tokens[i].kind == TokenKind::kNewline) {
        if (first != kNoToken) lines.push_back({first, last});
        first = last = kNoToken;
      } else if (tokens[i].kind != TokenKind::kSpace) {
        if (first == kNoToken) first = i;
        last = i;
      }
    }
    // Step back over the sign-off: the sender's name, "Best," and the like.
    std::size_t body = lines.size();
    while (body > 0 && is_closing_line(context, lines[body - 1], body == lines.size())) --body;
    if (body == 0) return;
    const Line& line = lines[body - 1];

    std::size_t end = line.last;
    while (end > line.first && is_closing(tokens[end])) --end;
    const Token& mark = tokens[end];
    if (is_sentence_end(mark) || is_dash(mark) || mark.kind == TokenKind::kEmoji ||
        mark.kind == TokenKind::kUrl || mark.kind == TokenKind::kEmail ||
        mark.kind == TokenKind::kHandle || mark.kind == TokenKind::kHashtag ||
        mark.kind == TokenKind::kSymbol)
      return;
    // An initialism carries its own full stop: "... a Ph.D."
    if (mark.kind == TokenKind::kWord && mark.text.back() == '.') return;
    if (mark.kind == TokenKind::kPunct && !is_punct(mark, ",") && !is_punct(mark, ";")) return;
    if (ends_with_dashed_name(tokens, line)) return;
    // Count the words of the last sentence: "Let's connect" may stand bare.
    std::size_t words = 0;
    for (std::size_t i = line.last + 1; i-- > line.first;) {
      if (is_sentence_end(tokens[i])) break;
      if (tokens[i].kind == TokenKind::kWord || tokens[i].kind == TokenKind::kNumber) ++words;
    }
    if (words < 3) return;

    Finding f;
    f.rule = "punctuation";
    f.severity = Severity::kInfo;
    const Token& last_token = tokens[line.last];
    if (mark.kind == TokenKind::kPunct) {  // a trailing "," or ";"
      f.begin = mark.begin;
      f.end = mark.end;
      f.replacements.push_back(".");
      f.message = "End the last sentence with a full stop, not " + quoted(mark.text) + ".";
    } else {
      f.begin = last_token.begin;
      f.end = last_token.end;
      f.replacements.push_back(std::string(last_token.text) + ".");
      f.message = "End the last sentence with a full stop (or ! or ?).";
    }
    out.push_back(std::move(f));
  }

  // A line of the sign-off: a known closing ("Best regards"), a line ending
  // in a comma with more after it ("Cheers,"), or a short line of capitalized
  // words (the sender's name, "— Sam").
  bool is_closing_line(const CheckContext& context, const Line& line, bool is_last) const {
    const std::vector<Token>& tokens = context.doc.tokens;
    std::string words;
    std::size_t word_count = 0;
    bool all_capitalized = true;
    for (std::size_t i = line.first; i <= line.last; ++i) {
      const Token& t = tokens[i];
      if (t.kind == TokenKind::kWord) {
        ++word_count;
        all_capitalized = all_capitalized && (t.capitalized || t.mixed_case);
        if (!words.empty()) words += ' ';
        words += fold_name(t.text);
      } else if (t.kind == TokenKind::kPunct) {
        if (!is_dash(t) && !is_punct(t, ",") && !is_punct(t, ".") && !is_punct(t, "!"))
          return false;
      } else if (t.kind != TokenKind::kSpace && t.kind != TokenKind::kEmoji) {
        return false;
      }
      if (word_count > 4) return false;
    }
    if (word_count == 0) return true;  // a line of emoji or a dash
    if (signoffs_.contains(words)) return true;
    if (!is_last && is_punct(tokens[line.last], ",")) return true;
    return all_capitalized && word_count <= 3;
  }

  // "... see you there - Sam": a dash and a name end the line.
  static bool ends_with_dashed_name(const std::vector<Token>& tokens, const Line& line) {
    std::size_t i = line.last;
    std::size_t names = 0;
    while (i > line.first &&
           (tokens[i].kind == TokenKind::kWord || tokens[i].kind == TokenKind::kSpace)) {
      if (tokens[i].kind == TokenKind::kWord) {
        if (!tokens[i].capitalized) return false;
        ++names;
      }
      --i;
    }
    return names >= 1 && names <= 3 && is_dash(tokens[i]);
  }

  WordSet signoffs_;
  Emoticons emoticons_;
};

}  // namespace

std::unique_ptr<Check> make_punctuation_check(const DataDir& data, std::string* error) {
  ListFile signoffs, emoticons;
  if (!data.read_list("signoffs.txt", &signoffs, error) ||
      !data.read_list("emoticons.txt", &emoticons, error))
    return nullptr;
  return std::make_unique<PunctuationCheck>(WordSet(signoffs),
                                            Emoticons(std::move(emoticons.entries)));
}

}  // namespace handshake
