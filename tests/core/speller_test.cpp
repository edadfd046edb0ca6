// The Speller's answers on case variants. Handshake's Hunspell build decides
// an ASCII word's case type without decoding it (cmake/Hunspell.cmake); these
// answers are stock Hunspell 1.7.1's on the bundled en-US dictionary, so the
// shortcut must keep every case rule: lower-case words also Capitalized and
// in capitals, proper nouns not in lower case, mixed case only as listed,
// capitals across hyphens and apostrophes, ordinals.
#include "speller.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "test_support.h"

namespace handshake {
namespace {

TEST(Speller, ProperNounsAreTheDictionarysCapitalizedEntries) {
  // Names, their forms, in capitals, abbreviated, with a typographic apostrophe.
  for (const char* name : {"Anna", "Mark", "Grace", "Sarah", "Paris", "Anna's", "ANNA", "MARK'S",
                           "NASA", "McDonald", "St.", "ST.", "Anna\u2019s"})
    EXPECT_TRUE(testing::shared_en_us_speller().is_proper_noun(name)) << name;
  // Common words, a name typed in lower case, names the dictionary lacks,
  // forms only the common word has ("Bills"), capitals that are no name.
  for (const char* word : {"Team", "team", "Hello", "Everyone", "anna", "Zoë", "", "Qwertyuiop",
                           "Bills", "Marking", "3RD", "'TIS", "aNNA"})
    EXPECT_FALSE(testing::shared_en_us_speller().is_proper_noun(word)) << word;
  EXPECT_FALSE(testing::shared_en_us_speller().is_proper_noun(std::string(500, 'A')));
}

TEST(Speller, AcceptsTheCaseVariantsHunspellAccepts) {
  for (const char* word :
       {"house",      "House",      "HOUSE",  "Paris",      "PARIS",     "iPhone", "IPHONE",
        "McDonald",   "MCDONALD",   "NASA",   "don't",      "DON'T",     "Don't",  "o'clock",
        "O'CLOCK",    "1st",        "22nd",   "113th",      "2ND",       "3RD",    "well-known",
        "Well-Known", "WELL-KNOWN", "e-mail", "E-MAIL",     "x-ray",     "X-Ray",  "USA",
        "OK",         "I'm",        "I'M",    "A",          "a",         "I",      "i",
        "ABC",        "DVDs",       "DVDS",   "JavaScript", "JAVASCRIPT"})
    EXPECT_TRUE(testing::shared_en_us_speller().spell(word)) << word;
}

TEST(Speller, RejectsTheCaseVariantsHunspellRejects) {
  for (const char* word :
       {"hOUSE",       "HoUSE",       "houSe",       "paris",        "pARIS",        "Mcdonald",
        "mcdonald",    "nasa",        "Nasa",        "NaSa",         "O'Clock",      "11st",
        "usa",         "Usa",         "UsA",         "ok",           "Ok",           "i'm",
        "caf\xc3\xa9", "CAF\xc3\x89", "Caf\xc3\xa9", "na\xc3\xafve", "NA\xc3\x8fVE", "abc",
        "Abc",         "AbC",         "rock'n'roll", "Rock'n'Roll",  "dvds",         "javascript",
        "Javascript"})
    EXPECT_FALSE(testing::shared_en_us_speller().spell(word)) << word;
}

// Hunspell reads its files through a patched line reader
// (cmake/Hunspell.cmake): every line counts, the last one without a newline
// too, long lines whole, and Windows line ends as Hunspell always took them.
TEST(Speller, ReadsEveryLineOfItsFiles) {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() /
                                    ("handshake-speller-test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::string long_word(60, 'q');
  const std::string long_field =
      "ph:" + std::string(600, 'x');  // a line past the reader's 256-byte chunks
  {
    std::ofstream aff(dir / "t.aff", std::ios::binary);
    aff << "SET UTF-8\r\nTRY abc\r\n\r\nSFX S Y 1\nSFX S 0 s .";  // no newline at the end
    std::ofstream dic(dir / "t.dic", std::ios::binary);
    dic << "5\nzorblax/S\r\n\n"
        << long_word << "\nlongline " << long_field << "\nquuxly";  // nor here
  }
  std::string error;
  auto speller = Speller::open((dir / "t.aff").string(), (dir / "t.dic").string(), &error);
  ASSERT_NE(speller, nullptr) << error;
  EXPECT_TRUE(speller->spell("zorblax"));
  EXPECT_TRUE(speller->spell("zorblaxs"));  // the affix rule on the file's last line
  EXPECT_TRUE(speller->spell("quuxly"));    // the dictionary's last line
  EXPECT_TRUE(speller->spell(long_word));
  EXPECT_TRUE(speller->spell("longline"));
  EXPECT_FALSE(speller->spell("quux"));
  std::filesystem::remove_all(dir);
}

// Hunspell's load splits plain "word/FLAGS" lines itself, shares one flag
// vector among the words with the same flags and keeps entries in an arena
// (cmake/Hunspell.cmake); every other line takes Hunspell's own path. These
// answers are stock Hunspell 1.7.1's on the same files: escaped and leading
// slashes, empty flags, morphological fields after a tab or a space, an empty
// line, a Windows line end, hidden capitalized forms, homonyms, UTF-8, a
// forbidden word; then a word the user adds and removes again, whose flags
// other words share.
TEST(Speller, LoadsEveryKindOfWordListLineAsHunspellDoes) {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() /
                                    ("handshake-speller-lines-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  {
    std::ofstream aff(dir / "t.aff", std::ios::binary);
    aff << "SET UTF-8\nTRY esianrtolcdugmphbyfvkwz\nSFX S Y 1\nSFX S 0 s .\nSFX D Y 1\n"
           "SFX D 0 ed .\nPFX U Y 1\nPFX U 0 un .\nFORBIDDENWORD !\n";
    std::ofstream dic(dir / "t.dic", std::ios::binary);
    dic << "21\nwork/SD\nwalk/DS\r\nTalk/S\nCIA/S\nOpenOffice.org\nNASA\nand\\/or\n/slash/S\n"
           "trail/\nmorph/S\tpo:noun\nphon/S ph:fon\n\nMcDonald/S\n\xc3\xbc"
           "bung/S\n\xc3\x9c"
           "ber\nwork/U\nbad/!\nna\xc3\xafve\nREADME/S\njump/DS\n";
  }
  std::string error;
  auto speller = Speller::open((dir / "t.aff").string(), (dir / "t.dic").string(), &error);
  ASSERT_NE(speller, nullptr) << error;
  for (const char* word : {"work",
                           "works",
                           "worked",
                           "unwork",
                           "walk",
                           "walked",
                           "walks",
                           "Talk",
                           "Talks",
                           "CIA",
                           "CIAs",
                           "CIAS",
                           "OpenOffice.org",
                           "OPENOFFICE.ORG",
                           "NASA",
                           "and/or",
                           "/",
                           "trail",
                           "morph",
                           "morphs",
                           "phon",
                           "phons",
                           "McDonald",
                           "McDonalds",
                           "MCDONALDS",
                           "\xc3\xbc"
                           "bung",
                           "\xc3\xbc"
                           "bungs",
                           "\xc3\x9c"
                           "bung",
                           "\xc3\x9c"
                           "BUNG",
                           "\xc3\x9c"
                           "ber",
                           "na\xc3\xafve",
                           "NA\xc3\x8fVE",
                           "README",
                           "READMEs",
                           "jumps"})
    EXPECT_TRUE(speller->spell(word)) << word;
  for (const char* word :
       {"talk", "Cia", "Nasa", "and\\/or", "/slash", "slash", "/slashs", "trail/", "fon",
        "\xc3\xbc"
        "ber",
        "bad", "Bad", "readme"})
    EXPECT_FALSE(speller->spell(word)) << word;
  speller->add_word("walk");
  speller->remove_word("walk");
  EXPECT_FALSE(speller->spell("walk"));
  EXPECT_FALSE(speller->spell("walks"));
  for (const char* word : {"jump", "jumps", "jumped", "work", "unwork"})
    EXPECT_TRUE(speller->spell(word)) << word;
  speller.reset();
  std::filesystem::remove_all(dir);
}

// Hunspell's compound search returns at once for a word none of whose
// prefixes is a word with a COMPOUNDRULE flag, where the rules are the only
// way to compound (cmake/Hunspell.cmake). These answers are stock Hunspell
// 1.7.1's on the same files: rule compounds starting with letters and with a
// digit, case variants, an ONLYINCOMPOUND part alone, a word without a rule
// flag first or last; and a COMPOUNDFLAG dictionary, which takes the full search.
TEST(Speller, CompoundsAsHunspellDoes) {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() /
                                    ("handshake-speller-compounds-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  {
    std::ofstream(dir / "rule.aff", std::ios::binary)
        << "SET UTF-8\nCOMPOUNDMIN 1\nONLYINCOMPOUND c\nCOMPOUNDRULE 2\nCOMPOUNDRULE a*b\n"
           "COMPOUNDRULE 1c\n";
    std::ofstream(dir / "rule.dic", std::ios::binary) << "5\nfoo/a\nbar/b\nx/1\nth/c\ncat\n";
    std::ofstream(dir / "flag.aff", std::ios::binary)
        << "SET UTF-8\nCOMPOUNDFLAG X\nCOMPOUNDMIN 3\n";
    std::ofstream(dir / "flag.dic", std::ios::binary) << "3\ndog/X\nhouse/X\ncat\n";
  }
  struct Case {
    const char* dictionary;
    std::vector<const char*> accepted, rejected;
  };
  const Case cases[] = {
      {"rule",
       {"foobar", "foofoobar", "Foobar", "FOOBAR", "xth", "Xth", "bar", "foo"},
       {"barfoo", "foobarbar", "th", "xx", "catbar", "foocat", "foob", "foobarx"}},
      {"flag",
       {"doghouse", "housedog", "dogdoghouse", "Doghouse", "dog"},
       {"dogcat", "catdog", "doghous"}},
  };
  for (const Case& c : cases) {
    const std::string base = (dir / c.dictionary).string();
    std::string error;
    auto speller = Speller::open(base + ".aff", base + ".dic", &error);
    ASSERT_NE(speller, nullptr) << error;
    for (const char* word : c.accepted)
      EXPECT_TRUE(speller->spell(word)) << c.dictionary << ": " << word;
    for (const char* word : c.rejected)
      EXPECT_FALSE(speller->spell(word)) << c.dictionary << ": " << word;
  }
  std::filesystem::remove_all(dir);
}

bool suggests(const Speller& speller, std::string_view word, const std::string& suggestion) {
  const std::vector<std::string> found = speller.suggest(word, 5);
  return std::find(found.begin(), found.end(), suggestion) != found.end();
}

// The suggestions a check asks for are remembered by word; the memory
// must answer exactly as the Suggester would, and forget whenever the words
// the speller accepts change.
TEST(Speller, RemembersSuggestionsOnlyWhileTheWordListsStayTheSame) {
  std::string error;
  auto speller = Speller::open(testing::data_dir() + "/hunspell/en_US.aff",
                               testing::data_dir() + "/hunspell/en_US.dic", &error);
  ASSERT_NE(speller, nullptr) << error;
  for (const char* word : {"recieve", "Initek", "tlak", "aboutthe", "zzqx"}) {
    const std::vector<std::string> first = speller->suggest(word, 5);
    EXPECT_EQ(first, speller->suggester().suggest(word, 5)) << word;
    EXPECT_EQ(speller->suggest(word, 5), first) << word;
    // Asked for fewer, it gives the Suggester's answer for fewer.
    EXPECT_EQ(speller->suggest(word, 2), speller->suggester().suggest(word, 2)) << word;
    EXPECT_EQ(speller->suggest(word, 5), first) << word;
  }
  EXPECT_FALSE(suggests(*speller, "Initek", "Initech"));
  speller->add_word("Initech");
  EXPECT_TRUE(suggests(*speller, "Initek", "Initech"));
  speller->remove_word("Initech");
  EXPECT_FALSE(suggests(*speller, "Initek", "Initech"));
  speller->add_dictionary_words({"Initech"});
  EXPECT_TRUE(suggests(*speller, "Initek", "Initech"));
  // More words than it remembers: it starts over and still answers the same.
  for (int i = 0; i < 600; ++i) {
    const std::string word = "qwz" + std::to_string(i) + "recieve";
    EXPECT_EQ(speller->suggest(word, 5), speller->suggester().suggest(word, 5));
  }
  EXPECT_EQ(speller->suggest("recieve", 5).at(0), "receive");
}

}  // namespace
}  // namespace handshake
