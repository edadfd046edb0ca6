#include "word_table.h"

#include <gtest/gtest.h>

namespace handshake {
namespace {

ListFile list_of(std::vector<std::string> entries) {
  ListFile list;
  list.name = "test.txt";
  list.entries = std::move(entries);
  return list;
}

TEST(WordTable, LongestMatchWinsAndExactBeatsPrefix) {
  WordTable table;
  std::string error;
  ASSERT_TRUE(WordTable::from_list(
      list_of({"a uni*", "an unin*", "a union", "an unionized*", "either herb", "an Hour*"}),
      {"a", "an", "either"}, &table, &error))
      << error;
  EXPECT_EQ(table.find("university"), "a");
  EXPECT_EQ(table.find("uninformed"), "an");
  EXPECT_EQ(table.find("union"), "a");
  EXPECT_EQ(table.find("unionized"), "an");
  EXPECT_EQ(table.find("herb"), "either");
  EXPECT_EQ(table.find("herbal"), "");
  EXPECT_EQ(table.find("hourly"), "an");  // keys are folded
  EXPECT_EQ(table.find("un"), "");
  EXPECT_EQ(table.find(""), "");
  EXPECT_EQ(table.keys_with_value("either"), std::vector<std::string>{"herb"});
}

TEST(WordTable, RejectsBadEntries) {
  WordTable table;
  std::string error;
  EXPECT_FALSE(WordTable::from_list(list_of({"maybe hour"}), {"a", "an"}, &table, &error));
  EXPECT_NE(error.find("test.txt"), std::string::npos);
  EXPECT_FALSE(WordTable::from_list(list_of({"an"}), {"a", "an"}, &table, &error));
  EXPECT_FALSE(WordTable::from_list(list_of({"an *"}), {"a", "an"}, &table, &error));
}

TEST(WordSet, FoldsEntriesAndLooksUpFolded) {
  const WordSet set(list_of({"Good Morning", "that", "THAT", "Zo\xC3\x8B"}));
  EXPECT_TRUE(set.contains("good morning"));
  EXPECT_TRUE(set.contains("that"));
  EXPECT_TRUE(set.contains("zo\xC3\xAB"));
  EXPECT_FALSE(set.contains("Good Morning"));  // callers fold first
  EXPECT_EQ(set.words().size(), 3u);
}

}  // namespace
}  // namespace handshake
