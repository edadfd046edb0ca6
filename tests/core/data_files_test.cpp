#include "data_files.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

namespace handshake {
namespace {

TEST(DataFiles, ListExamplesTakeARecipientAndEscapes) {
  ListFile list;
  std::string error;
  ASSERT_TRUE(parse_list("names.txt",
                         "# comment\n@rule name-mismatch\n@flag no one\n@recipient Ana Lima\n"
                         "@flag Hi Anna,\\nBest\n@allow Hi Zoe\\u{308} \\\\ \\t!\n@recipient\n"
                         "@allow bare\nentry one\n",
                         &list, &error))
      << error;
  EXPECT_EQ(list.rule, "name-mismatch");
  EXPECT_EQ(list.flag_examples, (std::vector<std::string>{"no one", "Hi Anna,\nBest"}));
  EXPECT_EQ(list.flag_recipients, (std::vector<std::string>{"", "Ana Lima"}));
  EXPECT_EQ(list.allow_examples, (std::vector<std::string>{"Hi Zoe\xCC\x88 \\ \t!", "bare"}));
  EXPECT_EQ(list.allow_recipients, (std::vector<std::string>{"Ana Lima", ""}));
  EXPECT_EQ(list.entries, std::vector<std::string>{"entry one"});
}

TEST(DataFiles, BadEscapesStayLiteral) {
  ListFile list;
  std::string error;
  ASSERT_TRUE(parse_list("x.txt", "@flag a\\u{zz} b\\u{110000} c\\q d\\\n", &list, &error));
  EXPECT_EQ(list.flag_examples[0], "a\\u{zz} b\\u{110000} c\\q d\\");
}

TEST(DataFiles, UnknownDirectiveIsAnError) {
  ListFile list;
  std::string error;
  EXPECT_FALSE(parse_list("x.txt", "@colour red\n", &list, &error));
  EXPECT_NE(error.find("x.txt:1"), std::string::npos);
}

}  // namespace
}  // namespace handshake

// Files are read with stdio (no iostreams in the wasm module): the whole file,
// its size, and a clear "unreadable" for a path that does not open.
TEST(DataFiles, ReadsWholeFilesAndTheirSizesWithStdio) {
  const std::string path = ::testing::TempDir() + "handshake-read-whole-file.txt";
  std::string bytes = "first line\nsecond\r\n";
  bytes += std::string(70000, 'x');  // past any one read's buffer
  bytes.push_back('\0');
  bytes += "after a zero byte";
  std::FILE* file = std::fopen(path.c_str(), "wb");
  ASSERT_NE(file, nullptr);
  ASSERT_EQ(std::fwrite(bytes.data(), 1, bytes.size(), file), bytes.size());
  std::fclose(file);

  std::string read = "stale";
  ASSERT_TRUE(handshake::read_whole_file(path, &read));
  EXPECT_TRUE(read == bytes);
  EXPECT_EQ(handshake::file_size(path), static_cast<long long>(bytes.size()));
  std::remove(path.c_str());

  EXPECT_FALSE(handshake::read_whole_file(path, &read));
  EXPECT_EQ(handshake::file_size(path), handshake::kUnreadableFile);
}
