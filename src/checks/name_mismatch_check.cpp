// Why: getting someone's name wrong (Anna for Ana, Katherine for Catherine,
// Zoe for Zoë) tells them the note was not written with care; greeting
// someone else entirely says it was pasted from a note to another person.
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

// Each line of nicknames.txt: a given name and the short forms it goes by.
class Nicknames {
 public:
  explicit Nicknames(const ListFile& list) {
    for (const std::string& line : list.entries) {
      std::vector<std::string> group;
      std::size_t start = 0;
      while (start < line.size()) {
        std::size_t space = line.find(' ', start);
        if (space == std::string::npos) space = line.size();
        if (space > start) group.push_back(fold_name(line.substr(start, space - start)));
        start = space + 1;
      }
      if (!group.empty()) groups_.push_back(std::move(group));
    }
  }

  // Whether some line holds both names.
  bool same_person(std::string_view a, std::string_view b) const {
    for (const auto& group : groups_) {
      bool has_a = false, has_b = false;
      for (const std::string& name : group) {
        has_a = has_a || name == a;
        has_b = has_b || name == b;
      }
      if (has_a && has_b) return true;
    }
    return false;
  }

 private:
  std::vector<std::vector<std::string>> groups_;
};

class NameMismatchCheck final : public Check {
 public:
  NameMismatchCheck(Salutations salutations, Nicknames nicknames)
      : salutations_(std::move(salutations)), nicknames_(std::move(nicknames)) {}

  std::vector<std::string_view> rules() const override { return {"name-mismatch"}; }

  void run(const CheckContext& context, std::vector<Finding>& out) const override {
    std::vector<NamePart> parts;
    for (NamePart& part : name_parts(context.draft.recipient)) {
      // Titles and initials are not what a note gets wrong.
      if (salutations_.is_title(part.folded) || code_point_count(part.folded) < 2) continue;
      parts.push_back(std::move(part));
    }
    if (parts.empty()) return;
    const Document& doc = context.doc;
    for (const AddressedName& addressed : addressed_names(doc, salutations_)) {
      judge(context, parts, addressed.token, addressed.kind, true, out);
      if (addressed.surname_token != kNoToken && parts.size() > 1)
        judge(context, parts, addressed.surname_token, addressed.kind, false, out);
    }
  }

 private:
  void judge(const CheckContext& context, const std::vector<NamePart>& parts, std::size_t index,
             AddressKind kind, bool given_name, std::vector<Finding>& out) const {
    const Token& word = context.doc.tokens[index];
    if (word.acronym || word.text.find('.') != std::string_view::npos) return;
    const std::string_view text = without_possessive(word.text);
    const std::string folded = fold_name(text);
    if (code_point_count(folded) < 2) return;
    const std::string skeleton = strip_diacritics(folded);

    const NamePart* closest = nullptr;
    for (const NamePart& part : parts) {
      if (part.folded == folded) return;  // the name itself (its case is capitalization's job)
      if (nicknames_.same_person(part.folded, folded)) return;
      // A short form that starts the name: Chris for Christopher, Alex for Alexandra.
      if (folded.size() >= 3 && part.folded.size() > folded.size() &&
          part.folded.compare(0, folded.size(), folded) == 0)
        return;
      if (closest == nullptr && similar(skeleton, folded, part)) closest = &part;
    }

    Finding f;
    f.rule = "name-mismatch";
    f.severity = Severity::kError;
    f.begin = word.begin;
    f.end = static_cast<std::uint32_t>(word.begin + text.size());
    if (closest != nullptr) {
      f.message = "The recipient's name is spelled " + quoted(closest->text) + ", not " +
                  quoted(text) + ".";
      f.replacements.push_back(closest->text);
      out.push_back(std::move(f));
      return;
    }
    // A different name altogether: only after a greeting, and only a word
    // that is a name rather than "Hi team" or "Dear friend".
    if (kind != AddressKind::kGreeting || !given_name || !word.capitalized || word.mixed_case ||
        context.speller.spell(folded))
      return;
    const NamePart& first = parts.front();
    f.message = "This note greets " + quoted(text) + ", but it is going to " +
                context.draft.recipient + "; use their name.";
    f.replacements.push_back(first.text);
    out.push_back(std::move(f));
  }

  // A misspelling of the part rather than another name: the same letters
  // but for accents (Zoe, Zoë), or one edit away (Ana, Anna; Katherine,
  // Catherine), two for longer names (Steven, Stephen).
  static bool similar(const std::string& skeleton, const std::string& folded,
                      const NamePart& part) {
    if (skeleton == part.skeleton) return true;
    const std::size_t length = std::min(code_point_count(folded), code_point_count(part.folded));
    const std::size_t allowed = length >= 6 ? 2 : length >= 3 ? 1 : 0;
    return allowed > 0 && edit_distance(skeleton, part.skeleton, allowed) <= allowed;
  }

  Salutations salutations_;
  Nicknames nicknames_;
};

}  // namespace

std::unique_ptr<Check> make_name_mismatch_check(const DataDir& data, std::string* error) {
  Salutations salutations;
  if (!Salutations::load(data, &salutations, error)) return nullptr;
  ListFile nicknames;
  if (!data.read_list("nicknames.txt", &nicknames, error)) return nullptr;
  return std::make_unique<NameMismatchCheck>(std::move(salutations), Nicknames(nicknames));
}

}  // namespace handshake
