// Why: getting someone's name wrong (Anna for Ana, Katherine for Catherine,
// Zoe for Zoë) tells them the note was not written with care; greeting
// someone else entirely says it was pasted from a note to another person.
#include <algorithm>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "checks/addressing.h"
#include "checks/check.h"
#include "checks/check_util.h"
#include "compact_sort.h"
#include "data_files.h"
#include "speller.h"
#include "text_fold.h"
#include "utf8.h"
#include "word_table.h"

namespace handshake {

namespace {

// Each line of nicknames.txt: a given name and the short forms it goes by.
// Kept as (name, line) pairs sorted by name, so a lookup is a binary search.
class Nicknames {
 public:
  explicit Nicknames(const ListFile& list) {
    int line_number = 0;
    for (const std::string& line : list.entries) {
      std::size_t start = 0;
      while (start < line.size()) {
        std::size_t space = line.find(' ', start);
        if (space == std::string::npos) space = line.size();
        if (space > start)
          names_.emplace_back(fold_name(line.substr(start, space - start)), line_number);
        start = space + 1;
      }
      ++line_number;
    }
    compact_stable_sort(names_, std::less<>());
  }

  // Whether some line holds both names.
  bool same_person(std::string_view a, std::string_view b) const {
    const auto [a_first, a_last] = lines_of(a);
    const auto [b_first, b_last] = lines_of(b);
    for (auto i = a_first; i != a_last; ++i)
      for (auto j = b_first; j != b_last; ++j)
        if (i->second == j->second) return true;
    return false;
  }

 private:
  using Entry = std::pair<std::string, int>;
  std::pair<std::vector<Entry>::const_iterator, std::vector<Entry>::const_iterator> lines_of(
      std::string_view name) const {
    const auto first = std::lower_bound(
        names_.begin(), names_.end(), name,
        [](const Entry& e, std::string_view n) { return std::string_view(e.first) < n; });
    auto last = first;
    while (last != names_.end() && last->first == name) ++last;
    return {first, last};
  }

  std::vector<Entry> names_;
};

class NameMismatchCheck final : public Check {
 public:
  NameMismatchCheck(Salutations salutations, Nicknames nicknames)
      : salutations_(std::move(salutations)), nicknames_(std::move(nicknames)) {}

  std::vector<std::string_view> rules() const override { return {"name-mismatch"}; }

  void run(const CheckContext& context, std::vector<Finding>& out) const override {
    std::vector<const NamePart*> parts;
    for (const NamePart& part : context.names.recipient) {
      // Titles and initials are not what a note gets wrong.
      if (salutations_.is_title(part.folded) || code_point_count(part.folded) < 2) continue;
      parts.push_back(&part);
    }
    if (parts.empty()) return;
    const std::size_t first_finding = out.size();
    for (const AddressedName& addressed : addressed_names(context, salutations_)) {
      if (out.size() - first_finding >= kMaxFindingsPerRule) break;
      judge(context, parts, addressed.token, addressed.kind, true, out);
      if (addressed.surname_token != kNoToken && parts.size() > 1)
        judge(context, parts, addressed.surname_token, addressed.kind, false, out);
    }
  }

 private:
  void judge(const CheckContext& context, const std::vector<const NamePart*>& parts,
             std::size_t index, AddressKind kind, bool given_name,
             std::vector<Finding>& out) const {
    const Token& word = context.doc.tokens[index];
    if (word.acronym || word.text.find('.') != std::string_view::npos) return;
    const std::string_view text = without_possessive(word.text);
    const std::string folded = fold_name(text);
    if (code_point_count(folded) < 2) return;
    const std::string skeleton = strip_diacritics(folded);

    const NamePart* closest = nullptr;
    for (const NamePart* part : parts) {
      if (part->folded == folded) return;  // the name itself (its case is capitalization's job)
      if (nicknames_.same_person(part->folded, folded)) return;
      // A short form that starts the name: Chris for Christopher, Alex for Alexandra.
      if (folded.size() >= 3 && part->folded.size() > folded.size() &&
          part->folded.compare(0, folded.size(), folded) == 0)
        return;
      if (closest == nullptr && similar(skeleton, folded, *part)) closest = part;
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
    // A different name altogether: only after a greeting (which never takes
    // a group word such as "team" or "friend" for a name: addressing.cpp),
    // and only a word that is a name. A name that is also a common word
    // (Anna, Mark, Grace) is one the dictionary lists with a capital of its own.
    if ((kind != AddressKind::kGreeting && kind != AddressKind::kThanks) || !given_name ||
        !word.capitalized || word.mixed_case)
      return;
    if (context.speller.spell(folded) && !context.speller.is_proper_noun(text)) return;
    const NamePart& first = *parts.front();
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
