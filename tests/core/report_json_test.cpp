#include "report_json.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <limits>
#include <string>

#include "test_support.h"
#include "utf8.h"

namespace handshake::testing {
namespace {

std::string json_string(std::string_view text) {
  std::string out;
  append_json_string(out, text);
  return out;
}

std::string json_number(double value) {
  std::string out;
  append_json_number(out, value);
  return out;
}

TEST(ReportJson, EscapesQuotesBackslashesAndControlCharacters) {
  EXPECT_EQ(json_string(""), "\"\"");
  EXPECT_EQ(json_string("plain words"), "\"plain words\"");
  EXPECT_EQ(json_string("say \"hi\""), "\"say \\\"hi\\\"\"");
  EXPECT_EQ(json_string("a\\b"), "\"a\\\\b\"");
  EXPECT_EQ(json_string("line\nnext\ttab\r"), "\"line\\u000anext\\u0009tab\\u000d\"");
  EXPECT_EQ(json_string(std::string("nul\0byte", 8)), "\"nul\\u0000byte\"");
  EXPECT_EQ(json_string("\x1f\x7f"), "\"\\u001f\x7f\"");
  // UTF-8 passes through untouched: JS decodes the whole text at once.
  EXPECT_EQ(json_string("caf\xC3\xA9 \xF0\x9F\x91\x8B \xE2\x80\xA8"),
            "\"caf\xC3\xA9 \xF0\x9F\x91\x8B \xE2\x80\xA8\"");
  EXPECT_EQ(json_string("/</script>"), "\"/</script>\"");
}

TEST(ReportJson, EveryControlCharacterIsEscaped) {
  for (int c = 0; c < 0x20; ++c) {
    const std::string out = json_string(std::string(1, static_cast<char>(c)));
    ASSERT_EQ(out.size(), 8u) << c;
    EXPECT_EQ(out.substr(0, 5), "\"\\u00") << c;
    EXPECT_EQ(std::strtol(out.substr(5, 2).c_str(), nullptr, 16), c);
  }
}

TEST(ReportJson, NumbersReadBackAsTheSameDouble) {
  EXPECT_EQ(json_number(0), "0");
  EXPECT_EQ(json_number(-0.0), "-0");
  EXPECT_EQ(json_number(42), "42");
  EXPECT_EQ(json_number(-7), "-7");
  EXPECT_EQ(json_number(300), "300");
  EXPECT_EQ(json_number(9007199254740991.0), "9007199254740991");
  EXPECT_EQ(json_number(std::numeric_limits<double>::infinity()), "1e999");
  EXPECT_EQ(json_number(-std::numeric_limits<double>::infinity()), "-1e999");
  EXPECT_EQ(json_number(std::nan("")), "null");
  EXPECT_EQ(json_number(6.1), "6.1");
  EXPECT_EQ(json_number(-0.5), "-0.5");
  EXPECT_EQ(json_number(12.05), "12.05");
  EXPECT_EQ(json_number(0.001), "0.001");
  EXPECT_EQ(json_number(1.0 / 3), "0.33333333333333331");
  for (double v : {6.1, 0.1, 1.0 / 3, 12.3, -15.59, 1e-300, 5e-324, 1.7976931348623157e308,
                   9007199254740993.0, 123456789.125}) {
    const std::string text = json_number(v);
    EXPECT_EQ(std::strtod(text.c_str(), nullptr), v) << text;
  }
  // Every reading grade the core can give (one decimal) and its neighbours.
  for (int k = -2000; k <= 200000; ++k) {
    for (double v : {k / 10.0, k / 100.0, k / 1000.0, std::nextafter(k / 10.0, 1e9)}) {
      const std::string text = json_number(v);
      ASSERT_EQ(std::strtod(text.c_str(), nullptr), v) << text;
    }
  }
}

TEST(ReportJson, WritesTheReportInTheApiOrder) {
  Report report;
  report.score = 83;
  report.grade = "good";
  for (int c = 0; c < kCategoryCount; ++c) report.categories[c] = 50 + c;
  report.stats = {162, 300, 31, 3, 6.1};
  Issue issue;
  issue.rule = "spelling";
  issue.category = Category::kCorrectness;
  issue.severity = Severity::kError;
  issue.message = "\"presentaton\" is not a word";
  issue.start = 41;
  issue.end = 52;
  issue.replacements = {"presentation", "presentations"};
  issue.points = 12;
  report.issues.push_back(issue);
  issue.rule = "no-name";
  issue.category = Category::kPersonalization;
  issue.severity = Severity::kInfo;
  issue.message = "Say hi";
  issue.replacements.clear();
  issue.points = 0;
  report.issues.push_back(issue);
  std::string out = "left over";
  write_report_json(report, out);
  EXPECT_EQ(out,
            "{\"score\":83,\"grade\":\"good\",\"categories\":{\"personalization\":50,"
            "\"clarity\":51,\"length\":52,\"originality\":53,\"tone\":54,\"correctness\":55},"
            "\"stats\":{\"characters\":162,\"limit\":300,\"words\":31,\"sentences\":3,"
            "\"readingGrade\":6.1},\"issues\":[{\"rule\":\"spelling\","
            "\"category\":\"correctness\",\"severity\":\"error\",\"message\":"
            "\"\\\"presentaton\\\" is not a word\",\"start\":41,\"end\":52,\"replacements\":"
            "[\"presentation\",\"presentations\"],\"points\":12},{\"rule\":\"no-name\","
            "\"category\":\"personalization\",\"severity\":\"info\",\"message\":\"Say hi\","
            "\"start\":41,\"end\":52,\"replacements\":[],\"points\":0}]}");
  write_report_json(Report{}, out);
  EXPECT_EQ(out,
            "{\"score\":0,\"grade\":\"\",\"categories\":{\"personalization\":0,\"clarity\":0,"
            "\"length\":0,\"originality\":0,\"tone\":0,\"correctness\":0},\"stats\":{"
            "\"characters\":0,\"limit\":0,\"words\":0,\"sentences\":0,\"readingGrade\":0},"
            "\"issues\":[]}");
}

// The JS side decodes the JSON with TextDecoder, as Embind decoded each
// string before: the two agree as long as the core's strings are valid
// UTF-8, which user text quoted in messages must not break.
TEST(ReportJson, ReportStringsAreValidUtf8) {
  const std::string texts[] = {
      "Hi Amy, I enjoyed your \xF0\x9F\x91\x8B presentaton at the caf\xC3\xA9 meetup",
      "HI AMY!!! BUY NOW \xE2\x80\x94 DISCOUNT \xF0\x9F\x92\xB0\xF0\x9F\x92\xB0 {first_name} [Company]",
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
