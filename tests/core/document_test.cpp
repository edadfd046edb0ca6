#include "document.h"

#include <gtest/gtest.h>

namespace handshake {
namespace {

std::vector<std::string> sentences(std::string_view text) {
  const Document doc = analyze(text);
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

using V = std::vector<std::string>;

TEST(Sentences, SplitsAtEndPunctuation) {
  EXPECT_EQ(sentences("Hi Amy! I loved your talk. Want to chat?"),
            (V{"Hi Amy!", "I loved your talk.", "Want to chat?"}));
}

TEST(Sentences, KeepsAbbreviationsInitialsAndLinks) {
  EXPECT_EQ(sentences("Dr. Chen met J. Smith at zoe.dev/talks. e.g. this works."),
            (V{"Dr. Chen met J. Smith at zoe.dev/talks.", "e.g. this works."}));
}

TEST(Sentences, GreetingAndSignOffLines) {
  EXPECT_EQ(sentences("Hi Amy,\nGreat talk today.\n\nBest,\nJohn"),
            (V{"Hi Amy,", "Great talk today.", "Best,", "John"}));
}

TEST(Sentences, ClosingQuotesStayWithTheSentence) {
  EXPECT_EQ(sentences("You said \"ship it.\" I agree!"), (V{"You said \"ship it.\"", "I agree!"}));
}

TEST(Sentences, NoneInEmptyOrBlankText) {
  EXPECT_TRUE(sentences("").empty());
  EXPECT_TRUE(sentences(" \n\n  ").empty());
}

TEST(Document, ListsWordTokens) {
  const Document doc = analyze("Hi Amy, 👋 see zoe.dev");
  ASSERT_EQ(doc.words.size(), 3u);
  EXPECT_EQ(doc.tokens[doc.words[1]].text, "Amy");
}

}  // namespace
}  // namespace handshake
