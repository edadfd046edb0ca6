#include "scorer.h"

#include <algorithm>

namespace handshake {

// The model, chosen so a report explains itself:
// - each category starts at 100 and loses the sum of its issues' weights
//   (floored at 0);
// - the overall score starts at 100 and loses every point the categories
//   lost, so "62" always reads as "100 minus these issues";
// - a blank note scores 0 (its too-short issue says why).
// Weights come from dictionaries/data/weights.tsv by rule and kind of note,
// calibrated on tests/fixtures/calibration.notes.

int default_weight(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return 12;
    case Severity::kWarning:
      return 6;
    case Severity::kInfo:
      return 0;  // tips cost nothing
  }
  return 0;
}

std::string_view grade_for(int score) {
  if (score >= 85) return "excellent";
  if (score >= 70) return "good";
  if (score >= 55) return "fair";
  if (score >= 40) return "weak";
  return "poor";
}

void score_report(const Draft& draft, const std::vector<int>& issue_weights, Report* report) {
  int deductions[kCategoryCount] = {};
  for (std::size_t i = 0; i < report->issues.size() && i < issue_weights.size(); ++i) {
    Issue& issue = report->issues[i];
    issue.points = std::max(0, issue_weights[i]);
    deductions[static_cast<int>(issue.category)] += issue.points;
  }
  int lost = 0;
  for (int c = 0; c < kCategoryCount; ++c) {
    report->categories[c] = std::max(0, 100 - deductions[c]);
    lost += 100 - report->categories[c];
  }
  const bool blank = std::all_of(draft.text.begin(), draft.text.end(), [](char ch) {
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
  });
  report->score = blank ? 0 : std::max(0, 100 - lost);
  report->grade = std::string(grade_for(report->score));
}

}  // namespace handshake
