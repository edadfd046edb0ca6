#include "packed_dictionary.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "handshake/handshake.h"
#include "test_support.h"

namespace handshake {
namespace {

namespace fs = std::filesystem;

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

fs::path hunspell_dir() { return fs::path(testing::data_dir()) / "hunspell"; }

TEST(PackedDictionaryTest, UnpacksToTheDicItWasPackedFrom) {
  const fs::path dic = fs::path(testing::dictionary_cache_dir()) / "en_US.dic";
  if (!fs::exists(dic)) GTEST_SKIP() << "this build embeds only the packed form";
  std::string original = read_file(dic);
  if (!original.empty() && original.back() != '\n') original.push_back('\n');
  std::string unpacked, error;
  ASSERT_TRUE(unpack_dictionary(read_file(hunspell_dir() / "en_US.dic.packed"), &unpacked, &error))
      << error;
  EXPECT_EQ(unpacked.size(), original.size());
  EXPECT_TRUE(unpacked == original);
}

TEST(PackedDictionaryTest, ACheckerLoadsThePackedFormAlone) {
  const fs::path dir = fs::temp_directory_path() / "handshake-packed-test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  fs::copy_file(hunspell_dir() / "en_US.aff", dir / "en_US.aff");
  fs::copy_file(hunspell_dir() / "en_US.dic.packed", dir / "en_US.dic.packed");

  CheckerOptions options;
  options.data_dir = testing::data_dir();
  options.aff_path = (dir / "en_US.aff").string();
  options.dic_path = (dir / "en_US.dic").string();  // absent: the packed form stands in
  std::string error;
  std::unique_ptr<Checker> checker = Checker::create(options, &error);
  ASSERT_TRUE(checker) << error;
  EXPECT_TRUE(checker->spell("presentation"));
  EXPECT_TRUE(checker->spell("connections"));
  EXPECT_FALSE(checker->spell("presentaton"));
  const std::vector<std::string> suggestions = checker->suggest("presentaton");
  ASSERT_FALSE(suggestions.empty());
  EXPECT_EQ(suggestions[0], "presentation");
  // Only the packed file and the .aff are left: the unpacked copy was temporary.
  EXPECT_FALSE(fs::exists(dir / "en_US.dic"));
  fs::remove_all(dir);
}

TEST(PackedDictionaryTest, RoundTripsEdgeCases) {
  // Stems without flags, empty lines, a line longer than 255 shared bytes,
  // bytes of every kind but the newline.
  const std::string long_stem(300, 'a');
  std::string packed = "HSDIC2 5\n5\n";
  packed += std::string("\0\3\0\0\xff", 5);   // bytes shared with the stem before
  packed += "cat\ns\n\n" + long_stem + "\n";  // cat, cats, (empty line), aaa...a
  packed += "ab\xc3\xa9\t\r\n";               // aaa...a (255) + "ab\u00e9\t\r"
  packed += "/MS\n\n\n/X\n po:noun\n";
  std::string dic, error;
  ASSERT_TRUE(unpack_dictionary(packed, &dic, &error)) << error;
  EXPECT_EQ(dic, "5\ncat/MS\ncats\n\n" + long_stem + "/X\n" + std::string(255, 'a') +
                     "ab\xc3\xa9\t\r po:noun\n");
}

TEST(PackedDictionaryTest, RejectsCorruptInputWithAClearError) {
  const std::string valid = std::string("HSDIC2 2\n2\n") + '\0' + '\3' + "cat\ns\n/MS\n\n";
  std::string dic, error;
  ASSERT_TRUE(unpack_dictionary(valid, &dic, &error)) << error;
  EXPECT_EQ(dic, "2\ncat/MS\ncats\n");

  const std::string corrupt[] = {
      "",
      "HSDIC1 2\n2\n",                                                 // unknown header
      "HSDIC2 \n2\n",                                                  // no count
      "HSDIC2 2x\n2\n",                                                // bad count
      "HSDIC2 999999999\n2\n",                                         // count beyond the data
      "HSDIC2 2\n2",                                                   // no word count line end
      std::string("HSDIC2 2\n2\n") + '\0',                             // prefix lengths cut short
      std::string("HSDIC2 2\n2\n") + '\0' + '\3' + "cat\n",            // stems cut short
      std::string("HSDIC2 2\n2\n") + '\0' + '\4' + "cat\ns\n/MS\n\n",  // prefix too long
      std::string("HSDIC2 2\n2\n") + '\0' + '\3' + "cat\ns\n/MS\n",    // flags cut short
      valid + "extra",                                                 // trailing bytes
  };
  for (const std::string& input : corrupt) {
    error.clear();
    EXPECT_FALSE(unpack_dictionary(input, &dic, &error)) << input;
    EXPECT_NE(error.find("corrupt packed dictionary"), std::string::npos) << error;
  }
}

}  // namespace
}  // namespace handshake
