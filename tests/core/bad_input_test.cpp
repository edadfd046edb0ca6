// Whatever a page or a paste hands the checker, a note up to 1 MB gets a
// report: empty text, lone surrogates, control and zero-width characters,
// and 1 MB inputs built to defeat scans that restart at every character.
// Linear time is measured by bench/check_bench.cpp; here every input must
// simply come back as a well-formed report.
#include <gtest/gtest.h>

#include <set>

#include "handshake/handshake.h"
#include "test_support.h"
#include "utf8.h"

namespace handshake::testing {
namespace {

const std::set<std::string> kProofreadingRules = {
    "spelling",    "repeated-word", "article",     "capitalization", "spacing",
    "punctuation", "shouting",      "placeholder", "name-mismatch"};

// `piece` repeated to just under kMaxTextBytes, cut at a character boundary.
std::string megabyte_of(const std::string& piece) {
  std::string text;
  text.reserve(kMaxTextBytes);
  while (text.size() + piece.size() <= kMaxTextBytes) text += piece;
  return text;
}

void expect_well_formed(const std::string& text, const std::string& recipient = "Ana Lima") {
  Draft draft;
  draft.text = text;
  draft.recipient = recipient;
  draft.sender =
      "Zo\xC3\xAB \xC3\x85"
      "berg";
  const CheckResult result = shared_checker().check(draft);
  ASSERT_TRUE(result.ok()) << result.error;
  const Report& r = result.report;
  const std::size_t length = utf16_length(text);
  std::size_t previous_start = 0;
  for (const Issue& issue : r.issues) {
    ASSERT_LE(issue.start, issue.end) << issue.rule;
    ASSERT_LE(issue.end, length) << issue.rule;
    ASSERT_GE(issue.start, previous_start) << "issues are ordered by start";
    previous_start = issue.start;
    ASSERT_FALSE(issue.message.empty()) << issue.rule;
  }
  EXPECT_GE(r.score, 0);
  EXPECT_LE(r.score, 100);
}

TEST(BadInput, EmptyAndBlankTextGetNoProofreadingIssues) {
  for (const std::string text : {"", " ", "\n\n\n", "\t \r\n", "\xEF\xBB\xBF"}) {
    Draft draft;
    draft.text = text;
    draft.recipient = "Ana Lima";
    const CheckResult result = shared_checker().check(draft);
    ASSERT_TRUE(result.ok());
    for (const Issue& issue : result.report.issues)
      EXPECT_EQ(kProofreadingRules.count(issue.rule), 0u) << issue.rule << " on blank text";
  }
}

TEST(BadInput, LoneSurrogatesControlsAndInvisibleCharacters) {
  expect_well_formed("Hi \xED\xA0\xBD Amy\x07\x00\x1B, great\xE2\x80\x8B talk\xEF\xBB\xBF!");
  expect_well_formed(std::string("\xED\xB0\x80\xED\xA0\x80", 6));
  expect_well_formed("\xFF\xFE\xC3(\xE2\x82 \xF0\x9F invalid bytes");
  expect_well_formed(
      "\xE2\x80\xAE"
      "reversed\xE2\x80\xAC and\xC2\xAD soft");
  expect_well_formed("Hi {first_name\xED\xA0\x80}, [Na\x01me] <\xE2\x80\x8B>");
  expect_well_formed("a\xCC\x88\xCC\x88\xCC\x88 combining marks \xCC\x88 alone");
}

TEST(BadInput, ControlCharactersAreOneFindingPerRun) {
  Draft draft;
  draft.text = "Hi Ana" + std::string(1000, '\x01') + ".";
  const CheckResult result = shared_checker().check(draft);
  ASSERT_TRUE(result.ok());
  int spacing = 0;
  for (const Issue& issue : result.report.issues) spacing += issue.rule == "spacing";
  EXPECT_EQ(spacing, 1);
}

TEST(BadInput, AFloodOfOneSlipIsCappedPerRule) {
  Draft draft;
  draft.text = megabyte_of("i ");
  const CheckResult result = shared_checker().check(draft);
  ASSERT_TRUE(result.ok());
  std::size_t capitalization = 0;
  for (const Issue& issue : result.report.issues) capitalization += issue.rule == "capitalization";
  EXPECT_EQ(capitalization, 100u);
}

class MegabyteTest : public ::testing::TestWithParam<std::string> {};

TEST_P(MegabyteTest, GetsAReport) { expect_well_formed(megabyte_of(GetParam())); }

INSTANTIATE_TEST_SUITE_P(BadInput, MegabyteTest,
                         ::testing::Values("Hi Ana, I enjoyed your talk on compilers. ", "a.", "a-",
                                           "x@b.", "{", "%", "*|A", "[Name ", "<", "(", ")", "!",
                                           ". ", "  ", "\n", "\x01", "\xE2\x80\x8B", "\xED\xA0\x80",
                                           "\xF0\x9F\x91\x8B\xF0\x9F\x8F\xBD", "xqzv ", "Xqzv. ",
                                           "a hour ", "the the ", "HELLO ", "Hi Anna. ", "i ",
                                           "https://x.dev/", "co-co-", "\xC3\xA9", "e\xCC\x81",
                                           "{first_name} ", "@a #b ", "1,", "I'", "Ph.D."),
                         [](const ::testing::TestParamInfo<std::string>& piece) {
                           return "piece" + std::to_string(piece.index);
                         });

}  // namespace
}  // namespace handshake::testing
