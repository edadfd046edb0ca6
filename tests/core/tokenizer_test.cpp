#include "tokenizer.h"

#include <gtest/gtest.h>

namespace handshake {
namespace {

// "kind:text" for every token but spaces.
std::vector<std::string> kinds(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& t : tokenize(text))
    if (t.kind != TokenKind::kSpace)
      out.push_back(std::string(to_string(t.kind)) + ":" + std::string(t.text));
  return out;
}

using V = std::vector<std::string>;

TEST(Tokenizer, WordsWithApostrophesHyphensAndDiacritics) {
  EXPECT_EQ(kinds("I\xE2\x80\x99"
                  "d love co-founder Zo\xC3\xAB's"),
            (V{"word:I\xE2\x80\x99"
               "d",
               "word:love", "word:co-founder", "word:Zo\xC3\xAB's"}));
}

TEST(Tokenizer, LinksEmailsHandlesHashtags) {
  EXPECT_EQ(kinds("(https://zoe.dev/talks), www.example.com. amy@example.com @amy_c #RustConf"),
            (V{"punct:(", "url:https://zoe.dev/talks", "punct:)", "punct:,", "url:www.example.com",
               "punct:.", "email:amy@example.com", "handle:@amy_c", "hashtag:#RustConf"}));
  EXPECT_EQ(kinds("see zoe.dev and Node.js"),
            (V{"word:see", "url:zoe.dev", "word:and", "word:Node.js"}));
}

TEST(Tokenizer, NumbersKeepTheirUnits) {
  EXPECT_EQ(kinds("3rd 1,000.50 10:30 12/03/2025 50% 10x"),
            (V{"number:3rd", "number:1,000.50", "number:10:30", "number:12/03/2025", "number:50%",
               "number:10x"}));
}

TEST(Tokenizer, EmojiSequencesAreOneToken) {
  // waving hand + skin tone; woman technologist (ZWJ); flag; keycap
  EXPECT_EQ(kinds("\xF0\x9F\x91\x8B\xF0\x9F\x8F\xBD \xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB "
                  "\xF0\x9F\x87\xAB\xF0\x9F\x87\xB7 1\xEF\xB8\x8F\xE2\x83\xA3"),
            (V{"emoji:\xF0\x9F\x91\x8B\xF0\x9F\x8F\xBD",
               "emoji:\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB",
               "emoji:\xF0\x9F\x87\xAB\xF0\x9F\x87\xB7", "emoji:1\xEF\xB8\x8F\xE2\x83\xA3"}));
}

TEST(Tokenizer, MergeFieldsArePlaceholders) {
  EXPECT_EQ(kinds("Hi {first_name} at {{company}} %FIRST_NAME% *|FNAME|*"),
            (V{"word:Hi", "placeholder:{first_name}", "word:at", "placeholder:{{company}}",
               "placeholder:%FIRST_NAME%", "placeholder:*|FNAME|*"}));
}

TEST(Tokenizer, InitialismsKeepTheirDots) {
  EXPECT_EQ(kinds("e.g. U.S. J. Smith"),
            (V{"word:e.g.", "word:U.S.", "word:J", "punct:.", "word:Smith"}));
}

TEST(Tokenizer, WordShape) {
  const auto tokens = tokenize("Amy WebGPU NASA iPhone");
  EXPECT_TRUE(tokens[0].capitalized);
  EXPECT_FALSE(tokens[0].all_caps);
  EXPECT_TRUE(tokens[2].mixed_case);
  EXPECT_TRUE(tokens[4].all_caps);
  EXPECT_TRUE(tokens[6].mixed_case);
  EXPECT_FALSE(tokens[6].capitalized);
}

TEST(Tokenizer, CoversEveryByteOfHostileInput) {
  const std::string text = std::string("a\0b\xFF\xC3", 5) +
                           "\r\n\xE2\x80\x8B"
                           "\xED\xA0\x80";
  const auto tokens = tokenize(text);
  std::uint32_t at = 0;
  for (const Token& t : tokens) {
    EXPECT_EQ(t.begin, at);
    EXPECT_GT(t.end, t.begin);
    at = t.end;
  }
  EXPECT_EQ(at, text.size());
}

TEST(Tokenizer, EmptyText) { EXPECT_TRUE(tokenize("").empty()); }

TEST(Tokenizer, NumberForms) {
  const auto tokens = tokenize(
      "42 1,000.50 3rd 22nd 12/03/2025 2025-03-12 12.03.2025 10:30 9am "
      "10:30PM 50% 10x 1990s 24/7");
  std::vector<NumberForm> forms;
  for (const Token& t : tokens)
    if (t.kind == TokenKind::kNumber) forms.push_back(t.number_form);
  using F = NumberForm;
  EXPECT_EQ(forms,
            (std::vector<NumberForm>{F::kCardinal, F::kCardinal, F::kOrdinal, F::kOrdinal, F::kDate,
                                     F::kDate, F::kDate, F::kTime, F::kTime, F::kTime, F::kPercent,
                                     F::kMeasure, F::kMeasure, F::kCardinal}));
}

TEST(Tokenizer, AcronymsAndTheirPlurals) {
  const auto tokens = tokenize("MBA KPIs CEO's B2B U.S. Ph.D. APIs iOS Amy");
  std::vector<std::string> acronyms;
  for (const Token& t : tokens)
    if (t.kind == TokenKind::kWord && t.acronym) acronyms.emplace_back(t.text);
  EXPECT_EQ(acronyms, (V{"MBA", "KPIs", "CEO's", "B2B", "U.S.", "APIs"}));
  EXPECT_FALSE(tokens[2].mixed_case);  // KPIs is a plural, not a camel-case name
  EXPECT_TRUE(tokens[14].mixed_case);  // iOS
}

TEST(Tokenizer, CompoundsContractionsAndDiacritics) {
  const auto tokens = tokenize(
      "co-founder I\xE2\x80\x99"
      "d Zo\xC3\xAB Zoe\xCC\x88 plain");
  EXPECT_TRUE(tokens[0].hyphenated);
  EXPECT_TRUE(tokens[2].apostrophe);
  EXPECT_TRUE(tokens[4].diacritics);
  EXPECT_EQ(tokens[6].text, "Zoe\xCC\x88");  // the combining mark stays with its letter
  EXPECT_TRUE(tokens[6].diacritics);
  EXPECT_FALSE(tokens[8].hyphenated || tokens[8].apostrophe || tokens[8].diacritics);
}

TEST(Tokenizer, DottedNamesAndInitialisms) {
  EXPECT_EQ(kinds("Node.js ASP.NET Ph.D. talk.Looking e.g. talk. Next"),
            (V{"word:Node.js", "word:ASP.NET", "word:Ph.D.", "word:talk", "punct:.", "word:Looking",
               "word:e.g.", "word:talk", "punct:.", "word:Next"}));
}

TEST(Tokenizer, InvisibleCharactersInsideAWord) {
  const auto tokens = tokenize(
      "con\xC2\xAD"
      "nect \xE2\x80\x8B x");
  EXPECT_EQ(tokens[0].text,
            "con\xC2\xAD"
            "nect");
  EXPECT_TRUE(tokens[0].invisible);
  EXPECT_EQ(tokens[2].kind, TokenKind::kSymbol);  // a zero-width space between words
}

TEST(Tokenizer, BracketedMergeFieldsAreLeftToThePlaceholderCheck) {
  EXPECT_EQ(kinds("[Name] <Company> %FirstName% {}"),
            (V{"punct:[", "word:Name", "punct:]", "punct:<", "word:Company", "punct:>",
               "placeholder:%FirstName%", "punct:{", "punct:}"}));
}

// Inputs that once made a scan restart at every character: each must come
// back with every byte covered (and, run under the benchmark, in linear time).
TEST(Tokenizer, AdversarialRunsCoverTheText) {
  const std::vector<std::string> inputs = {std::string(20000, '{'),
                                           std::string(20000, '%'),
                                           [] {
                                             std::string s;
                                             for (int i = 0; i < 10000; ++i) s += "a.";
                                             return s;
                                           }(),
                                           [] {
                                             std::string s;
                                             for (int i = 0; i < 10000; ++i) s += "a-";
                                             return s;
                                           }(),
                                           [] {
                                             std::string s = "x@";
                                             for (int i = 0; i < 10000; ++i) s += "b.";
                                             return s;
                                           }(),
                                           "https://x.dev/" + std::string(20000, ')'),
                                           "*|" + std::string(20000, 'A')};
  for (const std::string& text : inputs) {
    std::uint32_t at = 0;
    for (const Token& t : tokenize(text)) {
      ASSERT_EQ(t.begin, at);
      at = t.end;
    }
    EXPECT_EQ(at, text.size());
  }
}

}  // namespace
}  // namespace handshake
