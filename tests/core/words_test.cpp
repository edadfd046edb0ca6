// The project word list (dictionaries/data/words.txt): every entry fills a
// gap in plain Hunspell en-US or en-GB, and the checker accepts it.
#include <gtest/gtest.h>
#include <hunspell.hxx>

#include <fstream>
#include <set>

#include "data_files.h"
#include "test_support.h"

namespace handshake::testing {
namespace {

std::vector<std::string> project_words() {
  ListFile list;
  std::string error;
  EXPECT_TRUE(DataDir(source_data_dir()).read_list("words.txt", &list, &error)) << error;
  return list.entries;
}

bool exists(const std::string& path) { return std::ifstream(path).good(); }

TEST(ProjectWords, AreSingleUniqueWords) {
  const auto words = project_words();
  ASSERT_GE(words.size(), 200u);
  std::set<std::string> seen;
  for (const std::string& word : words) {
    EXPECT_TRUE(seen.insert(word).second) << "listed twice: " << word;
    EXPECT_EQ(word.find_first_of(" \t"), std::string::npos) << "not one word: " << word;
  }
}

TEST(ProjectWords, EachIsMissingFromPlainEnUsOrEnGb) {
  const std::string dir = data_dir() + "/hunspell/";
  if (!exists(dir + "en_GB.dic"))
    GTEST_SKIP() << "en_GB is not in this build's data folder (the wasm module fetches it on "
                    "demand); the native run checks both";
  Hunspell en_us((dir + "en_US.aff").c_str(), (dir + "en_US.dic").c_str());
  Hunspell en_gb((dir + "en_GB.aff").c_str(), (dir + "en_GB.dic").c_str());
  ASSERT_TRUE(en_us.spell(std::string("receive")));
  ASSERT_TRUE(en_gb.spell(std::string("colour")));
  for (const std::string& word : project_words())
    EXPECT_FALSE(en_us.spell(word) && en_gb.spell(word))
        << word << " is in both plain dictionaries already: remove it from words.txt";
}

TEST(ProjectWords, TheCheckerAcceptsEach) {
  std::vector<std::unique_ptr<Checker>> checkers;
  checkers.push_back(make_checker());
  if (exists(data_dir() + "/hunspell/en_GB.dic")) {
    CheckerOptions en_gb;
    en_gb.language = "en-GB";
    checkers.push_back(make_checker(en_gb));
  }
  for (const auto& checker : checkers) {
    for (const std::string& word : project_words()) {
      EXPECT_TRUE(checker->spell(word)) << word;
      Draft draft;
      draft.text = "I mentioned " + word + " in my note.";
      const CheckResult result = checker->check(draft);
      ASSERT_TRUE(result.ok()) << result.error;
      for (const Issue& issue : result.report.issues)
        EXPECT_NE(issue.rule, "spelling") << word << ": " << issue.message;
    }
  }
}

TEST(ProjectWords, KeepTheirCase) {
  // A capitalized entry is a name: only its own casing (and all capitals) is right.
  const Checker& checker = shared_checker();
  EXPECT_TRUE(checker.spell("LinkedIn"));
  EXPECT_FALSE(checker.spell("linkedin"));
  EXPECT_TRUE(checker.spell("onboarding"));
  EXPECT_TRUE(checker.spell("Onboarding"));
}

}  // namespace
}  // namespace handshake::testing
