// Hunspell's case table is built from ranges (scripts/compact-case-table.mjs,
// patched in by cmake/Hunspell.cmake) instead of utf_info.hxx's list of
// 19,672 letters, to keep 118 KB of data out of the wasm module. Spelling
// and suggestions depend on every answer of that table, so each BMP code
// point must still be a letter or not, and have the upper and lower case,
// that the original list gives it.
#include <gtest/gtest.h>

#include <cstddef>
#include <vector>

#include "csutil.hxx"
#include "langnum.hxx"
#include "utf_info.hxx"  // Hunspell's original list, unpatched

namespace {

struct CaseEntry {
  bool letter = false;
  unsigned short upper = 0;
  unsigned short lower = 0;
};

std::vector<CaseEntry> table_from_utf_info() {
  std::vector<CaseEntry> table(0x10000);
  for (std::size_t c = 0; c < table.size(); ++c) {
    table[c].upper = static_cast<unsigned short>(c);
    table[c].lower = static_cast<unsigned short>(c);
  }
  for (const unicode_info& entry : utf_lst) table[entry.c] = {true, entry.cupper, entry.clower};
  return table;
}

TEST(HunspellCaseTable, EveryCodePointAsUtfInfoListsIt) {
  const std::vector<CaseEntry> expected = table_from_utf_info();
  initialize_utf_tbl();
  std::size_t differences = 0;
  std::size_t letters = 0;
  for (std::size_t c = 0; c < expected.size(); ++c) {
    const auto code = static_cast<unsigned short>(c);
    const bool letter = unicodeisalpha(code) != 0;
    const unsigned short upper = unicodetoupper(code, LANG_en);
    const unsigned short lower = unicodetolower(code, LANG_en);
    letters += letter ? 1 : 0;
    if (letter == expected[c].letter && upper == expected[c].upper && lower == expected[c].lower)
      continue;
    if (++differences <= 10) {
      ADD_FAILURE() << "U+" << std::hex << c << ": letter " << letter << " upper " << upper
                    << " lower " << lower << ", utf_info.hxx: " << expected[c].letter << " "
                    << expected[c].upper << " " << expected[c].lower;
    }
  }
  free_utf_tbl();
  EXPECT_EQ(differences, 0u);
  EXPECT_EQ(letters, sizeof(utf_lst) / sizeof(utf_lst[0]));
}

}  // namespace
