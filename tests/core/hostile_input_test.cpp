// Hostile input through the core's public door: a megabyte of every pattern
// that once made a loop quadratic (or could), bytes that are not UTF-8,
// oversized drafts, and corrupt or truncated dictionaries. Each must give a
// well-formed report or a clear error, and the checker must keep working.
// A regression to quadratic time shows here as a test that never finishes
// (ctest's TIMEOUT fails it); bench/scaling.mjs measures the real growth.
#include <gtest/gtest.h>

#include <fstream>
#include <functional>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "handshake/handshake.h"
#include "test_support.h"
#include "utf8.h"

namespace handshake::testing {
namespace {

std::string repeat(const std::string& unit, std::size_t bytes) {
  std::string out;
  out.reserve(bytes);
  while (out.size() + unit.size() <= bytes) out += unit;
  return out;
}

// What every report must satisfy, whatever the input (the fuzz targets check
// the same in tests/fuzz/fuzz_support.cpp).
void expect_well_formed(const Draft& draft, const CheckResult& result) {
  ASSERT_TRUE(result.ok()) << result.error;
  const Report& report = result.report;
  EXPECT_GE(report.score, 0);
  EXPECT_LE(report.score, 100);
  for (int c : report.categories) {
    EXPECT_GE(c, 0);
    EXPECT_LE(c, 100);
  }
  const std::size_t length = utf16_length(draft.text);
  EXPECT_LE(report.stats.characters, length);
  std::size_t previous = 0;
  for (const Issue& issue : report.issues) {
    ASSERT_LE(issue.start, issue.end) << issue.rule;
    ASSERT_LE(issue.end, length) << issue.rule;
    ASSERT_GE(issue.start, previous) << issue.rule;
    ASSERT_FALSE(issue.message.empty()) << issue.rule;
    previous = issue.start;
  }
}

struct HostileText {
  const char* name;
  std::string unit;  // repeated to fill a megabyte
  std::string prefix = "";
  std::string suffix = "";
};

const std::vector<HostileText>& hostile_texts() {
  static const std::vector<HostileText> texts = {
      {"prose", "Great to meet you at the summit. "},
      {"commas_between_letters", "a,"},              // a link tried at every letter
      {"dotted_labels", "an."},                      // a host name that never ends
      {"underscored_label", "a_"},                   // one endless host label
      {"closing_parens_after_link", ")", "x.com/"},  // bracket balance per trim
      {"closing_parens_after_url", ")", "https://x.com/"},
      {"open_braces", "{"},  // a merge field that never closes
      {"open_double_braces", "{{"},
      {"mailchimp_openers", "*|"},
      {"percent_capitals", "%A"},
      {"percent_then_capitals", "A", "%"},
      {"end_marks_then_word", "!", "", "I"},  // sentence end re-scanned per mark
      {"question_closers", "?)", "", "I"},
      {"at_signs", "@"},
      {"letter_at", "a@"},
      {"local_part_without_host", "ab.", "", "@"},  // an address that never comes
      {"hashtags", "#a"},
      {"keycap_starts", "1\xEF\xB8\x8F"},
      {"numbers", "1.1,"},
      {"initialisms", "e.g."},
      {"www", "www."},
      {"one_long_word", "a"},
      {"hyphen_chain", "a-"},
      {"apostrophe_chain", "a\xE2\x80\x99"},
      {"combining_marks", "\xCC\x81", "e"},
      {"emoji_zwj_chain", "\xF0\x9F\x91\xA9\xE2\x80\x8D"},
      {"skin_tones", "\xF0\x9F\x8F\xBD"},
      {"flags", "\xF0\x9F\x87\xAB"},
      {"zero_width", "\xE2\x80\x8B"},
      {"bidi_overrides",
       "\xE2\x80\xAE"
       "a"},
      {"invalid_bytes", "\xFF\xC3"},
      {"truncated_sequences", "\xE2\x82"},
      {"encoded_surrogates", "\xED\xA0\xBD"},  // what Emscripten writes for a lone surrogate
      {"overlong_encodings", "\xC0\xAF"},
      {"nul_and_controls", std::string("\x00\x07\x1B", 3)},
      {"crlf", "\r\n"},
      {"space_newline", " \n"},
      {"newline_letter", "\na"},
      {"line_separators", "\xE2\x80\xA8"},
      {"sign_off_lines", "Best,\nJohn\n"},
      {"tabs", "\t"},
      {"links", "https://zoe.dev/talks?(x) "},
      {"emails", "amy@example.com "},
  };
  return texts;
}

// One test over every pattern (one process, one dictionary load): a
// megabyte of each, checked for LinkedIn (UTF-16 counting and the limit).
TEST(HostileInput, AMegabyteOfEachPatternGivesAWellFormedReport) {
  for (const HostileText& t : hostile_texts()) {
    SCOPED_TRACE(t.name);
    Draft draft;
    const std::size_t room = kMaxTextBytes - t.prefix.size() - t.suffix.size();
    draft.text = t.prefix + repeat(t.unit, room) + t.suffix;
    ASSERT_LE(draft.text.size(), kMaxTextBytes);
    expect_well_formed(draft, shared_checker().check(draft));
  }
}

TEST(HostileInput, MegabyteNotesInHistoryAreComparedOrRefused) {
  Draft draft;
  draft.text = "Hi Amy, great to meet you at the summit.";
  draft.platform = "x";  // code point counting
  for (const HostileText& t : hostile_texts()) draft.history.push_back(repeat(t.unit, 64 << 10));
  expect_well_formed(draft, shared_checker().check(draft));
  draft.history = {repeat("Great to meet you at the summit. ", kMaxTextBytes),
                   repeat("\xFF\xC3", kMaxTextBytes), repeat("a,", kMaxTextBytes)};
  expect_well_formed(draft, shared_checker().check(draft));
}

TEST(HostileInput, DistinctMisspellingsStayBounded) {
  // Suggestions are the expensive part: 200 KB of different unknown words
  // is flagged, with replacements for the first few only.
  Draft draft;
  draft.platform = "generic";
  for (std::size_t i = 0; draft.text.size() < 200000; ++i) {
    draft.text += "zq";
    for (std::size_t n = i; n > 0; n /= 26) draft.text += static_cast<char>('a' + n % 26);
    draft.text += "x ";
  }
  const CheckResult result = shared_checker().check(draft);
  expect_well_formed(draft, result);
  std::size_t spelling = 0, with_replacements = 0;
  for (const Issue& issue : result.report.issues) {
    if (issue.rule != "spelling") continue;
    ++spelling;
    if (!issue.replacements.empty()) ++with_replacements;
  }
  // Flagged (the report caps findings per rule), suggested for a few only.
  EXPECT_GE(spelling, 20u);
  EXPECT_LE(with_replacements, 20u);
}

TEST(HostileInput, OversizedDraftsAreClearErrors) {
  Draft draft;
  draft.text.assign(kMaxTextBytes + 1, 'a');
  EXPECT_NE(shared_checker().check(draft).error.find("up to 1048576 bytes"), std::string::npos);

  draft.text = "Hi Amy.";
  draft.recipient.assign(kMaxNameBytes + 1, 'A');
  EXPECT_NE(shared_checker().check(draft).error.find("name is longer"), std::string::npos);
  draft.recipient.clear();
  draft.sender.assign(kMaxNameBytes + 1, 'J');
  EXPECT_NE(shared_checker().check(draft).error.find("name is longer"), std::string::npos);
  draft.sender.clear();

  draft.history.assign(kMaxHistoryNotes + 1, "Hi Sam.");
  EXPECT_NE(shared_checker().check(draft).error.find("history holds 1001 notes"),
            std::string::npos);
  draft.history.assign(5, std::string(kMaxTextBytes, 'a'));
  EXPECT_NE(shared_checker().check(draft).error.find("bytes of earlier notes"), std::string::npos);
  draft.history = {std::string(kMaxTextBytes + 1, 'a')};
  EXPECT_NE(shared_checker().check(draft).error.find("a note in history is longer"),
            std::string::npos);

  draft.history.clear();
  draft.platform = std::string(100000, 'p');
  EXPECT_NE(shared_checker().check(draft).error.find("unknown platform"), std::string::npos);
  draft.platform = "linkedin";
  draft.kind = std::string("invite\0x", 8);
  EXPECT_NE(shared_checker().check(draft).error.find("unknown kind"), std::string::npos);

  // After all of that, the same checker still answers.
  Draft fine;
  fine.text = "Hi Amy, great to meet you at the summit.";
  expect_well_formed(fine, shared_checker().check(fine));
  EXPECT_TRUE(shared_checker().spell("summit"));
}

TEST(HostileInput, HostileWordsForSpellAndSuggest) {
  for (const std::string& word :
       {std::string(), std::string(1 << 16, 'a'), std::string("\xFF\xFE"), std::string("a\0b", 3),
        std::string("\xED\xA0\xBD"), repeat("\xCC\x81", 300), std::string("'"), std::string("-"),
        repeat("\xF0\x9F\x91\x8B", 50)}) {
    shared_checker().spell(word);
    EXPECT_LE(shared_checker().suggest(word, 5).size(), 5u);
  }
  EXPECT_TRUE(shared_checker().suggest("recieve", 0).empty());
  auto checker = make_checker();
  checker->add_word(std::string(1 << 16, 'a'));  // ignored: not a word
  checker->add_word(std::string("\xFF\xFE"));
  checker->ignore(std::string("a\0b", 3));
  checker->remove_word("never-added");
  EXPECT_TRUE(checker->spell("summit"));
}

// --- Dictionaries ---------------------------------------------------------

std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Writes the pair, creates a checker from it; the checker (if any) must
// check a note and spell; otherwise the error must say something.
// A checker on the given .aff and .dic text, written to files of the running
// test's own (ctest runs tests in parallel); null with *error when refused.
std::unique_ptr<Checker> create_with_dictionary(const std::string& aff, const std::string& dic,
                                                std::string* error) {
  const std::string base = ::testing::TempDir() + "hostile_dictionary_" +
                           ::testing::UnitTest::GetInstance()->current_test_info()->name();
  std::ofstream(base + ".aff", std::ios::binary | std::ios::trunc) << aff;
  std::ofstream(base + ".dic", std::ios::binary | std::ios::trunc) << dic;
  CheckerOptions options;
  options.data_dir = data_dir();
  options.aff_path = base + ".aff";
  options.dic_path = base + ".dic";
  return Checker::create(options, error);
}

void expect_loads_or_fails_clearly(const std::string& label, const std::string& aff,
                                   const std::string& dic) {
  std::string error;
  const auto checker = create_with_dictionary(aff, dic, &error);
  if (!checker) {
    EXPECT_FALSE(error.empty()) << label;
    return;
  }
  Draft draft;
  draft.text = "Hi Amy, I enjoyed your talk about the wrold. Best, John";
  draft.recipient = "Amy Chen";
  SCOPED_TRACE(label);
  expect_well_formed(draft, checker->check(draft));
  checker->spell("talk");
  checker->suggest("wrold", 3);
}

TEST(HostileDictionary, TruncatedWordListsLoadOrFailClearly) {
  const std::string aff = read_all(data_dir() + "/hunspell/en_US.aff");
  const std::string dic = read_all(dictionary_cache_dir() + "/en_US.dic");
  ASSERT_GT(dic.size(), 100000u);
  for (std::size_t cut :
       {std::size_t{0}, std::size_t{1}, std::size_t{3}, std::size_t{6}, std::size_t{7},
        std::size_t{100}, dic.size() / 3, dic.size() / 2 + 1, dic.size() - 1}) {
    expect_loads_or_fails_clearly("en_US.dic cut at " + std::to_string(cut), aff,
                                  dic.substr(0, cut));
  }
  for (std::size_t cut : {std::size_t{0}, std::size_t{10}, aff.size() / 2, aff.size() - 1})
    expect_loads_or_fails_clearly("en_US.aff cut at " + std::to_string(cut), aff.substr(0, cut),
                                  dic.substr(0, 5000) + "\n");
}

// The first suggestion keys sounds only for the entries near the typed
// word's length; in these lists there are none ("wrold" is 5 bytes, each
// Hangul word 15), and the empty sound table must be handled (a fuzzer found
// pointer arithmetic on its null data under UBSan).
TEST(HostileDictionary, WordListsWithNoWordNearAMisspellingsLength) {
  expect_loads_or_fails_clearly("two Hangul words", "SET UTF-8\n",
                                "2\n\xEB\x93\xA4\xEC\x96\xB4\xEC\x98\xA4\xEC\x84\xB8\xEC\x9A\x94\n"
                                "\xEC\x95\x88\xEB\x85\x95\xED\x95\x98\xEC\x84\xB8\xEC\x9A\x94\n");
  expect_loads_or_fails_clearly("one long word", "SET UTF-8\n", "1\nincomprehensibilities\n");
}

TEST(HostileDictionary, FlippedAffixBytesLoadOrFailClearly) {
  const std::string aff = read_all(data_dir() + "/hunspell/en_US.aff");
  const std::string dic = read_all(dictionary_cache_dir() + "/en_US.dic");
  // A small word list keeps each load fast; the affix rules are the target.
  std::string small = "2000\n";
  std::size_t at = dic.find('\n') + 1;
  for (int i = 0; i < 2000 && at < dic.size(); ++i) {
    const std::size_t end = dic.find('\n', at);
    small += dic.substr(at, end - at) + "\n";
    at = end + 1;
  }
  for (std::size_t step = 0; step < 40; ++step) {
    std::string flipped = aff;
    const std::size_t position = (step * 7919) % aff.size();
    flipped[position] = static_cast<char>(flipped[position] ^ (1 << (step % 8)));
    expect_loads_or_fails_clearly("en_US.aff byte " + std::to_string(position) + " flipped",
                                  flipped, small);
  }
}

TEST(HostileDictionary, CorruptHeadersAreClearErrors) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"SET UTF-8\n", "268435000\nword\n"},  // a table of gigabytes
      {"SET UTF-8\n", "999999999\nword\n"},
      {"SET UTF-8\n", "-5\nword\n"},
      {"SET UTF-8\n", ""},
      {"SET UTF-8\n", "\xEF\xBB\xBF"},
      {"SET UTF-8\n", std::string("1\0word\n", 7)},
      {"", "1\nword\n"},
      {"SET KOI8-R\n", "1\nword\n"},
      {std::string("SET UTF-8\nFLAG long\nSFX AB Y 99999999\n"), "1\nword/AB\n"},
      {std::string("SET UTF-8\nREP 2000000000\nREP a b\n"), "1\nword\n"},
      {std::string("SET UTF-8\nAF 2000000000\nAF A\n"), "1\nword/1\n"},
      {std::string("SET UTF-8\nAM 2000000000\nAM x\n"), "1\nword/1\n"},
      {std::string("SET UTF-8\nMAP 2000000000\nMAP ab\n"), "1\nword\n"},
      {std::string("SET UTF-8\nCOMPOUNDRULE 2000000000\nCOMPOUNDRULE A*\n"), "1\nword/A\n"},
      {std::string("SET UTF-8\nBREAK 2000000000\nBREAK -\n"), "1\nword\n"},
      {std::string("SET UTF-8\nPHONE 2000000000\nPHONE A B\n"), "1\nword\n"},
      {std::string("SET UTF-8\nICONV 2000000000\nICONV a b\n"), "1\nword\n"},
      {std::string("SET UTF-8\nCHECKCOMPOUNDPATTERN 2000000000\n"), "1\nword\n"},
      {std::string("SET UTF-8\nFLAG num\nSFX 65536 Y 1\nSFX 65536 0 s .\n"), "1\nword/65536\n"},
      {std::string("SET UTF-8\nFLAG UTF-8\nSFX \xF0\x9F\x91\x8B Y 1\nSFX \xF0\x9F\x91\x8B 0 s .\n"),
       "1\nword/\xF0\x9F\x91\x8B\n"},
      {std::string("SET UTF-8\nTRY ") + repeat("ab", 1000) + "\n", "1\nword\n"},
      {std::string("SET UTF-8\nKEY ") + repeat("|", 100000) + "\n", "1\nword\n"},
      {std::string("SET UTF-8\n") + repeat("SFX A Y 1\nSFX A 0 s .\n", 2000), "1\nword/A\n"},
  };
  for (const auto& [aff, dic] : cases)
    expect_loads_or_fails_clearly(aff.substr(0, 40) + " | " + dic.substr(0, 20), aff, dic);

  // The gigabyte table is refused by name.
  std::string error;
  EXPECT_EQ(create_with_dictionary("SET UTF-8\n", "268435000\nword\n", &error), nullptr);
  EXPECT_NE(error.find("word count is corrupt"), std::string::npos) << error;
}

TEST(HostileDictionary, InvalidUtf8InTheAffixFileIsAClearError) {
  // tests/fuzz/regressions/dictionary_fuzzer/try-invalid-utf8: a TRY string
  // with an invalid sequence made Hunspell's suggestions write past a buffer.
  std::string error;
  EXPECT_EQ(
      create_with_dictionary("SET UTF-8\nTRY !\\\xF5\xB6GNORE \xD9\x91\n", "1\n\xD8\xA8\n", &error),
      nullptr);
  EXPECT_NE(error.find(".aff:2 is not valid UTF-8"), std::string::npos) << error;
}

}  // namespace
}  // namespace handshake::testing
