#include <algorithm>
#include <array>
#include <cmath>

#include "checks/check.h"
#include "checks/check_util.h"
#include "compact_sort.h"
#include "data_files.h"
#include "document.h"
#include "handshake/handshake.h"
#include "kinds.h"
#include "phrases.h"
#include "platform.h"
#include "rules.h"
#include "scorer.h"
#include "speller.h"
#include "utf8.h"

namespace handshake {

namespace {

// a e i o u y in either case, by byte: a lookup per byte of every word.
constexpr std::array<bool, 256> kVowels = [] {
  std::array<bool, 256> vowels{};
  for (char c : std::string_view("aeiouyAEIOUY")) vowels[static_cast<unsigned char>(c)] = true;
  return vowels;
}();

// Syllables by vowel groups, the usual estimate behind Flesch-Kincaid.
int count_syllables(std::string_view word) {
  int groups = 0;
  bool in_vowel = false;
  for (char c : word) {
    const bool vowel = kVowels[static_cast<unsigned char>(c)];
    if (vowel && !in_vowel) ++groups;
    in_vowel = vowel;
  }
  if (word.size() > 2 && (word.back() == 'e' || word.back() == 'E') && groups > 1) --groups;
  return std::max(groups, 1);
}

Stats compute_stats(const Draft& draft, const Document& doc, const PlatformProfile& platform) {
  Stats stats;
  stats.characters = count_characters(draft.text, platform.counting);
  stats.limit = platform.limit;
  int syllables = 0;
  for (const Token& t : doc.tokens) {
    if (t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber) {
      ++stats.words;
      syllables += t.kind == TokenKind::kWord ? count_syllables(t.text) : 1;
    }
  }
  stats.sentences = doc.sentences.size();
  if (stats.words > 0 && stats.sentences > 0) {
    const double grade = 0.39 * static_cast<double>(stats.words) / stats.sentences +
                         11.8 * syllables / static_cast<double>(stats.words) - 15.59;
    stats.reading_grade = std::round(std::max(0.0, grade) * 10) / 10;
  }
  return stats;
}

}  // namespace

struct Checker::Impl {
  std::unique_ptr<Speller> speller;
  PlatformProfiles platforms;
  KindProfiles kinds;
  Normalizer normalizer;
  // Every platform as every kind of note sees it, platform-major.
  std::vector<PlatformProfile> adapted_platforms;
  std::vector<std::unique_ptr<Check>> checks;
  std::vector<std::string> disabled_rules;

  bool disabled(std::string_view rule) const {
    return std::find(disabled_rules.begin(), disabled_rules.end(), rule) != disabled_rules.end();
  }
};

Checker::Checker(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Checker::~Checker() = default;

std::unique_ptr<Checker> Checker::create(const CheckerOptions& options, std::string* error) {
  std::string ignored;
  if (error == nullptr) error = &ignored;
  if (options.data_dir.empty()) {
    *error = "no data folder given";
    return nullptr;
  }
  std::string aff = options.aff_path, dic = options.dic_path;
  if (aff.empty() != dic.empty()) {
    *error = "a custom dictionary needs both an .aff and a .dic file";
    return nullptr;
  }
  if (aff.empty()) {
    std::string file;
    if (options.language == "en-US") {
      file = "en_US";
    } else if (options.language == "en-GB") {
      file = "en_GB";
    } else {
      *error = "unknown language '" + options.language + "' (expected en-US or en-GB)";
      return nullptr;
    }
    const DataDir data(options.data_dir);
    aff = data.path("hunspell/" + file + ".aff");
    dic = data.path("hunspell/" + file + ".dic");
  }
  for (const std::string& rule : options.disabled_rules) {
    if (find_rule(rule) == nullptr) {
      *error = "unknown rule id '" + rule + "'";
      return nullptr;
    }
  }
  auto impl = std::make_unique<Impl>();
  impl->speller = Speller::open(aff, dic, error);
  if (!impl->speller) return nullptr;
  const DataDir data(options.data_dir);
  ListFile project_words;
  if (!data.read_list("words.txt", &project_words, error)) return nullptr;
  impl->speller->add_dictionary_words(project_words.entries);
  if (!impl->platforms.load(data, error)) return nullptr;
  if (!impl->kinds.load(data, error)) return nullptr;
  if (!impl->normalizer.load(data, error)) return nullptr;
  for (const PlatformProfile& platform : impl->platforms.all())
    for (const KindProfile& kind : impl->kinds.all())
      impl->adapted_platforms.push_back(kind.adapt(platform));
  impl->checks = make_checks(data, error);
  if (impl->checks.empty()) return nullptr;
  impl->disabled_rules = options.disabled_rules;
  return std::unique_ptr<Checker>(new Checker(std::move(impl)));
}

CheckResult Checker::check(const Draft& draft) const {
  CheckResult result;
  const PlatformProfile* platform = impl_->platforms.find(draft.platform);
  if (platform == nullptr) {
    result.error = "unknown platform '" + draft.platform +
                   "' (expected linkedin, linkedin-free, facebook, instagram, x, email or generic)";
    return result;
  }
  const KindProfile* kind = impl_->kinds.find(draft.kind);
  if (kind == nullptr) {
    result.error = "unknown kind '" + draft.kind +
                   "' (expected invite, follow-up, thank-you, decline or message)";
    return result;
  }
  const PlatformProfile& adapted =
      impl_->adapted_platforms[static_cast<std::size_t>(platform - impl_->platforms.all().data()) *
                                   impl_->kinds.all().size() +
                               static_cast<std::size_t>(kind - impl_->kinds.all().data())];
  if (draft.text.size() > kMaxTextBytes) {
    result.error = "the note is " + std::to_string(draft.text.size()) +
                   " bytes; Handshake checks notes up to " + std::to_string(kMaxTextBytes) +
                   " bytes";
    return result;
  }
  if (draft.recipient.size() > kMaxNameBytes || draft.sender.size() > kMaxNameBytes) {
    result.error =
        "a recipient or sender name is longer than " + std::to_string(kMaxNameBytes) + " bytes";
    return result;
  }
  if (draft.history.size() > kMaxHistoryNotes) {
    result.error = "history holds " + std::to_string(draft.history.size()) +
                   " notes; Handshake compares against the latest " +
                   std::to_string(kMaxHistoryNotes) + " at most";
    return result;
  }
  std::size_t history_bytes = 0;
  for (const std::string& note : draft.history) {
    if (note.size() > kMaxTextBytes) {
      result.error = "a note in history is longer than " + std::to_string(kMaxTextBytes) + " bytes";
      return result;
    }
    history_bytes += note.size();
  }
  if (history_bytes > kMaxHistoryBytes) {
    result.error = "history holds " + std::to_string(history_bytes) +
                   " bytes; Handshake compares against up to " + std::to_string(kMaxHistoryBytes) +
                   " bytes of earlier notes";
    return result;
  }

  const Document doc = analyze(draft.text);
  thread_local NormalText words;  // reused: its buffers outlive one check
  impl_->normalizer.normalize(doc, draft.recipient, &words);
  const DraftNames names = draft_names(draft);
  const CheckContext context{draft, doc, adapted, *impl_->speller, *kind, words, names};
  std::vector<Finding> findings;
  for (const auto& check : impl_->checks) check->run(context, findings);

  // A rule weights.tsv lists as "-" for this kind does not apply to it.
  findings.erase(std::remove_if(findings.begin(), findings.end(),
                                [&](const Finding& f) {
                                  if (impl_->disabled(f.rule)) return true;
                                  const RulePolicy* policy = kind->find_policy(f.rule);
                                  return policy != nullptr && !policy->applies;
                                }),
                 findings.end());
  compact_stable_sort(findings, [](const Finding& a, const Finding& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
  });

  std::vector<std::size_t> offsets;
  offsets.reserve(findings.size() * 2);
  for (const Finding& f : findings) {
    offsets.push_back(f.begin);
    offsets.push_back(f.end);
  }
  to_utf16_offsets(draft.text, offsets);

  Report& report = result.report;
  std::vector<int> weights;
  report.issues.reserve(findings.size());
  weights.reserve(findings.size());
  for (std::size_t i = 0; i < findings.size(); ++i) {
    Finding& f = findings[i];
    const RuleInfo* rule = find_rule(f.rule);
    Issue issue;
    issue.rule = std::string(f.rule);
    issue.category = rule != nullptr ? rule->category : Category::kCorrectness;
    issue.severity = f.severity;
    issue.message = std::move(f.message);
    issue.start = offsets[2 * i];
    issue.end = offsets[2 * i + 1];
    issue.replacements = std::move(f.replacements);
    report.issues.push_back(std::move(issue));
    weights.push_back(finding_weight(*kind, f));
  }
  report.stats = compute_stats(draft, doc, adapted);
  score_report(draft, weights, &report);
  return result;
}

bool Checker::spell(std::string_view word) const { return impl_->speller->spell(word); }

std::vector<std::string> Checker::suggest(std::string_view word, std::size_t max) const {
  return impl_->speller->suggest(word, max);
}

bool Checker::prepare_suggestions(std::string* error) const {
  return impl_->speller->prepare_suggestions(error);
}

void Checker::add_word(std::string_view word) { impl_->speller->add_word(word); }
void Checker::remove_word(std::string_view word) { impl_->speller->remove_word(word); }
void Checker::ignore(std::string_view word) { impl_->speller->ignore(word); }

std::string_view to_string(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kInfo:
      return "info";
  }
  return "info";
}

std::string_view to_string(Category category) {
  switch (category) {
    case Category::kPersonalization:
      return "personalization";
    case Category::kClarity:
      return "clarity";
    case Category::kLength:
      return "length";
    case Category::kOriginality:
      return "originality";
    case Category::kTone:
      return "tone";
    case Category::kCorrectness:
      return "correctness";
  }
  return "correctness";
}

}  // namespace handshake
