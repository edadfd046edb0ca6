#include "checks/check_util.h"

#include <gtest/gtest.h>

namespace handshake {
namespace {

std::vector<std::string> folded(const std::vector<NamePart>& parts) {
  std::vector<std::string> out;
  for (const NamePart& part : parts) out.push_back(part.folded);
  return out;
}

using V = std::vector<std::string>;

TEST(CheckUtil, DraftNamesSplitsRecipientAndSenderOnce) {
  Draft draft;
  draft.recipient = "Amy Chen-Li";
  draft.sender = "Zo\xC3\xAB";
  const DraftNames names = draft_names(draft);
  EXPECT_EQ(folded(names.recipient), (V{"amy", "chen-li", "chen", "li"}));
  ASSERT_EQ(names.sender.size(), 1u);
  EXPECT_EQ(names.sender[0].text, "Zo\xC3\xAB");
  EXPECT_EQ(names.sender[0].skeleton, "zoe");
  EXPECT_TRUE(names.sender[0].capitalized);
  EXPECT_TRUE(draft_names(Draft{}).recipient.empty());
}

TEST(CheckUtil, EmoticonsAreFoundWhereTheyStart) {
  const Emoticons emoticons({":)", ";-)", ":-("});
  const std::string text = "Great :) see you;-) soon:-( :";
  EXPECT_TRUE(emoticons.at(text, 6));
  EXPECT_FALSE(emoticons.at(text, 7));  // ")" starts none
  EXPECT_TRUE(emoticons.at(text, 16));
  EXPECT_TRUE(emoticons.at(text, 24));
  EXPECT_FALSE(emoticons.at(text, text.size() - 1));  // ":" alone
  EXPECT_FALSE(emoticons.at(text, text.size()));      // past the end
  EXPECT_FALSE(emoticons.at(text, 0));
  // An empty entry matches everywhere, as comparing each entry did.
  EXPECT_TRUE(Emoticons({""}).at(text, 0));
  EXPECT_TRUE(Emoticons({""}).at(text, text.size()));
}

}  // namespace
}  // namespace handshake
