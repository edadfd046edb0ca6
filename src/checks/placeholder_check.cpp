// Why: "Hi {first_name}" or "[Company]" left in a note tells the reader it
// is a template sent to many people; it is the fastest way to get an
// invitation ignored, and the one-click fix is the name the tool failed to fill.
#include <string>
#include <vector>

#include "checks/addressing.h"
#include "checks/check.h"
#include "checks/check_util.h"
#include "data_files.h"
#include "text_fold.h"
#include "word_table.h"

namespace handshake {

namespace {

constexpr std::size_t kMaxFieldTokens = 16;

// A field name as the table keys it: folded, letters and digits only.
std::string field_key(std::string_view field) {
  std::string key;
  for (char c : fold_name(field))
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c & 0x80)) key += c;
  return key;
}

// What {{ contact.first_name }} names: "contact.first_name" after trimming.
std::string_view inside_marks(std::string_view field) {
  while (!field.empty() && (field.front() == '{' || field.front() == '%' || field.front() == '*' ||
                            field.front() == '|' || field.front() == ' ' || field.front() == '!'))
    field.remove_prefix(1);
  while (!field.empty() && (field.back() == '}' || field.back() == '%' || field.back() == '*' ||
                            field.back() == '|' || field.back() == ' '))
    field.remove_suffix(1);
  return field;
}

bool allowed_inside_brackets(const Token& t) {
  if (t.kind == TokenKind::kWord || t.kind == TokenKind::kSpace) return true;
  if (t.kind != TokenKind::kPunct) return false;
  return t.text == "_" || t.text == "." || t.text == "-" || t.text == "'" ||
         t.text == "\xE2\x80\x99" || t.text == "/";
}

struct Names {
  std::string first, last, full;
};

class PlaceholderCheck final : public Check {
 public:
  PlaceholderCheck(WordTable fields, Salutations salutations)
      : fields_(std::move(fields)), salutations_(std::move(salutations)) {}

  std::vector<std::string_view> rules() const override { return {"placeholder"}; }

  void run(const CheckContext& context, std::vector<Finding>& out) const override {
    const std::size_t first_finding = out.size();
    const std::vector<Token>& tokens = context.doc.tokens;
    bool names_ready = false;
    Names recipient, sender;
    auto fill = [&](std::string_view fills) -> std::string {
      if (!names_ready) {
        recipient = names_of(context.draft.recipient);
        sender = names_of(context.draft.sender);
        names_ready = true;
      }
      if (fills == "recipient-first") return recipient.first;
      if (fills == "recipient-last") return recipient.last;
      if (fills == "recipient-full") return recipient.full;
      if (fills == "sender-first") return sender.first;
      if (fills == "sender-last") return sender.last;
      if (fills == "sender-full") return sender.full;
      return {};
    };

    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (out.size() - first_finding >= kMaxFindingsPerRule) break;
      const Token& t = tokens[i];
      if (t.kind == TokenKind::kPlaceholder) {
        const std::string_view field = inside_marks(t.text);
        report(t.begin, t.end, context.doc.text, lookup(field), fill, out);
        continue;
      }
      if (!is_punct(t, "[") && !is_punct(t, "<")) continue;
      const std::string_view close = t.text == "[" ? "]" : ">";
      // [Name], [[Name]], <Company>, <<Company>>: words inside, then the close.
      std::size_t j = i + 1;
      const bool doubled = j < tokens.size() && tokens[j].text == t.text;
      if (doubled) ++j;
      const std::size_t inner = j;
      bool has_word = false;
      while (j < tokens.size() && j - inner < kMaxFieldTokens &&
             allowed_inside_brackets(tokens[j])) {
        has_word = has_word || tokens[j].kind == TokenKind::kWord;
        ++j;
      }
      if (!has_word || j >= tokens.size() || tokens[j].text != close) continue;
      std::size_t end = j;
      if (doubled) {
        if (end + 1 >= tokens.size() || tokens[end + 1].text != close) continue;
        ++end;
      }
      const std::string_view field =
          context.doc.text.substr(tokens[inner].begin, tokens[j - 1].end - tokens[inner].begin);
      const std::string_view fills = lookup(field);
      if (fills.empty()) continue;  // "[sic]", "<vector>"
      report(t.begin, tokens[end].end, context.doc.text, fills, fill, out);
      i = end;
    }
  }

 private:
  // What the field stands for; "other" for a field the table does not know
  // when it is unmistakably one ({...}), empty for brackets that are not.
  std::string_view lookup(std::string_view field) const {
    const std::string key = field_key(field);
    std::string_view fills = fields_.find(key);
    if (fills.empty()) {
      const std::size_t dot = field.rfind('.');  // contact.first_name
      if (dot != std::string_view::npos) fills = fields_.find(field_key(field.substr(dot + 1)));
    }
    return fills;
  }

  template <typename Fill>
  static void report(std::uint32_t begin, std::uint32_t end, std::string_view text,
                     std::string_view fills, Fill& fill, std::vector<Finding>& out) {
    const std::string_view shown = text.substr(begin, end - begin);
    Finding f;
    f.rule = "placeholder";
    f.severity = Severity::kError;
    f.begin = begin;
    f.end = end;
    std::string value = fills.empty() ? std::string() : fill(fills);
    if (!value.empty()) {
      f.message =
          "Replace the unfilled merge field " + quoted(shown) + " with " + quoted(value) + ".";
      f.replacements.push_back(std::move(value));
    } else {
      const std::string what = fills.rfind("recipient", 0) == 0 ? " with the recipient's name"
                               : fills.rfind("sender", 0) == 0  ? " with your name"
                                                                : "";
      f.message = "Fill in " + quoted(shown) + what +
                  ": an unfilled merge field shows the note is a template.";
    }
    out.push_back(std::move(f));
  }

  Names names_of(std::string_view name) const {
    Names names;
    std::vector<std::string_view> words;
    for (const Token& t : tokenize(name))
      if (t.kind == TokenKind::kWord && !salutations_.is_title(fold_name(t.text)))
        words.push_back(t.text);
    if (words.empty()) return names;
    names.first = std::string(words.front());
    if (words.size() > 1) names.last = std::string(words.back());
    const std::size_t start = words.front().data() - name.data();
    names.full = std::string(
        name.substr(start, words.back().data() + words.back().size() - words.front().data()));
    return names;
  }

  WordTable fields_;
  Salutations salutations_;
};

}  // namespace

std::unique_ptr<Check> make_placeholder_check(const DataDir& data, std::string* error) {
  ListFile list;
  if (!data.read_list("merge-fields.txt", &list, error)) return nullptr;
  WordTable fields;
  if (!WordTable::from_list(list,
                            {"recipient-first", "recipient-last", "recipient-full", "sender-first",
                             "sender-last", "sender-full", "other"},
                            &fields, error))
    return nullptr;
  Salutations salutations;
  if (!Salutations::load(data, &salutations, error)) return nullptr;
  return std::make_unique<PlaceholderCheck>(std::move(fields), std::move(salutations));
}

}  // namespace handshake
