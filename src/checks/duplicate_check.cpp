// Why: a copy-pasted note with only the name swapped is a template, and
// recipients compare notes (colleagues get the same one, or it shows in a
// screenshot). The check compares the draft with the notes the user already
// sent once names and merge fields are masked, word pair by word pair.
#include <algorithm>
#include <functional>
#include <string>
#include <unordered_map>

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

// Earlier notes whose fingerprints are remembered, by their bytes and their
// fingerprints' bytes: enough for a long history. Past it the notes already
// remembered stay and the rest are worked out at each check, so memory stays
// bounded and a longer history does not evict what the next check needs.
constexpr std::size_t kMaxRememberedBytes = 1 << 20;

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
    thread_local Fingerprint draft_print;
    fingerprint(context.doc, context.words, names_, &draft_print);
    const double length = static_cast<double>(context.draft.text.size());
    std::size_t matches = 0, compared_bytes = 0;
    for (const std::string& earlier : context.draft.history) {
      const double ratio = static_cast<double>(earlier.size()) / std::max(length, 1.0);
      if (ratio > kMaxLengthRatio || ratio * kMaxLengthRatio < 1.0) continue;
      if (earlier.size() > kMaxHistoryNoteBytes) continue;
      compared_bytes += earlier.size();
      if (compared_bytes > kMaxHistoryBytes) break;
      if (similarity(draft_print, earlier_print_of(earlier, context.draft.recipient)) >=
          kDuplicateSimilarity)
        ++matches;
    }
    if (matches == 0) return;
    const auto [begin, end] = note_span(context.doc);
    const std::string count = matches == 1 ? "one of your earlier notes"
                                           : std::to_string(matches) + " of your earlier notes";
    out.push_back(make_finding(
        "duplicate", Severity::kWarning, begin, end,
        "This note matches " + count +
            " almost word for word once names are swapped; write at least one line only this "
            "person could receive.",
        policy.weight));
  }

 private:
  // The fingerprint of an earlier note (its recipient's name masked). As
  // the person types, the history is the same at every keystroke, and
  // analyzing every earlier note again cost more than checking the draft.
  const Fingerprint& earlier_print_of(const std::string& earlier,
                                      const std::string& recipient) const {
    // The recipient's length first, so no two (recipient, note) pairs share a
    // key. Built in a reused buffer: most lookups find the note, and copy
    // nothing.
    thread_local std::string key;
    key = std::to_string(recipient.size());
    key += ':';
    key += recipient;
    key += earlier;
    if (const auto found = remembered_.find(key); found != remembered_.end()) return found->second;
    thread_local NormalText earlier_words;
    const Document doc = analyze(earlier);
    normalizer_.normalize(doc, recipient, &earlier_words);
    Fingerprint print;
    fingerprint(doc, earlier_words, names_, &print);
    const std::size_t bytes = key.size() + print.size() * sizeof(print[0]);
    if (remembered_bytes_ + bytes > kMaxRememberedBytes) {
      // The caller compares it before asking for the next one.
      thread_local Fingerprint unremembered;
      unremembered = std::move(print);
      return unremembered;
    }
    remembered_bytes_ += bytes;
    return remembered_.emplace(key, std::move(print)).first->second;
  }

  Normalizer normalizer_;
  NameFinder names_;
  // Like the speller's answers, not safe to use from two threads at once.
  mutable std::unordered_map<std::string, Fingerprint> remembered_;
  mutable std::size_t remembered_bytes_ = 0;
};

}  // namespace

std::unique_ptr<Check> make_duplicate_check(const DataDir& data, std::string* error) {
  auto check = std::make_unique<DuplicateCheck>();
  if (!check->load(data, error)) return nullptr;
  return check;
}

}  // namespace handshake
