// Every list file in dictionaries/data names notes its rule must flag and
// notes it must allow (STYLE.md: every data rule carries its own examples),
// each run as a draft with no recipient unless the file names one.
#include <dirent.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <sstream>

#include "data_files.h"
#include "test_support.h"

namespace handshake::testing {
namespace {

struct Example {
  std::string file;
  std::string rule;
  std::string note;
  bool flag;
  std::string recipient;
};

std::vector<Example> load_examples() {
  std::vector<std::string> files;
  if (DIR* d = opendir(source_data_dir().c_str())) {
    while (dirent* e = readdir(d)) {
      const std::string name = e->d_name;
      if (name.size() > 4 && name.compare(name.size() - 4, 4, ".txt") == 0) files.push_back(name);
    }
    closedir(d);
  }
  std::sort(files.begin(), files.end());
  std::vector<Example> examples;
  const DataDir data(source_data_dir());
  for (const std::string& name : files) {
    ListFile list;
    std::string error;
    if (!data.read_list(name, &list, &error)) {
      ADD_FAILURE() << error;
      continue;
    }
    for (std::size_t i = 0; i < list.flag_examples.size(); ++i)
      examples.push_back({name, list.rule, list.flag_examples[i], true, list.flag_recipients[i]});
    for (std::size_t i = 0; i < list.allow_examples.size(); ++i)
      examples.push_back(
          {name, list.rule, list.allow_examples[i], false, list.allow_recipients[i]});
  }
  return examples;
}

class DataExampleTest : public ::testing::TestWithParam<Example> {};

// An example may open with the draft's settings, "kind=decline platform=x: ",
// for rules that only apply to some kinds of note.
Draft draft_for(const std::string& note) {
  Draft draft;
  std::string text = note;
  const std::size_t colon = text.find(": ");
  if (colon != std::string::npos &&
      (text.rfind("kind=", 0) == 0 || text.rfind("platform=", 0) == 0)) {
    std::istringstream settings(text.substr(0, colon));
    for (std::string setting; settings >> setting;) {
      if (setting.rfind("kind=", 0) == 0) draft.kind = setting.substr(5);
      if (setting.rfind("platform=", 0) == 0) draft.platform = setting.substr(9);
    }
    text = text.substr(colon + 2);
  }
  draft.text = text;
  return draft;
}

TEST_P(DataExampleTest, RuleFlagsOrAllowsIt) {
  const Example& e = GetParam();
  Draft draft = draft_for(e.note);
  draft.recipient = e.recipient;
  const CheckResult result = shared_checker().check(draft);
  ASSERT_TRUE(result.ok()) << result.error;
  const bool reported = std::any_of(result.report.issues.begin(), result.report.issues.end(),
                                    [&](const Issue& issue) { return issue.rule == e.rule; });
  EXPECT_EQ(reported, e.flag) << e.file << ": " << (e.flag ? "@flag" : "@allow") << " " << e.note
                              << (e.recipient.empty() ? "" : " (to " + e.recipient + ")");
}

std::string example_name(const ::testing::TestParamInfo<Example>& info) {
  std::string name =
      info.param.file + (info.param.flag ? "_flag_" : "_allow_") + std::to_string(info.index);
  for (char& ch : name)
    if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')))
      ch = '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(DataFiles, DataExampleTest, ::testing::ValuesIn(load_examples()),
                         example_name);

TEST(DataFiles, EveryListNamesItsRuleAndBothKindsOfExample) {
  const auto examples = load_examples();
  ASSERT_FALSE(examples.empty());
  std::map<std::string, std::pair<int, int>> counts;
  for (const auto& e : examples) (e.flag ? counts[e.file].first : counts[e.file].second)++;
  for (const auto& [file, c] : counts) {
    EXPECT_GE(c.first, 1) << file << " has no @flag example";
    EXPECT_GE(c.second, 1) << file << " has no @allow example";
  }
}

}  // namespace
}  // namespace handshake::testing
