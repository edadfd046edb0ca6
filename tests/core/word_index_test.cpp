#include "word_index.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "code_points.h"
#include "test_support.h"

namespace handshake::spelling {
namespace {

std::set<std::string> within(const WordIndex& index, std::u32string_view key, int distance,
                             std::size_t exact_prefix = 0, bool other_first = false) {
  std::vector<IndexMatch> matches;
  index.find_within(key, distance, matches, exact_prefix, other_first);
  std::set<std::string> out;
  for (const IndexMatch& m : matches)
    out.insert(std::string(index.form(m.entry, 0)) + ":" + std::to_string(m.distance));
  return out;
}

// The reference: optimal string alignment distance, computed directly.
int osa(std::u32string_view a, std::u32string_view b) {
  std::vector<std::vector<int>> d(a.size() + 1, std::vector<int>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = static_cast<int>(i);
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= a.size(); ++i)
    for (std::size_t j = 1; j <= b.size(); ++j) {
      d[i][j] =
          std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1])});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.size()][b.size()];
}

// Builder::add copies ASCII forms whole and goes character by character
// otherwise (accents, forms longer than its 64-character buffer): both must
// key and keep the forms alike.
TEST(WordIndex, KeysAsciiAndOtherFormsAlike) {
  const std::u32string long_form(70, U'A');
  const WordIndex index =
      testing::make_word_index({U"Caf\u00E9", U"cafe", U"CAFE", long_form, U"\u00C9t\u00E9"});
  ASSERT_EQ(index.entry_count(), 4u);
  const std::int64_t cafe = index.find(U"cafe");
  ASSERT_GE(cafe, 0);
  EXPECT_EQ(index.form_count(static_cast<std::uint32_t>(cafe)), 2u);  // "CAFE", "cafe"
  EXPECT_GE(index.find(U"caf\u00E9"), 0);
  EXPECT_GE(index.find(U"\u00E9t\u00E9"), 0);
  const std::int64_t long_entry = index.find(std::u32string(70, U'a'));
  ASSERT_GE(long_entry, 0);
  EXPECT_EQ(index.form(static_cast<std::uint32_t>(long_entry), 0), std::string(70, 'A'));
}

// Decoding into a reused buffer shrinks it to the text and maps each
// malformed sequence to one replacement character.
TEST(CodePoints, DecodesIntoAReusedBuffer) {
  std::u32string out = U"a much longer previous content";
  decode_utf8("h\xC3\xA9", out);
  EXPECT_EQ(out, U"h\u00E9");
  decode_utf8("\xC3(\xE2\x82", out);
  EXPECT_EQ(out, std::u32string({kReplacementCharacter, U'(', kReplacementCharacter}));
  decode_utf8("", out);
  EXPECT_TRUE(out.empty());
}

TEST(WordIndex, GroupsFormsByLowerCaseKey) {
  const WordIndex index = testing::make_word_index({U"may", U"May", U"may", U"apple", U"Zoë"});
  EXPECT_EQ(index.entry_count(), 3u);
  const std::int64_t may = index.find(U"may");
  ASSERT_GE(may, 0);
  ASSERT_EQ(index.form_count(static_cast<std::uint32_t>(may)), 2u);
  EXPECT_EQ(index.form(static_cast<std::uint32_t>(may), 0), "May");
  EXPECT_EQ(index.form(static_cast<std::uint32_t>(may), 1), "may");
  EXPECT_GE(index.find(U"zoë"), 0);
  EXPECT_EQ(index.find(U"zoe"), -1);
  EXPECT_EQ(index.find(U"ma"), -1);
  EXPECT_EQ(index.find(U""), -1);
  EXPECT_EQ(index.find(U"mayo"), -1);
}

TEST(WordIndex, FindsWordsWithinAnEditDistance) {
  const WordIndex index =
      testing::make_word_index({U"their", U"thief", U"tier", U"the", U"there", U"heir", U"three"});
  EXPECT_EQ(within(index, U"thier", 1), (std::set<std::string>{"their:1", "thief:1", "tier:1"}));
  EXPECT_EQ(within(index, U"thier", 2),
            (std::set<std::string>{"their:1", "thief:1", "tier:1", "the:2", "there:2", "heir:2",
                                   "three:2"}));
  // The first letter held fixed: "heir" (which drops the t) is out.
  EXPECT_EQ(within(index, U"thier", 2, 1),
            (std::set<std::string>{"their:1", "thief:1", "tier:1", "the:2", "there:2", "three:2"}));
  EXPECT_TRUE(within(index, U"xyzzy", 1).empty());
  EXPECT_TRUE(within(index, U"", 1).empty());
}

// Every word the trie walk returns, and none it misses, against a brute
// force over a real vocabulary slice.
TEST(WordIndex, AgreesWithBruteForce) {
  const std::vector<std::u32string> words = {
      U"connect",    U"connection",  U"connections", U"collect",    U"correct",    U"conduct",
      U"contact",    U"contract",    U"conference",  U"confidence", U"recruiter",  U"recruit",
      U"recruiting", U"network",     U"networking",  U"netwrok",    U"invitation", U"invite",
      U"invited",    U"meeting",     U"meet",        U"met",        U"mentor",     U"mentee",
      U"engineer",   U"engineering", U"product",     U"production", U"a",          U"an",
      U"at"};
  const WordIndex index = testing::make_word_index(words);
  for (const std::u32string query :
       {U"conect", U"recruter", U"netowrk", U"invitaiton", U"mentr", U"at", U"xx"}) {
    for (int d = 0; d <= 2; ++d) {
      std::set<std::string> expected;
      for (const auto& w : words)
        if (osa(query, w) <= d)
          expected.insert(encode_utf8(w) + ":" + std::to_string(osa(query, w)));
      EXPECT_EQ(within(index, query, d), expected) << encode_utf8(query) << " d=" << d;
    }
  }
}

// The first letter held or excluded, and queries past 64 characters (which
// the walk compares symbol by symbol instead of by bit masks).
TEST(WordIndex, AgreesWithBruteForceOnFirstLettersAndLongWords) {
  const std::u32string long_word(70, U'a');
  const std::vector<std::u32string> words = {U"connect",
                                             U"donnect",
                                             U"onnect",
                                             U"cnnect",
                                             U"ocnnect",
                                             U"contact",
                                             U"conduct",
                                             U"recruit",
                                             U"network",
                                             long_word,
                                             long_word + U"b",
                                             U"b" + long_word,
                                             long_word.substr(1) + U"é",
                                             U"é" + long_word.substr(1)};
  const WordIndex index = testing::make_word_index(words);
  const std::vector<std::u32string> queries = {U"conect", U"onnect", long_word + U"c",
                                               U"c" + long_word.substr(2), U"é" + long_word};
  for (const std::u32string& query : queries) {
    for (int d = 0; d <= 2; ++d) {
      std::set<std::string> any, same, other;
      for (const auto& w : words) {
        const int distance = osa(query, w);
        if (distance > d) continue;
        const std::string found = encode_utf8(w) + ":" + std::to_string(distance);
        any.insert(found);
        (w[0] == query[0] ? same : other).insert(found);
      }
      const std::string at = encode_utf8(query) + " d=" + std::to_string(d);
      EXPECT_EQ(within(index, query, d), any) << at;
      EXPECT_EQ(within(index, query, d, 1), same) << at;
      EXPECT_EQ(within(index, query, d, 0, true), other) << at;
    }
  }
}

// Past 65,534 distinct characters the alphabet is cut and the characters
// left out share one label: the walk must still answer as the brute force
// does for those words, and not look them up by symbol.
TEST(WordIndex, AnAlphabetPastItsLimitStillAnswers) {
  std::vector<std::u32string> words;
  char32_t c = 0x10000;
  for (int w = 0; w < 7000; ++w) {
    std::u32string word;
    for (int i = 0; i < 10; ++i) word += c++;
    words.push_back(word);
  }
  words.push_back(U"ab");
  words.push_back(U"abc");
  const WordIndex index = testing::make_word_index(words);
  EXPECT_EQ(within(index, U"ab", 1), (std::set<std::string>{"ab:0", "abc:1"}));
  EXPECT_EQ(within(index, U"abd", 1), (std::set<std::string>{"ab:1", "abc:1"}));
  EXPECT_EQ(within(index, U"ab", 1, 0, true), std::set<std::string>{});
}

TEST(WordIndex, FingerprintIdentifiesTheVocabulary) {
  const WordIndex a = testing::make_word_index({U"one", U"two"});
  const WordIndex b = testing::make_word_index({U"two", U"One", U"one"});
  const WordIndex c = testing::make_word_index({U"one", U"three"});
  EXPECT_EQ(a.fingerprint(), b.fingerprint());
  EXPECT_NE(a.fingerprint(), c.fingerprint());
}

// The builder keeps each key once in its pool, with the form only when it
// differs: that rests on lower-casing keeping every character's UTF-8 length.
TEST(CodePoints, LowerCaseKeepsTheUtf8Length) {
  for (char32_t c = 0; c < 0x30000; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    std::string upper, lower;
    append_utf8(upper, c);
    append_utf8(lower, to_lower_fast(c));
    ASSERT_EQ(upper.size(), lower.size()) << std::hex << static_cast<std::uint32_t>(c);
  }
}

// The trie built from sorted keys: one node per distinct prefix (in
// characters), every key found, every proper prefix not, with forms of any
// case, duplicates, keys that are prefixes of others, keys longer than the
// 12 bytes the builder packs, and multi-byte characters that share a lead byte.
TEST(WordIndex, HasOneNodePerDistinctPrefix) {
  const std::vector<std::u32string> forms = {U"characterization",
                                             U"characterizations",
                                             U"Characterization",
                                             U"characterization",
                                             U"character",
                                             U"\u00E9t\u00E9",
                                             U"\u00E9tude",
                                             U"\u00C9tude",
                                             U"\u00EAtre",
                                             U"\u00E8re",
                                             U"zo\u00EB",
                                             U"Zo\u00EB",
                                             U"zoo",
                                             U"a",
                                             U"A",
                                             U"ab",
                                             U"abc",
                                             U"abcdefghijklm",
                                             U"abcdefghijklmn",
                                             U"abcdefghijklmN",
                                             U"abcdefghijkl",
                                             U"\u0416\u0443\u043A",
                                             U"\u0436\u0443\u043A",
                                             U"\U0001F600x",
                                             U"\U0001F601"};
  const WordIndex index = testing::make_word_index(forms);
  std::set<std::u32string> keys, prefixes;
  for (const std::u32string& form : forms) {
    const std::u32string key = to_lower(form);
    keys.insert(key);
    for (std::size_t n = 0; n <= key.size(); ++n) prefixes.insert(key.substr(0, n));
  }
  EXPECT_EQ(index.entry_count(), keys.size());
  EXPECT_EQ(index.node_count(), prefixes.size());
  std::int64_t previous = -1;
  for (const std::u32string& key : keys) {  // in code point order, as the entries are
    const std::int64_t entry = index.find(key);
    EXPECT_EQ(entry, previous + 1) << encode_utf8(key);
    previous = entry;
  }
  for (const std::u32string& prefix : prefixes) {
    if (keys.count(prefix) == 0) {
      EXPECT_EQ(index.find(prefix), -1) << encode_utf8(prefix);
    }
  }
  const std::int64_t long_key = index.find(U"abcdefghijklmn");
  ASSERT_GE(long_key, 0);
  ASSERT_EQ(index.form_count(static_cast<std::uint32_t>(long_key)), 2u);
  EXPECT_EQ(index.form(static_cast<std::uint32_t>(long_key), 0), "abcdefghijklmN");
  EXPECT_EQ(index.form(static_cast<std::uint32_t>(long_key), 1), "abcdefghijklmn");
  const std::int64_t etude = index.find(U"\u00E9tude");
  ASSERT_GE(etude, 0);
  ASSERT_EQ(index.form_count(static_cast<std::uint32_t>(etude)), 2u);
  EXPECT_EQ(index.form(static_cast<std::uint32_t>(etude), 0), "\u00C9tude");
}

TEST(WordIndex, EmptyIndexAnswersNothing) {
  const WordIndex empty = testing::make_word_index({});
  EXPECT_EQ(empty.entry_count(), 0u);
  EXPECT_EQ(empty.find(U"a"), -1);
  EXPECT_TRUE(within(empty, U"a", 2).empty());
}

}  // namespace
}  // namespace handshake::spelling
