// The calibration corpus (tests/fixtures/calibration.notes): realistic notes
// labelled with the band a careful reader would put them in. Prints the
// pass rate per band, and holds the scorer to its promises: generic notes
// below 40, strong notes above 70 with no warnings, every strong twin above
// its generic twin. tests/wasm/calibration.test.mjs runs the same corpus
// through the wasm module.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "test_support.h"

namespace handshake::testing {
namespace {

std::vector<GoldenCase> calibration_cases() {
  std::ifstream in(fixtures_dir() + "/calibration.notes", std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  std::string error;
  auto cases = parse_golden("calibration.notes", content.str(), &error);
  EXPECT_EQ(error, "");
  return cases;
}

struct Scored {
  GoldenCase c;
  CheckResult result;
};

const std::vector<Scored>& scored() {
  static const std::vector<Scored> all = [] {
    std::vector<Scored> out;
    for (GoldenCase& c : calibration_cases()) {
      CheckResult r = shared_checker().check(c.draft);
      out.push_back({std::move(c), std::move(r)});
    }
    return out;
  }();
  return all;
}

TEST(Calibration, PassRatePerBand) {
  ASSERT_GE(scored().size(), 120u) << "the corpus needs at least 120 notes";
  std::map<std::string, std::pair<int, int>> bands;  // band -> passed, total
  std::vector<std::string> failures;
  for (const Scored& s : scored()) {
    const std::string why = verify_case(s.c, s.result);
    auto& [passed, total] = bands[s.c.band];
    ++total;
    if (why.empty()) {
      ++passed;
    } else {
      failures.push_back(s.c.name + ": " + why);
    }
  }
  int passed_all = 0, total_all = 0;
  std::printf("calibration: pass rate per band\n");
  for (const auto& [band, counts] : bands) {
    std::printf("  %-12s %3d/%-3d %5.1f%%\n", band.c_str(), counts.first, counts.second,
                100.0 * counts.first / counts.second);
    passed_all += counts.first;
    total_all += counts.second;
  }
  std::printf("  %-12s %3d/%-3d %5.1f%%\n", "all", passed_all, total_all,
              100.0 * passed_all / total_all);
  for (const std::string& f : failures) ADD_FAILURE() << f;
}

TEST(Calibration, EveryNoteHasABandAndAScoreRange) {
  for (const GoldenCase& c : calibration_cases()) {
    EXPECT_FALSE(c.band.empty()) << c.name;
    EXPECT_TRUE(c.has_score) << c.name;
  }
}

// The scorer's promises, checked in one pass over the corpus (each test
// process scores the corpus once):
// - generic notes score below 40, strong notes above 70 with no warnings;
// - each strong twin (twin-NN-strong) outscores its generic twin
//   (twin-NN-generic);
// - every point lost is tied to an issue: the categories lose exactly their
//   issues' points (floored at 0) and the overall score loses what they lost.
TEST(Calibration, ScorerKeepsItsPromises) {
  int generic = 0, strong = 0;
  std::map<std::string, int> strong_twins, generic_twins;
  for (const Scored& s : scored()) {
    ASSERT_TRUE(s.result.ok()) << s.c.name << ": " << s.result.error;
    const Report& r = s.result.report;
    if (s.c.band == "generic") {
      ++generic;
      EXPECT_LT(r.score, 40) << s.c.name;
    } else if (s.c.band == "strong") {
      ++strong;
      EXPECT_GT(r.score, 70) << s.c.name;
      for (const Issue& issue : r.issues)
        EXPECT_EQ(issue.severity, Severity::kInfo)
            << s.c.name << ": " << issue.rule << ": " << issue.message;
    }

    const std::string& name = s.c.name;
    if (name.rfind("twin-", 0) == 0) {
      const std::size_t dash = name.rfind('-');
      const std::string pair = name.substr(0, dash), side = name.substr(dash + 1);
      (side == "strong" ? strong_twins : generic_twins)[pair] = r.score;
    }

    int lost[kCategoryCount] = {};
    for (const Issue& issue : r.issues) lost[static_cast<int>(issue.category)] += issue.points;
    int total = 0;
    for (int c = 0; c < kCategoryCount; ++c) {
      EXPECT_EQ(r.categories[c], std::max(0, 100 - lost[c])) << s.c.name;
      total += 100 - r.categories[c];
    }
    EXPECT_EQ(r.score, std::max(0, 100 - total)) << s.c.name;
  }
  EXPECT_GE(generic, 20);
  EXPECT_GE(strong, 20);
  EXPECT_GE(strong_twins.size(), 10u);
  EXPECT_EQ(strong_twins.size(), generic_twins.size());
  for (const auto& [pair, score] : strong_twins) {
    ASSERT_TRUE(generic_twins.count(pair)) << pair << " has no generic twin";
    EXPECT_GT(score, generic_twins[pair]) << pair;
  }
}

TEST(Calibration, CoversEveryPlatformAndKind) {
  std::set<std::string> platforms, kinds;
  for (const GoldenCase& c : calibration_cases()) {
    platforms.insert(c.draft.platform);
    kinds.insert(c.draft.kind);
  }
  EXPECT_EQ(platforms, (std::set<std::string>{"linkedin", "linkedin-free", "facebook", "instagram",
                                              "x", "email", "generic"}));
  EXPECT_EQ(kinds,
            (std::set<std::string>{"invite", "follow-up", "thank-you", "decline", "message"}));
}

}  // namespace
}  // namespace handshake::testing
