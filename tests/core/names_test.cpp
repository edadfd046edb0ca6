// Finding where a note addresses someone by name.
#include "names.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace handshake::testing {
namespace {

struct Loaded {
  Normalizer normalizer;
  NameFinder names;
};

const Loaded& loaded() {
  static const Loaded l = [] {
    Loaded out;
    std::string error;
    const DataDir data(source_data_dir());
    EXPECT_TRUE(out.normalizer.load(data, &error)) << error;
    EXPECT_TRUE(out.names.load(data, out.normalizer, &error)) << error;
    return out;
  }();
  return l;
}

std::vector<std::string> addressed(const std::string& text, const std::string& recipient = "") {
  const Document doc = analyze(text);
  NormalText words;
  loaded().normalizer.normalize(doc, recipient, &words);
  std::vector<std::uint32_t> found;
  loaded().names.find_addressed(doc, words, nullptr, &found);
  std::vector<std::string> out;
  for (std::uint32_t i : found)
    out.push_back(text.substr(words.words[i].begin, words.words[i].end - words.words[i].begin));
  return out;
}

using Strings = std::vector<std::string>;

TEST(NameFinder, GreetingsWithANameAndTitles) {
  EXPECT_EQ(addressed("Hi Amy, great talk."), (Strings{"Amy"}));
  EXPECT_EQ(addressed("Dear Dr. Bello,\n\nI read your paper."), (Strings{"Bello"}));
  EXPECT_EQ(addressed("Good morning Professor Lee!"), (Strings{"Lee"}));
  EXPECT_EQ(addressed("Hey Priyanka, your thread was great."), (Strings{"Priyanka"}));
}

TEST(NameFinder, GreetingsWithoutAName) {
  EXPECT_TRUE(addressed("Hi there, great talk.").empty());
  EXPECT_TRUE(addressed("Dear Hiring Manager,\n\nI applied.").empty());
  EXPECT_TRUE(addressed("Hello All, I'm new here.").empty());
  EXPECT_TRUE(addressed("Hi, I'd like to connect.").empty());
}

TEST(NameFinder, NamesSetOffByCommas) {
  EXPECT_EQ(addressed("Thanks for connecting, Sofia!"), (Strings{"Sofia"}));
  EXPECT_EQ(addressed("Thanks, Sara, but I'll pass."), (Strings{"Sara"}));
}

TEST(NameFinder, TheRecipientOpeningTheNote) {
  // The recipient's name is known to be a name; the greeting's <cap> skips
  // it, the comma rule does not.
  EXPECT_EQ(addressed("Jake, this is my third message.", "Jake Miller"), (Strings{"Jake"}));
}

TEST(NameFinder, OpeningGreetingSpan) {
  for (const auto& [text, greeting] :
       std::vector<std::pair<std::string, std::string>>{{"Hi there! Great talk.", "Hi there"},
                                                        {"Hello, I'd like to connect.", "Hello"},
                                                        {"Dear Sir/Madam,\n\nHello.", "Dear Sir/Madam"}}) {
    const Document doc = analyze(text);
    NormalText words;
    loaded().normalizer.normalize(doc, "", &words);
    std::uint32_t begin = 0, end = 0;
    ASSERT_TRUE(loaded().names.opening_greeting(doc, words, &begin, &end)) << text;
    EXPECT_EQ(text.substr(begin, end - begin), greeting);
  }
  const Document doc = analyze("Let's connect!");
  NormalText words;
  loaded().normalizer.normalize(doc, "", &words);
  std::uint32_t begin = 0, end = 0;
  EXPECT_FALSE(loaded().names.opening_greeting(doc, words, &begin, &end));
}

}  // namespace
}  // namespace handshake::testing
