#include "check_harness.h"

namespace handshake::testing {
namespace {

using V = std::vector<std::string>;

V names(const std::string& text, const std::string& recipient) {
  return fixes(run_check(make_name_mismatch_check, text, recipient));
}

TEST(NameMismatchCheck, MisspelledNames) {
  EXPECT_EQ(names("Hi Anna, great to meet you.", "Ana Lima"), V{"Anna=>Ana"});
  EXPECT_EQ(names("Dear Katherine, thanks.", "Catherine Lee"), V{"Katherine=>Catherine"});
  EXPECT_EQ(names("Hello Zoe! Thanks.",
                  "Zo\xC3\xAB \xC3\x85"
                  "berg"),
            V{"Zoe=>Zo\xC3\xAB"});
  EXPECT_EQ(names("Hi Stephen, thanks.", "Steven Ray"), V{"Stephen=>Steven"});
  EXPECT_EQ(names("Hi Micheal, thanks.", "Michael Ray"), V{"Micheal=>Michael"});
  EXPECT_EQ(names("hi anna, great to meet you.", "Ana Lima"), V{"anna=>Ana"});
}

TEST(NameMismatchCheck, SeverityIsError) {
  const auto seen = run_check(make_name_mismatch_check, "Hi Anna,", "Ana Lima");
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].severity, Severity::kError);
  EXPECT_NE(seen[0].message.find("Ana"), std::string::npos);
}

TEST(NameMismatchCheck, TitlesSurnamesAndPossessives) {
  EXPECT_EQ(names("Dear Dr. Chenn, thanks.", "Amy Chen"), V{"Chenn=>Chen"});
  EXPECT_EQ(names("Good morning Ms. Katherine Lea, thanks.", "Dr. Catherine Lee"),
            (V{"Katherine=>Catherine", "Lea=>Lee"}));
  EXPECT_TRUE(names("Dear Prof. Lee, thanks.", "Catherine Lee").empty());
}

TEST(NameMismatchCheck, WhereANoteAddressesSomeone) {
  EXPECT_EQ(names("Anna, great to meet you.", "Ana Lima"), V{"Anna=>Ana"});
  EXPECT_EQ(names("Great to meet you, Anna!", "Ana Lima"), V{"Anna=>Ana"});
  EXPECT_EQ(names("Thanks, Anna, for the intro.", "Ana Lima"), V{"Anna=>Ana"});
  EXPECT_TRUE(names("I met Anna, Bob, and Carl at the summit.", "Ana Lima").empty());
}

TEST(NameMismatchCheck, SomeoneElseEntirely) {
  EXPECT_EQ(names("Hi Priya, loved your post.", "Amy Chen"), V{"Priya=>Amy"});
  // Names that are common words too: the dictionary lists them with a capital.
  EXPECT_EQ(names("Hi Anna, loved your post.", "Cleo Park"), V{"Anna=>Cleo"});
  EXPECT_EQ(names("Dear Mark, loved your post.", "Amy Chen"), V{"Mark=>Amy"});
  EXPECT_EQ(names("Hello Grace! Loved your post.", "Amy Chen"), V{"Grace=>Amy"});
  // A word rather than a name, though some are names too ("Friend").
  EXPECT_TRUE(names("Hi Team, loved your post.", "Amy Chen").empty());
  EXPECT_TRUE(names("Hi there, loved your post.", "Amy Chen").empty());
  EXPECT_TRUE(names("Dear Friend, loved your post.", "Amy Chen").empty());
  EXPECT_TRUE(names("Hello World, loved your post.", "Amy Chen").empty());
  EXPECT_TRUE(names("Hey Buddy, loved your post.", "Amy Chen").empty());
}

TEST(NameMismatchCheck, NicknamesShortFormsAndExactNames) {
  EXPECT_TRUE(names("Hi Kate, Katie, Kathy!", "Katherine Lee").empty());
  EXPECT_TRUE(names("Hi Bob, thanks.", "Robert Diaz").empty());
  EXPECT_TRUE(names("Hi Chris, thanks.", "Christopher Diaz").empty());
  EXPECT_TRUE(names("Hi ANA, hi ana, hi Ana's team.", "Ana Lima").empty());
  EXPECT_TRUE(names("Hey Zoe\xCC\x88, thanks.",
                    "Zo\xC3\xAB \xC3\x85"
                    "berg")
                  .empty());
}

TEST(NameMismatchCheck, NothingToCompareWithoutARecipient) {
  EXPECT_TRUE(names("Hi Anna, thanks.", "").empty());
  EXPECT_TRUE(names("Hi Anna, thanks.", "Dr. J.").empty());
}

}  // namespace
}  // namespace handshake::testing
