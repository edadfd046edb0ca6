// Files lent in memory (src/lent_files.h): what the wasm module, which has
// no file system, reads its data and dictionaries from.
#include "lent_files.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>

#include "data_files.h"
#include "handshake/handshake.h"
#include "test_support.h"

namespace handshake {
namespace {

TEST(LentFiles, FindsWhatIsLentUntilItIsTakenBack) {
  const std::string bytes("first\0second", 12);
  std::string_view found;
  EXPECT_FALSE(LentFiles::find("/lent/a.txt", &found));
  LentFiles::lend("/lent/a.txt", bytes);
  ASSERT_TRUE(LentFiles::find("/lent/a.txt", &found));
  EXPECT_EQ(found, bytes);                // zero bytes included
  EXPECT_EQ(found.data(), bytes.data());  // read in place, not copied
  const std::string other = "other";
  LentFiles::lend("/lent/a.txt", other);  // lent again: replaced
  ASSERT_TRUE(LentFiles::find("/lent/a.txt", &found));
  EXPECT_EQ(found, "other");
  EXPECT_FALSE(LentFiles::find("/lent/a.tx", &found));
  EXPECT_FALSE(LentFiles::find(nullptr, &found));
  LentFiles::take_back("/lent/a.txt");
  EXPECT_FALSE(LentFiles::find("/lent/a.txt", &found));
  LentFiles::take_back("/lent/a.txt");  // twice is harmless
  {
    const ScopedLentFile scoped("/lent/b.txt", bytes);
    EXPECT_TRUE(LentFiles::find("/lent/b.txt", &found));
  }
  EXPECT_FALSE(LentFiles::find("/lent/b.txt", &found));
  // Lent over something lent already, it gives the first back afterwards.
  LentFiles::lend("/lent/c.txt", bytes);
  {
    const ScopedLentFile over("/lent/c.txt", other);
    ASSERT_TRUE(LentFiles::find("/lent/c.txt", &found));
    EXPECT_EQ(found, "other");
  }
  ASSERT_TRUE(LentFiles::find("/lent/c.txt", &found));
  EXPECT_EQ(found.data(), bytes.data());
  LentFiles::take_back("/lent/c.txt");
}

TEST(LentFiles, TheFileReadersReadThemBeforeTheDisk) {
  const std::string path = testing::data_dir() + "/greetings.txt";
  std::string on_disk;
  ASSERT_TRUE(read_whole_file(path, &on_disk));
  const ScopedLentFile lent(path, "lent instead");
  std::string read;
  ASSERT_TRUE(read_whole_file(path, &read));
  EXPECT_EQ(read, "lent instead");
  EXPECT_EQ(file_size(path), 12);
  const ScopedLentFile empty("/lent/empty.txt", "");
  EXPECT_EQ(file_size("/lent/empty.txt"), 0);
  ASSERT_TRUE(read_whole_file("/lent/empty.txt", &read));
  EXPECT_EQ(read, "");
  EXPECT_EQ(file_size("/lent/missing.txt"), kUnreadableFile);
}

// As the wasm module loads a language: Hunspell's affix file, the packed
// word list and the frequency table exist only as lent files, and are taken
// back once the checker is made; the suggestion index, built later, needs
// none of them.
TEST(LentFiles, ACheckerLoadsFromLentFilesAlone) {
  const std::string dir = testing::data_dir() + "/hunspell/";
  std::string aff, packed, freq;
  ASSERT_TRUE(read_whole_file(dir + "en_US.aff", &aff));
  ASSERT_TRUE(read_whole_file(dir + "en_US.dic.packed", &packed));
  ASSERT_TRUE(read_whole_file(dir + "en_US.freq", &freq));
  CheckerOptions options;
  options.data_dir = testing::data_dir();
  options.aff_path = "/lent/en_US.aff";
  options.dic_path = "/lent/en_US.dic";
  std::unique_ptr<Checker> checker;
  std::string error;
  {
    const ScopedLentFile lent_aff("/lent/en_US.aff", aff);
    const ScopedLentFile lent_dic("/lent/en_US.dic.packed", packed);
    const ScopedLentFile lent_freq("/lent/en_US.freq", freq);
    checker = Checker::create(options, &error);
  }
  ASSERT_NE(checker, nullptr) << error;
  EXPECT_TRUE(checker->spell("receive"));
  EXPECT_TRUE(checker->spell("Anna's"));  // an affix rule from the lent affix file
  EXPECT_FALSE(checker->spell("recieve"));
  ASSERT_FALSE(checker->suggest("recieve").empty());
  EXPECT_EQ(checker->suggest("recieve").front(), "receive");
  // Taken back, they are gone: the same options now fail clearly.
  EXPECT_EQ(Checker::create(options, &error), nullptr);
  EXPECT_NE(error, "");
}

}  // namespace
}  // namespace handshake
