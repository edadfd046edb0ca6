// Why: a copy-pasted note with only the name swapped is a template, and
// recipients compare notes (colleagues get the same one, or it shows in a
// screenshot). The check compares the draft with the notes the user already
// sent once names and merge fields are masked, word pair by word pair.
#include <algorithm>
#include <functional>

#include "checks/check.h"
#include "checks/check_util.h"
#include "kinds.h"
#include "names.h"
#include "phrases.h"

namespace handshake {

namespace {

// Dice similarity of word-pair sets at or above which two notes are one
// template: a swapped name, event or closing word keeps notes above it;
// two notes that merely share a greeting and a sign-off stay well below.
constexpr double kDuplicateSimilarity = 0.6;
// Notes whose lengths differ more than this cannot reach the similarity.
constexpr double kMaxLengthRatio = 3.0;
// A connection note is never this long; bigger history entries are skipped,
// and comparing stops after this much history, so a huge history costs a
// bounded amount of time.
constexpr std::size_t kMaxHistoryNoteBytes = 64 * 1024;
constexpr std::size_t kMaxHistoryBytes = 4 * 1024 * 1024;

using Fingerprint = std::vector<std::uint64_t>;

// Sorted, unique hashes of consecutive word pairs, names masked.
void fingerprint(const Document& doc, const NormalText& words, const NameFinder& names,
                 Fingerprint* out) {
  thread_local std::vector<std::uint32_t> addressed;
  addressed.clear();
  names.find_addressed(doc, words, nullptr, &addressed);
  constexpr std::uint64_t kNameHash = 0x6e616d65u;  // every name hashes alike
  out->clear();
  std::uint64_t previous = 0;
  for (std::uint32_t i = 0; i < words.words.size(); ++i) {
    const NormalWord& w = words.words[i];
    const bool name = w.masked || w.placeholder ||
                      std::find(addressed.begin(), addressed.end(), i) != addressed.end();
    const std::uint64_t h = name ? kNameHash : std::hash<std::string_view>()(w.text);
    if (i > 0) out->push_back(previous * 0x9E3779B97F4A7C15ull ^ h);
    previous = h;
  }
  if (words.words.size() == 1) out->push_back(previous);
  std::sort(out->begin(), out->end());
  out->erase(std::unique(out->begin(), out->end()), out->end());
}

double similarity(const Fingerprint& a, const Fingerprint& b) {
  if (a.empty() || b.empty()) return 0;
  std::size_t shared = 0;
  for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      ++shared;
      ++i;
      ++j;
    }
  }
  return 2.0 * static_cast<double>(shared) / static_cast<double>(a.size() + b.size());
}

class DuplicateCheck final : public Check {
 public:
  bool load(const DataDir& data, std::string* error) {
    return normalizer_.load(data, error) && names_.load(data, normalizer_, error);
  }

  std::vector<std::string_view> rules() const override { return {"duplicate"}; }

  void run(const CheckContext& context, std::vector<Finding>& out) const override {
    const RulePolicy& policy = context.kind.policy("duplicate");
    if (!policy.applies || context.draft.history.empty() || context.words.words.size() < 3) return;
    thread_local Fingerprint draft_print, earlier_print;
    thread_local NormalText earlier_words;
    fingerprint(context.doc, context.words, names_, &draft_print);
    const double length = static_cast<double>(context.draft.text.size());
    std::size_t matches = 0, compared_bytes = 0;
    for (const std::string& earlier : context.draft.history) {
      const double ratio = static_cast<double>(earlier.size()) / std::max(length, 1.0);
      if (ratio > kMaxLengthRatio || ratio * kMaxLengthRatio < 1.0) continue;
      if (earlier.size() > kMaxHistoryNoteBytes) continue;
      compared_bytes += earlier.size();
      if (compared_bytes > kMaxHistoryBytes) break;
      const Document doc = analyze(earlier);
      normalizer_.normalize(doc, context.draft.recipient, &earlier_words);
      fingerprint(doc, earlier_words, names_, &earlier_print);
      if (similarity(draft_print, earlier_print) >= kDuplicateSimilarity) ++matches;
    }
    if (matches == 0) return;
    const auto [begin, end] = note_span(context.doc);
    const std::string count =
        matches == 1 ? "one of your earlier notes"
                     : std::to_string(matches) + " of your earlier notes";
    out.push_back(make_finding(
        "duplicate", Severity::kWarning, begin, end,
        "This note matches " + count +
            " almost word for word once names are swapped; write at least one line only this "
            "person could receive.",
        policy.weight));
  }

 private:
  Normalizer normalizer_;
  NameFinder names_;
};

}  // namespace

std::unique_ptr<Check> make_duplicate_check(const DataDir& data, std::string* error) {
  auto check = std::make_unique<DuplicateCheck>();
  if (!check->load(data, error)) return nullptr;
  return check;
}

}  // namespace handshake
