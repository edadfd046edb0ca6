#include "check_harness.h"

namespace handshake::testing {
namespace {

using V = std::vector<std::string>;

V fields(const std::string& text, const std::string& recipient = "",
         const std::string& sender = "") {
  return fixes(run_check(make_placeholder_check, text, recipient, sender));
}

TEST(PlaceholderCheck, EveryMergeFieldSyntax) {
  EXPECT_EQ(fields("Hi {first_name} {{ firstName }} %FIRST_NAME% *|FNAME|* [Name] [[First Name]] "
                   "<First_Name> <<fname>> {!Contact.FirstName} {{contact.first_name}}",
                   "Dr. Amy Chen-Li"),
            (V{"{first_name}=>Amy", "{{ firstName }}=>Amy", "%FIRST_NAME%=>Amy", "*|FNAME|*=>Amy",
               "[Name]=>Amy", "[[First Name]]=>Amy", "<First_Name>=>Amy", "<<fname>>=>Amy",
               "{!Contact.FirstName}=>Amy", "{{contact.first_name}}=>Amy"}));
}

TEST(PlaceholderCheck, FillsWhatTheFieldNames) {
  EXPECT_EQ(
      fields("{last_name} {full_name} [Your Name] {sender_first_name}", "Amy Chen", "John Smith"),
      (V{"{last_name}=>Chen", "{full_name}=>Amy Chen", "[Your Name]=>John Smith",
         "{sender_first_name}=>John"}));
}

TEST(PlaceholderCheck, NoFixWithoutTheName) {
  const auto seen = run_check(make_placeholder_check, "Hi [First Name] at [Company] {role}");
  EXPECT_EQ(fixes(seen), (V{"[First Name]=>", "[Company]=>", "{role}=>"}));
  for (const Seen& s : seen) EXPECT_EQ(s.severity, Severity::kError);
  EXPECT_NE(seen[0].message.find("recipient's name"), std::string::npos);
}

TEST(PlaceholderCheck, BracketsThatAreNotFields) {
  EXPECT_TRUE(
      fields("[sic] <3 [1] <vector> [see below] <b>bold</b> {} 50% off 20% {:}", "Amy").empty());
}

TEST(PlaceholderCheck, AFieldSpanningLinesIsNotOne) {
  EXPECT_TRUE(fields("[Name\n]", "Amy").empty());
}

}  // namespace
}  // namespace handshake::testing
