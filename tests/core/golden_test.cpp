// Runs every case of every tests/fixtures/**/*.notes file through the
// checker: the same cases node:test and the browser tests run.
#include <gtest/gtest.h>

#include <set>

#include "test_support.h"

namespace handshake::testing {
namespace {

class GoldenTest : public ::testing::TestWithParam<GoldenCase> {};

TEST_P(GoldenTest, MatchesExpectations) {
  const GoldenCase& c = GetParam();
  const std::string failure = verify_case(c, shared_checker().check(c.draft));
  EXPECT_TRUE(failure.empty()) << c.file << ":" << c.line << " " << c.name << ": " << failure;
}

std::string case_name(const ::testing::TestParamInfo<GoldenCase>& info) {
  std::string name = info.param.file + "_" + info.param.name;
  for (char& ch : name)
    if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')))
      ch = '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(Fixtures, GoldenTest, ::testing::ValuesIn(load_golden_cases()), case_name);

TEST(GoldenFixtures, AreNotEmptyAndNamesAreUnique) {
  const auto cases = load_golden_cases();
  ASSERT_GE(cases.size(), 10u);
  std::set<std::string> names;
  for (const auto& c : cases) EXPECT_TRUE(names.insert(c.file + "/" + c.name).second) << c.name;
}

TEST(GoldenFormat, ParsesEveryKey) {
  std::string error;
  const auto cases = parse_golden("inline", R"(# comment
=== one
platform: x
kind: thank-you
recipient: Zo\u{EB}
sender: Sam
history: first\nnote
history: second
text:  two  spaces\tand \u{1F44B}\u{D800}
expect: spelling "presentaton" => presentation
expect: no-name
expect: spelling@info "WebGPU"
forbid: salesy, pushy
forbid: *
score: 10..90
band: strong
=== two
text: x
error: unknown
)",
                                  &error);
  ASSERT_EQ(error, "");
  ASSERT_EQ(cases.size(), 2u);
  const GoldenCase& c = cases[0];
  EXPECT_EQ(c.draft.platform, "x");
  EXPECT_EQ(c.draft.kind, "thank-you");
  EXPECT_EQ(c.draft.recipient, "Zo\xC3\xAB");
  ASSERT_EQ(c.draft.history.size(), 2u);
  EXPECT_EQ(c.draft.history[0], "first\nnote");
  EXPECT_EQ(c.draft.text, " two  spaces\tand \xF0\x9F\x91\x8B\xED\xA0\x80");
  ASSERT_EQ(c.expect.size(), 3u);
  EXPECT_EQ(c.expect[0].rule, "spelling");
  EXPECT_EQ(c.expect[0].severity, "");
  EXPECT_EQ(c.expect[2].rule, "spelling");
  EXPECT_EQ(c.expect[2].severity, "info");
  EXPECT_EQ(c.expect[2].slice, "WebGPU");
  EXPECT_EQ(c.expect[0].slice, "presentaton");
  EXPECT_EQ(c.expect[0].fix, "presentation");
  EXPECT_FALSE(c.expect[1].has_slice);
  EXPECT_EQ(c.forbid, (std::vector<std::string>{"salesy", "pushy"}));
  EXPECT_TRUE(c.forbid_others);
  EXPECT_EQ(c.score_min, 10);
  EXPECT_EQ(c.score_max, 90);
  EXPECT_EQ(cases[1].error, "unknown");
}

TEST(GoldenFormat, RejectsUnknownKeys) {
  std::string error;
  parse_golden("bad", "=== a\ncolour: red\n", &error);
  EXPECT_NE(error.find("unknown key"), std::string::npos);
  error.clear();
  parse_golden("bad", "=== a\nexpect: spelling@loud\n", &error);
  EXPECT_NE(error.find("unknown severity"), std::string::npos);
}

}  // namespace
}  // namespace handshake::testing
