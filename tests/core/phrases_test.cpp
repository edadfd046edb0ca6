// The tolerant phrase matcher: normalization (case, apostrophes,
// contractions, possessives), pattern syntax and the small-change budget.
#include "phrases.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "test_support.h"

namespace handshake::testing {
namespace {

const Normalizer& normalizer() {
  static const Normalizer n = [] {
    Normalizer loaded;
    std::string error;
    EXPECT_TRUE(loaded.load(DataDir(source_data_dir()), &error)) << error;
    return loaded;
  }();
  return n;
}

std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> out;
  normalizer().normalize_words(text, &out);
  return out;
}

PhraseList compile(const std::vector<std::string>& entries) {
  ListFile list;
  list.name = "test.txt";
  list.rule = "generic-phrase";
  list.entries = entries;
  PhraseList phrases;
  std::string error;
  EXPECT_TRUE(phrases.compile(list, normalizer(), &error)) << error;
  return phrases;
}

// The matched slices of `text`, in order.
std::vector<std::string> matches(const PhraseList& phrases, const std::string& text,
                                 const std::string& recipient = "") {
  const Document doc = analyze(text);
  NormalText words;
  normalizer().normalize(doc, recipient, &words);
  std::vector<PhraseMatch> found;
  phrases.find_all(words, &found);
  std::vector<std::string> out;
  for (const PhraseMatch& m : found) {
    const std::uint32_t begin = words.words[m.first_word].begin;
    out.push_back(text.substr(begin, words.words[m.last_word].end - begin));
  }
  EXPECT_EQ(phrases.contains(words), !out.empty()) << text;
  return out;
}

using Strings = std::vector<std::string>;

// normalize_words takes a lower-case ASCII word as it is; the full analysis
// must agree for every such word the data lists use (and a few hard ones).
TEST(Normalizer, PlainWordsNormalizeToThemselves) {
  std::vector<std::string> plain = {"a",  "i", "st", "th", "nd", "x",  "ok",
                                    "re", "s", "t",  "ll", "ve", "etc"};
  for (const std::filesystem::directory_entry& file :
       std::filesystem::directory_iterator(source_data_dir())) {
    if (file.path().extension() != ".txt") continue;
    std::ifstream in(file.path());
    std::string line;
    while (std::getline(in, line)) {
      std::string word;
      for (char c : line + " ") {
        if (c >= 'a' && c <= 'z') {
          word += c;
        } else {
          if (!word.empty()) plain.push_back(word);
          word.clear();
        }
      }
    }
  }
  ASSERT_GT(plain.size(), 500u);
  for (const std::string& word : plain) {
    NormalText normal;
    normalizer().normalize(analyze(word), {}, &normal);
    Strings analyzed;
    for (const NormalWord& w : normal.words) analyzed.emplace_back(w.text);
    EXPECT_EQ(words_of(word), analyzed) << word;
  }
}

TEST(Normalizer, FoldsCaseAndExpandsContractions) {
  EXPECT_EQ(words_of("I'd like"), (Strings{"i", "would", "like"}));
  EXPECT_EQ(words_of("I\xE2\x80\x99M HERE"), (Strings{"i", "am", "here"}));
  EXPECT_EQ(words_of("Let's connect!"), (Strings{"let", "us", "connect"}));
  EXPECT_EQ(words_of("haven't, won't"), (Strings{"have", "not", "will", "not"}));
  EXPECT_EQ(words_of("Amy's talk"), (Strings{"amy", "talk"}));
  EXPECT_EQ(words_of("Zoë ÅBERG"), (Strings{"zoë", "åberg"}));
}

TEST(Normalizer, MarksTheRecipientsNameAndNonSpecificWords) {
  const Document doc = analyze("Hi Amy, I saw Chen-Li on LinkedIn at RustConf.");
  NormalText words;
  normalizer().normalize(doc, "Amy Chen-Li", &words);
  ASSERT_EQ(words.words.size(), 9u);
  EXPECT_TRUE(words.words[1].masked);         // Amy
  EXPECT_TRUE(words.words[4].masked);         // Chen-Li
  EXPECT_TRUE(words.words[6].non_specific);   // LinkedIn
  EXPECT_FALSE(words.words[8].non_specific);  // RustConf
  EXPECT_TRUE(words.words[8].capitalized);
  EXPECT_TRUE(words.words[0].sentence_initial);
  EXPECT_FALSE(words.words[3].capitalized);  // "saw"
}

TEST(Normalizer, NameParts) {
  EXPECT_TRUE(is_name_part("Amy Chen-Li", "amy"));
  EXPECT_TRUE(is_name_part("Amy Chen-Li", "li"));
  EXPECT_TRUE(is_name_part("Amy Chen-Li", "chen-li"));
  EXPECT_TRUE(is_name_part("Zoë Åberg", "åberg"));
  EXPECT_FALSE(is_name_part("Amy Chen", "am"));
  EXPECT_FALSE(is_name_part("", "amy"));
}

TEST(PhraseList, MatchesAcrossContractionsCaseAndPunctuation) {
  const PhraseList p = compile({"i would like to add you to my [professional] network"});
  EXPECT_EQ(matches(p, "I'd like to add you to my professional network."),
            (Strings{"I'd like to add you to my professional network"}));
  EXPECT_EQ(matches(p,
                    "I\xE2\x80\x99"
                    "D LIKE TO ADD YOU TO MY NETWORK"),
            (Strings{"I\xE2\x80\x99"
                     "D LIKE TO ADD YOU TO MY NETWORK"}));
  EXPECT_EQ(matches(p, "Hi, I would like to add you to my network on LinkedIn."),
            (Strings{"I would like to add you to my network"}));
}

TEST(PhraseList, ToleratesSmallChangesInLongPatterns) {
  const PhraseList p = compile({"i would like to add you to my [professional] network"});
  // One swapped word, one extra word: two changes for a pattern of 9 words.
  EXPECT_EQ(matches(p, "I would love to add you to my LinkedIn network"),
            (Strings{"I would love to add you to my LinkedIn network"}));
  // Three changes are too many.
  EXPECT_TRUE(matches(p, "I would really love to add you to our LinkedIn network").empty());
  // The last word must match.
  EXPECT_TRUE(matches(p, "I would like to add you to my team").empty());
}

TEST(PhraseList, ShortPatternsMatchExactly) {
  const PhraseList p = compile({"love your content"});
  EXPECT_EQ(matches(p, "Love your content!"), (Strings{"Love your content"}));
  EXPECT_TRUE(matches(p, "Love all your content").empty());
}

TEST(PhraseList, AlternativesPrefixesNumbersAndCapitals) {
  const PhraseList p =
      compile({"book|schedule a [quick] demo", "swap*", "<num> off", "<cap> suggested"});
  EXPECT_EQ(matches(p, "Can we schedule a quick demo?"), (Strings{"schedule a quick demo"}));
  EXPECT_EQ(matches(p, "keep swapping notes"), (Strings{"swapping"}));
  EXPECT_EQ(matches(p, "Get 50% off today"), (Strings{"50% off"}));
  EXPECT_EQ(matches(p, "Maya suggested I write"), (Strings{"Maya suggested"}));
  // <cap> skips the recipient's name and non-specific words.
  EXPECT_TRUE(matches(p, "Amy suggested I write", "Amy Chen").empty());
  EXPECT_TRUE(matches(p, "Well, LinkedIn suggested I write").empty());
}

TEST(PhraseList, SentenceAnchors) {
  const PhraseList p = compile({"let us connect $", "^ no thanks $"});
  EXPECT_EQ(matches(p, "Great talk. Let's connect!"), (Strings{"Let's connect"}));
  EXPECT_TRUE(matches(p, "Let's connect and compare notes on Rust.").empty());
  EXPECT_EQ(matches(p, "No thanks."), (Strings{"No thanks"}));
  EXPECT_TRUE(matches(p, "No thanks, but I appreciate it.").empty());
}

TEST(PhraseList, WordsAfterAPlusMustFollowButAreNotReported) {
  const PhraseList p = compile({"i came across your profile + and|so"});
  EXPECT_EQ(matches(p, "I came across your profile and wanted to connect."),
            (Strings{"I came across your profile"}));
  EXPECT_TRUE(matches(p, "I came across your profile while researching tokens.").empty());
}

TEST(PhraseList, ASmallChangeAfterThePlusStaysOutOfTheSpan) {
  // "so" in place of "and": the extra-word reading ("so" added before "and")
  // is tried first and fails; the span must not keep its end.
  const PhraseList p = compile({"saw your profile + and then"});
  EXPECT_EQ(matches(p, "I saw your profile so then I wrote."), (Strings{"saw your profile"}));
}

TEST(PhraseList, MatchesStayInsideASentence) {
  const PhraseList p = compile({"great to connect"});
  EXPECT_TRUE(matches(p, "It was great. To connect, write to me.").empty());
}

TEST(PhraseList, OverlappingMatchesKeepTheLongest) {
  const PhraseList p = compile({"hope you are well", "i hope you are well"});
  EXPECT_EQ(matches(p, "I hope you're well."), (Strings{"I hope you're well"}));
}

TEST(PhraseList, RejectsMalformedPatterns) {
  ListFile list;
  list.name = "bad.txt";
  for (const std::string bad :
       {"[optional] first", "last [optional]", "a||b", "<what> ever", "i'd|you'd like"}) {
    list.entries = {bad};
    PhraseList p;
    std::string error;
    EXPECT_FALSE(p.compile(list, normalizer(), &error)) << bad;
    EXPECT_NE(error.find("bad.txt"), std::string::npos) << error;
  }
}

TEST(PhraseList, EveryDataFileCompiles) {
  for (const char* file :
       {"generic_templates.txt", "generic_fillers.txt", "sales_phrases.txt", "pushy_phrases.txt",
        "request_cues.txt", "reason_cues.txt", "context_cues.txt", "intro_cues.txt",
        "followup_cues.txt", "courtesy_cues.txt", "curt_phrases.txt", "greetings.txt"}) {
    PhraseList p;
    std::string error;
    EXPECT_TRUE(p.load(DataDir(source_data_dir()), file, normalizer(), &error)) << error;
    EXPECT_GT(p.size(), 0u) << file;
  }
}

}  // namespace
}  // namespace handshake::testing
