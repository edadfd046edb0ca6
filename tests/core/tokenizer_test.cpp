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
            (V{"word:see", "url:zoe.dev", "word:and", "word:Node", "punct:.", "word:js"}));
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

}  // namespace
}  // namespace handshake
