#include "scorer.h"

#include <algorithm>
#include <cmath>

namespace handshake {

namespace {

// How much each category counts toward the overall score: what the
// etiquette guides stress most (a personal, purposeful, original note)
// weighs most.
constexpr double kCategoryWeights[kCategoryCount] = {
    0.25,  // personalization
    0.20,  // clarity
    0.10,  // length
    0.20,  // originality
    0.15,  // tone
    0.10,  // correctness
};

}  // namespace

int default_weight(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return 35;
    case Severity::kWarning:
      return 20;
    case Severity::kInfo:
      return 5;
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
  for (std::size_t i = 0; i < report->issues.size(); ++i)
    deductions[static_cast<int>(report->issues[i].category)] += issue_weights[i];
  double overall = 0;
  for (int c = 0; c < kCategoryCount; ++c) {
    report->categories[c] = std::max(0, 100 - deductions[c]);
    overall += kCategoryWeights[c] * report->categories[c];
  }
  report->score = draft.text.empty() ? 0 : static_cast<int>(std::lround(overall));
  report->grade = std::string(grade_for(report->score));
}

}  // namespace handshake
