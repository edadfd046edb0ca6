// Why: a sentence that starts in lower case, a lone "i" or the recipient's
// name written "amy" reads as dashed off from a phone; capitals are the
// cheapest signal that the note was written with care.
#include <string>
#include <vector>

#include "checks/addressing.h"
#include "checks/check.h"
#include "checks/check_util.h"
#include "data_files.h"
#include "speller.h"
#include "text_fold.h"
#include "utf8.h"
#include "word_table.h"

namespace handshake {

namespace {

bool starts_lower(std::string_view word) {
  return !word.empty() && is_lower(decode_utf8(word, 0).code_point);
}

class CapitalizationCheck final : public Check {
 public:
  CapitalizationCheck(Salutations salutations, WordSet lowercase_names)
      : salutations_(std::move(salutations)), lowercase_names_(std::move(lowercase_names)) {}

  std::vector<std::string_view> rules() const override { return {"capitalization"}; }

  void run(const CheckContext& context, std::vector<Finding>& out) const override {
    const std::size_t first_finding = out.size();
    const Document& doc = context.doc;
    const std::vector<bool>& first_word = sentence_first_words(context);
    std::vector<const NamePart*> names;
    for (const std::vector<NamePart>* parts : {&context.names.recipient, &context.names.sender})
      for (const NamePart& part : *parts)
        if (part.capitalized && code_point_count(part.folded) >= 2) names.push_back(&part);
    std::vector<bool> addressed;
    if (!names.empty()) {
      addressed.assign(doc.tokens.size(), false);
      for (const AddressedName& a : addressed_names(context, salutations_))
        addressed[a.token] = true;
    }

    for (std::size_t index : doc.words) {
      if (out.size() - first_finding >= kMaxFindingsPerRule) break;
      const Token& word = doc.tokens[index];
      if (!starts_lower(word.text) || word.mixed_case) continue;
      if (is_lone_i(word.text)) {
        if (is_roman_numeral(doc, index)) continue;
        std::string fix = word.text == "i" ? "I" : "I" + std::string(word.text.substr(1));
        std::string message = "Write " + quoted(fix) + " with a capital I.";
        add(out, word, std::move(message), std::move(fix));
        continue;
      }
      if (!names.empty() && could_be_a_name(names, word.text)) {
        const std::string_view stem = without_possessive(word.text);
        const NamePart* name = nullptr;
        for (const NamePart* part : names)
          if (folds_to(stem, part->folded)) name = part;
        // "will" is a name only where the note addresses someone with it.
        if (name != nullptr && (addressed[index] || !context.speller.spell(stem))) {
          std::string fix = name->text + std::string(word.text.substr(stem.size()));
          std::string message = "Write the name with a capital: " + quoted(fix) + ".";
          add(out, word, std::move(message), std::move(fix));
          continue;
        }
      }
      if (first_word[index] && word.text.find('.') == std::string_view::npos &&
          !lowercase_names_.contains(fold_name(word.text)) && !follows_ellipsis(doc, index)) {
        std::string fix = capitalize_first(word.text);
        std::string message = "Start the sentence with a capital: " + quoted(fix) + ".";
        add(out, word, std::move(message), std::move(fix));
      }
    }
  }

 private:
  static void add(std::vector<Finding>& out, const Token& word, std::string message,
                  std::string fix) {
    Finding f;
    f.rule = "capitalization";
    f.severity = Severity::kWarning;
    f.begin = word.begin;
    f.end = word.end;
    f.message = std::move(message);
    f.replacements.push_back(std::move(fix));
    out.push_back(std::move(f));
  }

  // A cheap first look before folding: the first byte of some name part.
  static bool could_be_a_name(const std::vector<const NamePart*>& names, std::string_view word) {
    for (const NamePart* part : names)
      if (part->folded[0] == word[0]) return true;
    return false;
  }

  // "(i)" numbering a list.
  static bool is_roman_numeral(const Document& doc, std::size_t index) {
    return index > 0 && index + 1 < doc.tokens.size() && is_punct(doc.tokens[index - 1], "(") &&
           is_punct(doc.tokens[index + 1], ")");
  }

  // "I was thinking... maybe": an ellipsis trails off, it does not end the sentence.
  static bool follows_ellipsis(const Document& doc, std::size_t index) {
    std::size_t before = previous_non_space(doc, index);
    while (before != kNoToken && is_opening(doc.tokens[before]))
      before = previous_non_space(doc, before);
    if (before == kNoToken) return false;
    const Token& t = doc.tokens[before];
    if (is_punct(t, "\xE2\x80\xA6")) return true;
    return is_punct(t, ".") && before > 0 && is_punct(doc.tokens[before - 1], ".");
  }

  Salutations salutations_;
  WordSet lowercase_names_;
};

}  // namespace

std::unique_ptr<Check> make_capitalization_check(const DataDir& data, std::string* error) {
  Salutations salutations;
  if (!Salutations::load(data, &salutations, error)) return nullptr;
  ListFile lowercase_names;
  if (!data.read_list("lowercase-names.txt", &lowercase_names, error)) return nullptr;
  return std::make_unique<CapitalizationCheck>(std::move(salutations), WordSet(lowercase_names));
}

}  // namespace handshake
