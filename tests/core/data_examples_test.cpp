// Every list file in dictionaries/data names notes its rule must flag and
// notes it must allow (STYLE.md: every data rule carries its own examples).
#include <dirent.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "data_files.h"
#include "test_support.h"

namespace handshake::testing {
namespace {

struct Example {
  std::string file;
  std::string rule;
  std::string note;
  bool flag;
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
    for (const auto& note : list.flag_examples) examples.push_back({name, list.rule, note, true});
    for (const auto& note : list.allow_examples) examples.push_back({name, list.rule, note, false});
  }
  return examples;
}

class DataExampleTest : public ::testing::TestWithParam<Example> {};

TEST_P(DataExampleTest, RuleFlagsOrAllowsIt) {
  const Example& e = GetParam();
  Draft draft;
  draft.text = e.note;
  const CheckResult result = shared_checker().check(draft);
  ASSERT_TRUE(result.ok()) << result.error;
  const bool reported = std::any_of(result.report.issues.begin(), result.report.issues.end(),
                                    [&](const Issue& issue) { return issue.rule == e.rule; });
  EXPECT_EQ(reported, e.flag) << e.file << ": " << (e.flag ? "@flag" : "@allow") << " " << e.note;
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
