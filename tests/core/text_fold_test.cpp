#include "text_fold.h"

#include <gtest/gtest.h>

namespace handshake {
namespace {

TEST(TextFold, BaseLetters) {
  EXPECT_EQ(base_letter(U'\u00E9'), U'e');       // é
  EXPECT_EQ(base_letter(U'\u00C5'), U'A');       // Å
  EXPECT_EQ(base_letter(U'\u0142'), U'l');       // ł
  EXPECT_EQ(base_letter(U'\u0160'), U'S');       // Š
  EXPECT_EQ(base_letter(U'\u00DF'), U'\u00DF');  // ß has no base letter
  EXPECT_EQ(base_letter(U'x'), U'x');
  EXPECT_EQ(base_letter(U'\u0416'), U'\u0416');  // Cyrillic is left alone
}

TEST(TextFold, StripDiacritics) {
  EXPECT_EQ(strip_diacritics("Na\xC3\xAFve r\xC3\xA9sum\xC3\xA9"), "Naive resume");
  EXPECT_EQ(strip_diacritics("Zoe\xCC\x88"), "Zoe");  // combining diaeresis dropped
  EXPECT_EQ(strip_diacritics("plain"), "plain");
  EXPECT_TRUE(
      has_diacritics("\xC3\x85"
                     "berg"));
  EXPECT_TRUE(has_diacritics("Zoe\xCC\x88"));
  EXPECT_FALSE(has_diacritics("Aberg"));
}

TEST(TextFold, FoldNameComposesAndLowers) {
  EXPECT_EQ(fold_name("Zo\xC3\xAB"), "zo\xC3\xAB");
  EXPECT_EQ(fold_name("ZOE\xCC\x88"), "zo\xC3\xAB");  // E + U+0308 composes to ë
  EXPECT_EQ(fold_name("\xC3\x85"
                      "BERG"),
            "\xC3\xA5"
            "berg");
  EXPECT_EQ(fold_name("O\xE2\x80\x99"
                      "Brien"),
            "o'brien");
  EXPECT_EQ(fold_name("An\xE2\x80\x8Bna"), "anna");  // invisible characters dropped
  EXPECT_EQ(name_skeleton("Zo\xC3\xAB"), "zoe");
  EXPECT_EQ(fold_name("\xFF\xFE"), "\xFF\xFE");  // invalid bytes kept, never a crash
}

TEST(TextFold, FoldsToAgreesWithFoldName) {
  for (const char* name : {"Amy", "amy", "AMY", "Am", "Amy's",
                           "O\xE2\x80\x99"
                           "Brien",
                           "ZOE\xCC\x88", "An\xE2\x80\x8Bna", "", "\xFF\xFE", "Zo\xC3\xAB"})
    for (const char* folded : {"amy", "am", "amy's", "o'brien", "zo\xC3\xAB", "anna", "", "AMY"})
      EXPECT_EQ(folds_to(name, folded), fold_name(name) == folded) << name << " " << folded;
}

TEST(TextFold, CapitalizeFirst) {
  EXPECT_EQ(capitalize_first("amy"), "Amy");
  EXPECT_EQ(capitalize_first("\xC3\xA9lan"), "\xC3\x89lan");                            // élan
  EXPECT_EQ(capitalize_first("\xC5\x82ukasz"), "\xC5\x81ukasz");                        // łukasz
  EXPECT_EQ(capitalize_first("\xD0\xB0\xD0\xBD\xD1\x8F"), "\xD0\x90\xD0\xBD\xD1\x8F");  // аня
  EXPECT_EQ(capitalize_first("\"quote"), "\"Quote");
  EXPECT_EQ(capitalize_first(""), "");
}

TEST(TextFold, EditDistance) {
  EXPECT_EQ(edit_distance("ana", "anna", 3), 1u);
  EXPECT_EQ(edit_distance("katherine", "catherine", 3), 1u);
  EXPECT_EQ(edit_distance("micheal", "michael", 3), 1u);  // a swap is one edit
  EXPECT_EQ(edit_distance("stephen", "steven", 3), 2u);
  EXPECT_EQ(edit_distance("zo\xC3\xAB", "zoe", 3), 1u);  // counted in code points
  EXPECT_EQ(edit_distance("amy", "priya", 1), 2u);       // stops at limit + 1
  EXPECT_EQ(edit_distance(std::string(100, 'a'), std::string(100, 'a'), 2), 3u);
  EXPECT_EQ(edit_distance("", "", 0), 0u);
}

TEST(TextFold, AsciiNamesOnlyChangeCase) {
  // The ASCII shortcut of fold_name and strip_diacritics.
  EXPECT_EQ(fold_name("O'Brien-SMITH"), "o'brien-smith");
  EXPECT_EQ(name_skeleton("McDonald"), "mcdonald");
  EXPECT_EQ(strip_diacritics("Naive"), "Naive");
  EXPECT_EQ(fold_name("O\xE2\x80\x99"
                      "Brien"),
            "o'brien");  // not ASCII: the full path
}

}  // namespace
}  // namespace handshake
