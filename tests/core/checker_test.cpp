#include <gtest/gtest.h>

#include <fstream>

#include "handshake/handshake.h"
#include "test_support.h"
#include "utf8.h"

namespace handshake::testing {
namespace {

CheckResult check_text(const std::string& text, const std::string& platform = "linkedin") {
  Draft draft;
  draft.text = text;
  draft.platform = platform;
  return shared_checker().check(draft);
}

TEST(Checker, ReportsSpellingWithUtf16Offsets) {
  const std::string text = "Hi Amy, I enjoyed your \xF0\x9F\x91\x8B presentaton";
  const CheckResult result = check_text(text);
  ASSERT_TRUE(result.ok()) << result.error;
  const Issue* spelling = nullptr;
  for (const Issue& issue : result.report.issues)
    if (issue.rule == "spelling") spelling = &issue;
  ASSERT_NE(spelling, nullptr);
  EXPECT_EQ(utf16_slice(text, spelling->start, spelling->end), "presentaton");
  EXPECT_EQ(spelling->start, 26u);  // the emoji is two UTF-16 units
  EXPECT_EQ(spelling->severity, Severity::kError);
  EXPECT_EQ(spelling->category, Category::kCorrectness);
  ASSERT_FALSE(spelling->replacements.empty());
  EXPECT_EQ(spelling->replacements[0], "presentation");
}

// Preparing the suggestion index ahead of time changes when it is built,
// never what it answers: a prepared checker suggests and reports exactly
// what a fresh one does when it builds the index inside its first check.
TEST(Checker, PreparedSuggestionsAnswerLikeLazyOnes) {
  const auto prepared = make_checker();
  const auto lazy = make_checker();
  std::string error = "unchanged";
  EXPECT_TRUE(prepared->prepare_suggestions(&error));
  EXPECT_TRUE(error.empty() || error == "unchanged") << error;
  EXPECT_TRUE(prepared->prepare_suggestions());  // a second call returns at once
  Draft draft;
  draft.text = "Hi Amy, I enjoyed your presentaton and would love to recieve the sildes.";
  draft.platform = "linkedin";
  const CheckResult a = prepared->check(draft);
  const CheckResult b = lazy->check(draft);
  ASSERT_TRUE(a.ok() && b.ok());
  ASSERT_EQ(a.report.issues.size(), b.report.issues.size());
  int spelling = 0;
  for (std::size_t i = 0; i < a.report.issues.size(); ++i) {
    EXPECT_EQ(a.report.issues[i].rule, b.report.issues[i].rule);
    EXPECT_EQ(a.report.issues[i].replacements, b.report.issues[i].replacements);
    if (a.report.issues[i].rule == "spelling") ++spelling;
  }
  EXPECT_EQ(spelling, 3);
  EXPECT_EQ(prepared->suggest("presentaton"), lazy->suggest("presentaton"));
  EXPECT_EQ(prepared->suggest("presentaton").front(), "presentation");
}

TEST(Checker, StatsCountTheWayThePlatformCounts) {
  const CheckResult result = check_text("Hi Amy \xF0\x9F\x91\x8B. Great talk!");
  ASSERT_TRUE(result.ok());
  const Stats& s = result.report.stats;
  EXPECT_EQ(s.characters, 22u);  // UTF-16: the emoji counts 2
  EXPECT_EQ(s.limit, 300u);
  EXPECT_EQ(s.words, 4u);
  EXPECT_EQ(s.sentences, 2u);
  const CheckResult x = check_text("Hi Amy \xF0\x9F\x91\x8B. Great talk!", "x");
  EXPECT_EQ(x.report.stats.characters, 21u);  // code points
}

TEST(Checker, OverLimitSpansTheCutOffPart) {
  const std::string text(310, 'a');
  const CheckResult result = check_text(text, "linkedin");
  ASSERT_TRUE(result.ok());
  bool found = false;
  for (const Issue& issue : result.report.issues) {
    if (issue.rule != "over-limit") continue;
    found = true;
    EXPECT_EQ(issue.start, 300u);
    EXPECT_EQ(issue.end, 310u);
    EXPECT_EQ(issue.severity, Severity::kError);
    EXPECT_NE(issue.message.find("10 characters over"), std::string::npos) << issue.message;
  }
  EXPECT_TRUE(found);
}

TEST(Checker, UnknownPlatformKindAndHugeTextAreErrors) {
  Draft draft;
  draft.text = "Hi";
  draft.platform = "myspace";
  EXPECT_NE(shared_checker().check(draft).error.find("unknown platform 'myspace'"),
            std::string::npos);
  draft.platform = "linkedin";
  draft.kind = "poke";
  EXPECT_NE(shared_checker().check(draft).error.find("unknown kind 'poke'"), std::string::npos);
  draft.kind = "invite";
  draft.text.assign(kMaxTextBytes + 1, 'a');
  EXPECT_NE(shared_checker().check(draft).error.find("up to"), std::string::npos);
  draft.text = "Still works after errors.";
  EXPECT_TRUE(shared_checker().check(draft).ok());
}

TEST(Checker, EmptyTextScoresZeroWithoutCrashing) {
  const CheckResult result = check_text("");
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.report.score, 0);
  EXPECT_EQ(result.report.stats.words, 0u);
}

TEST(Checker, ScoreAndGradeAreConsistent) {
  const CheckResult result = check_text("Hi Amy, I enjoyed your talk.");
  ASSERT_TRUE(result.ok());
  EXPECT_GE(result.report.score, 0);
  EXPECT_LE(result.report.score, 100);
  EXPECT_FALSE(result.report.grade.empty());
  for (int c : result.report.categories) {
    EXPECT_GE(c, 0);
    EXPECT_LE(c, 100);
  }
}

TEST(Checker, PersonalDictionary) {
  auto checker = make_checker();
  EXPECT_FALSE(checker->spell("Initech"));
  checker->add_word("Initech");
  EXPECT_TRUE(checker->spell("Initech"));
  checker->remove_word("Initech");
  EXPECT_FALSE(checker->spell("Initech"));
  checker->ignore("Zorblax");
  EXPECT_TRUE(checker->spell("Zorblax"));
}

TEST(Checker, ProjectWordsAndCurlyApostrophes) {
  EXPECT_TRUE(shared_checker().spell("LinkedIn"));
  EXPECT_TRUE(
      shared_checker().spell("I\xE2\x80\x99"
                             "d"));
  EXPECT_FALSE(shared_checker().spell("recieve"));
}

TEST(Checker, DisabledRulesAreLeftOut) {
  CheckerOptions options;
  options.disabled_rules = {"spelling"};
  auto checker = make_checker(options);
  Draft draft;
  draft.text = "I enjoyed your presentaton.";
  for (const Issue& issue : checker->check(draft).report.issues) EXPECT_NE(issue.rule, "spelling");
}

TEST(Checker, CreateFailsClearly) {
  std::string error;
  CheckerOptions options;
  options.data_dir = data_dir();
  options.language = "fr-FR";
  EXPECT_EQ(Checker::create(options, &error), nullptr);
  EXPECT_NE(error.find("unknown language"), std::string::npos);

  options.language = "en-US";
  options.disabled_rules = {"no-such-rule"};
  EXPECT_EQ(Checker::create(options, &error), nullptr);
  EXPECT_NE(error.find("unknown rule id"), std::string::npos);

  options.disabled_rules.clear();
  options.aff_path = "/nonexistent.aff";
  options.dic_path = "/nonexistent.dic";
  EXPECT_EQ(Checker::create(options, &error), nullptr);
  EXPECT_NE(error.find("cannot read"), std::string::npos);

  options = CheckerOptions{};
  EXPECT_EQ(Checker::create(options, &error), nullptr);
  EXPECT_NE(error.find("data folder"), std::string::npos);
}

TEST(Checker, CorruptDictionaryIsAnError) {
  const std::string aff = ::testing::TempDir() + "corrupt.aff";
  const std::string dic = ::testing::TempDir() + "corrupt.dic";
  std::ofstream(aff) << "SET UTF-8\n";
  std::ofstream(dic) << "\x89PNG garbage\n";
  CheckerOptions options;
  options.data_dir = data_dir();
  options.aff_path = aff;
  options.dic_path = dic;
  std::string error;
  EXPECT_EQ(Checker::create(options, &error), nullptr);
  EXPECT_NE(error.find("not a Hunspell word list"), std::string::npos) << error;
}

TEST(Checker, BritishDictionary) {
  CheckerOptions options;
#ifdef __EMSCRIPTEN__
  // The wasm data folder carries en-US only (en-GB ships beside the module):
  // load the same en-GB files by path, as the JS library does.
  options.aff_path = HANDSHAKE_TEST_EN_GB_PREFIX ".aff";
  options.dic_path = HANDSHAKE_TEST_EN_GB_PREFIX ".dic";
#else
  options.language = "en-GB";
#endif
  auto checker = make_checker(options);
  EXPECT_TRUE(checker->spell("colour"));
  EXPECT_TRUE(checker->spell("organise"));
  EXPECT_FALSE(shared_checker().spell("colour"));
}

// The wasm boundary sends a report's strings as one UTF-8 text with each
// string's UTF-16 length (wasm/bindings.cpp): that needs valid UTF-8, which
// user text quoted in messages must not break (else the report goes property
// by property, the slower way).
TEST(Checker, ReportStringsAreValidUtf8) {
  const std::string texts[] = {
      "Hi Amy, I enjoyed your \xF0\x9F\x91\x8B presentaton at the caf\xC3\xA9 meetup",
      "HI AMY!!! BUY NOW \xE2\x80\x94 DISCOUNT \xF0\x9F\x92\xB0\xF0\x9F\x92\xB0 {first_name} "
      "[Company]",
      "Hi \xC3\x89lo\xC3\xAFse, I'd like to add you to my professional network. "
      "\xE3\x81\x93\xE3\x82\x93\xE3\x81\xAB\xE3\x81\xA1\xE3\x81\xAF the the recieve "
      "\xE2\x80\x9Cquoted\xE2\x80\x9D",
      std::string(400, 'a') + " \xF0\x9F\x98\x80" + std::string(300, 'b'),
  };
  auto check_strings = [](const Report& report, const std::string& what) {
    EXPECT_TRUE(is_valid_utf8(report.grade)) << what;
    for (const Issue& issue : report.issues) {
      EXPECT_TRUE(is_valid_utf8(issue.rule)) << what;
      EXPECT_TRUE(is_valid_utf8(issue.message)) << what << ": " << issue.message;
      for (const std::string& r : issue.replacements)
        EXPECT_TRUE(is_valid_utf8(r)) << what << ": " << r;
    }
  };
  for (const std::string& text : texts) {
    Draft draft;
    draft.text = text;
    draft.recipient = "Amy Chen";
    const CheckResult result = shared_checker().check(draft);
    ASSERT_TRUE(result.ok()) << result.error;
    check_strings(result.report, text);
  }
  for (const GoldenCase& c : load_golden_cases()) {
    if (!is_valid_utf8(c.draft.text)) continue;
    const CheckResult result = shared_checker().check(c.draft);
    if (result.ok()) check_strings(result.report, c.file + ":" + std::to_string(c.line));
  }
}

}  // namespace
}  // namespace handshake::testing
