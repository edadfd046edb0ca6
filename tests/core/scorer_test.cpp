// The scorer: categories lose their issues' points, the overall score loses
// what the categories lost, blank notes score 0, grades by score.
#include "scorer.h"

#include <gtest/gtest.h>

namespace handshake {
namespace {

Issue issue(Category category) {
  Issue i;
  i.rule = "test";
  i.category = category;
  return i;
}

TEST(Scorer, CategoriesLoseTheirIssuesPoints) {
  Draft draft;
  draft.text = "Hi";
  Report report;
  report.issues = {issue(Category::kPersonalization), issue(Category::kPersonalization),
                   issue(Category::kTone)};
  score_report(draft, {20, 30, 25}, &report);
  EXPECT_EQ(report.categories[static_cast<int>(Category::kPersonalization)], 50);
  EXPECT_EQ(report.categories[static_cast<int>(Category::kTone)], 75);
  EXPECT_EQ(report.categories[static_cast<int>(Category::kCorrectness)], 100);
  EXPECT_EQ(report.score, 25);  // 100 - 50 - 25
  EXPECT_EQ(report.grade, "poor");
  EXPECT_EQ(report.issues[0].points, 20);
  EXPECT_EQ(report.issues[2].points, 25);
}

TEST(Scorer, ACategoryBottomsOutAtZero) {
  Draft draft;
  draft.text = "Hi";
  Report report;
  report.issues = {issue(Category::kCorrectness), issue(Category::kCorrectness)};
  score_report(draft, {80, 80}, &report);
  EXPECT_EQ(report.categories[static_cast<int>(Category::kCorrectness)], 0);
  EXPECT_EQ(report.score, 0);
}

TEST(Scorer, ACleanNoteScores100AndABlankOne0) {
  Draft draft;
  draft.text = "Hi Amy, great talk at RustConf!";
  Report report;
  score_report(draft, {}, &report);
  EXPECT_EQ(report.score, 100);
  EXPECT_EQ(report.grade, "excellent");
  draft.text = " \n\t";
  score_report(draft, {}, &report);
  EXPECT_EQ(report.score, 0);
}

TEST(Scorer, IsDeterministic) {
  Draft draft;
  draft.text = "Hi";
  Report a, b;
  a.issues = b.issues = {issue(Category::kClarity), issue(Category::kLength)};
  score_report(draft, {10, 15}, &a);
  score_report(draft, {10, 15}, &b);
  EXPECT_EQ(a.score, b.score);
  EXPECT_EQ(a.score, 75);
}

TEST(Scorer, Grades) {
  EXPECT_EQ(grade_for(100), "excellent");
  EXPECT_EQ(grade_for(85), "excellent");
  EXPECT_EQ(grade_for(84), "good");
  EXPECT_EQ(grade_for(70), "good");
  EXPECT_EQ(grade_for(55), "fair");
  EXPECT_EQ(grade_for(40), "weak");
  EXPECT_EQ(grade_for(39), "poor");
}

TEST(Scorer, DefaultWeights) {
  EXPECT_GT(default_weight(Severity::kError), default_weight(Severity::kWarning));
  EXPECT_EQ(default_weight(Severity::kInfo), 0);
}

}  // namespace
}  // namespace handshake
