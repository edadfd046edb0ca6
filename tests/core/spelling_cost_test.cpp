#include "spelling_cost.h"

#include <gtest/gtest.h>

#include "code_points.h"

namespace handshake::spelling {
namespace {

AffixRules rules_with_rep() {
  return parse_affix_rules("SET UTF-8\nREP 2\nREP ance ence\nREP f ph\nMAP 1\nMAP eé\n");
}

// Fixed weights, so the expectations below do not move when the defaults
// are retuned.
CostWeights test_weights() {
  CostWeights w;
  w.edit = 1.0;
  w.doubled = 0.35;
  w.vowel_gap = 0.75;
  w.vowel_swap = 0.55;
  w.related = 0.3;
  w.keyboard = 0.8;
  w.sound = 0.7;
  w.transposition = 0.6;
  w.replacement = 0.5;
  w.first_letter = 0.5;
  return w;
}

double distance(const SpellingCost& cost, std::u32string_view typed, std::u32string_view word) {
  return cost.distance(cost.prepare(typed), word);
}

TEST(SpellingCost, IdenticalWordsCostNothing) {
  const SpellingCost cost(rules_with_rep(), test_weights());
  EXPECT_EQ(distance(cost, U"network", U"network"), 0.0);
  EXPECT_EQ(distance(cost, U"", U""), 0.0);
}

TEST(SpellingCost, HumanMisspellingsCostLessThanArbitraryEdits) {
  const SpellingCost cost(rules_with_rep(), test_weights());
  const CostWeights& w = cost.weights();
  EXPECT_DOUBLE_EQ(distance(cost, U"ocured", U"occured"), w.doubled);        // a letter undoubled
  EXPECT_DOUBLE_EQ(distance(cost, U"seperate", U"separate"), w.vowel_swap);  // vowel for vowel
  EXPECT_DOUBLE_EQ(distance(cost, U"thier", U"their"), w.transposition);
  EXPECT_DOUBLE_EQ(distance(cost, U"goverment", U"government"), w.edit);  // a consonant missing
  EXPECT_DOUBLE_EQ(distance(cost, U"cafe", U"café"), w.related);          // MAP
  EXPECT_DOUBLE_EQ(distance(cost, U"lisence", U"licence"), w.sound);      // c and s sound alike
  EXPECT_DOUBLE_EQ(distance(cost, U"netwprk", U"network"), w.keyboard);   // p is next to o
  // A REP entry: "ance" typed for "ence" costs one replacement, not two edits.
  EXPECT_DOUBLE_EQ(distance(cost, U"existance", U"existence"), w.replacement);
  EXPECT_DOUBLE_EQ(distance(cost, U"fonetic", U"phonetic"), w.replacement);
  // Changing the first letter costs extra.
  EXPECT_DOUBLE_EQ(distance(cost, U"bat", U"cat"), w.edit + w.first_letter);
}

// ASCII pairs come from a table, others from the pair sets: the first
// letter's extra cost must reach both.
TEST(SpellingCost, FirstLetterCostsExtraForAnyCharacter) {
  const SpellingCost cost(rules_with_rep(), test_weights());
  const CostWeights& w = cost.weights();
  EXPECT_DOUBLE_EQ(distance(cost, U"éclair", U"eclair"), w.related + w.first_letter);
  EXPECT_DOUBLE_EQ(distance(cost, U"eclair", U"éclair"), w.related + w.first_letter);
  EXPECT_DOUBLE_EQ(distance(cost, U"cafe", U"café"), w.related);
  EXPECT_DOUBLE_EQ(distance(cost, U"bat", U"cat"), distance(cost, U"bét", U"cét"));
  EXPECT_DOUBLE_EQ(distance(cost, U"xbat", U"bat"), w.edit + w.first_letter);
}

// ASCII pairs come from a table built from the pair sets: a MAP group of
// two ASCII letters costs `related`, whatever else the pair is.
TEST(SpellingCost, AsciiPairsCostWhatTheirKindsSay) {
  const SpellingCost cost(parse_affix_rules("SET UTF-8\nMAP 1\nMAP ao\n"), test_weights());
  const CostWeights& w = cost.weights();
  EXPECT_DOUBLE_EQ(distance(cost, U"xay", U"xoy"), w.related);     // MAP, and two vowels
  EXPECT_DOUBLE_EQ(distance(cost, U"xey", U"xiy"), w.vowel_swap);  // two vowels
  EXPECT_DOUBLE_EQ(distance(cost, U"xqy", U"xky"), w.sound);
  EXPECT_DOUBLE_EQ(distance(cost, U"xoy", U"xpy"), w.keyboard);  // neighbours on the keyboard
  EXPECT_DOUBLE_EQ(distance(cost, U"xby", U"xmy"), w.edit);
  EXPECT_DOUBLE_EQ(distance(cost, U"xby", U"xby"), 0.0);
}

// A prepared word is reused for many words, and the distance table from
// call to call: a longer word before must leave nothing behind.
TEST(SpellingCost, ReusedTableGivesTheSameDistances) {
  const SpellingCost cost(rules_with_rep(), test_weights());
  const SpellingCost::Typed typed = cost.prepare(U"existance");
  const double alone = cost.distance(typed, U"existence");
  cost.distance(typed, U"existentialism");
  cost.distance(cost.prepare(U"fonetically"), U"phonetically");
  EXPECT_EQ(cost.distance(typed, U"existence"), alone);
  EXPECT_DOUBLE_EQ(alone, cost.weights().replacement);
}

TEST(SpellingCost, StopsEarlyPastTheBound) {
  const SpellingCost cost(rules_with_rep(), test_weights());
  EXPECT_GT(cost.distance(cost.prepare(U"abcdefgh"), U"zyxwvuts", 1.5), 1.5);
  EXPECT_LT(cost.distance(cost.prepare(U"abcdefgh"), U"abcdefgg", 1.5), 1.5);
}

// A transposition reaches back two rows: with no REP entry of two letters
// or more, one row over the bound must not end the search.
TEST(SpellingCost, TranspositionsOutlastOneRowOverTheBound) {
  const SpellingCost cost(parse_affix_rules("SET UTF-8\n"));
  const std::pair<std::u32string, std::u32string> pairs[] = {
      {U"inors", U"imiosr"}, {U"lghrui", U"aglhriu"}, {U"bmprmnl", U"bambmrnl"}};
  for (const auto& [typed, word] : pairs) {
    const SpellingCost::Typed prepared = cost.prepare(typed);
    const double exact = cost.distance(prepared, word);
    ASSERT_LE(exact, 2.5) << encode_utf8(typed);
    EXPECT_EQ(cost.distance(prepared, word, 2.5), exact) << encode_utf8(typed);
    double found = -1;
    EXPECT_TRUE(cost.within(prepared, word, 2.5, &found));
    EXPECT_EQ(found, exact);
  }
}

// A word's letters find the REP entries that can end on them: anchored
// entries only at their end of the word, an entry ending in "é" not on an
// "i" (the same bucket, é being U+00E9), an entry longer than the word's
// start not before it, and an entry that deletes letters anywhere.
TEST(SpellingCost, RepEntriesEndOnlyWhereTheirTextEnds) {
  AffixRules rules =
      parse_affix_rules("SET UTF-8\nREP 4\nREP ^f ph\nREP ance$ ence\nREP ei é\nREP j dge\n");
  rules.replacements.push_back({U"x", U"", false, false});
  rules.replacements.push_back({U"q", U"", false, true});
  const SpellingCost cost(rules, test_weights());
  const CostWeights& w = cost.weights();
  EXPECT_DOUBLE_EQ(distance(cost, U"fase", U"phase"), w.replacement);
  EXPECT_GT(distance(cost, U"sofa", U"sopha"), w.replacement);  // "f" not at the start
  EXPECT_DOUBLE_EQ(distance(cost, U"existance", U"existence"), w.replacement);
  EXPECT_DOUBLE_EQ(distance(cost, U"balancer", U"balencer"), w.vowel_swap);  // not at the end
  EXPECT_DOUBLE_EQ(distance(cost, U"caffei", U"caffé"), w.replacement);
  EXPECT_GT(distance(cost, U"caffei", U"caffi"), w.replacement);
  EXPECT_DOUBLE_EQ(distance(cost, U"juj", U"judge"), w.replacement);
  EXPECT_DOUBLE_EQ(distance(cost, U"j", U"dge"), w.replacement);
  EXPECT_GT(distance(cost, U"j", U"ge"), w.replacement);  // "dge" does not fit in "ge"
  EXPECT_DOUBLE_EQ(distance(cost, U"boxat", U"boat"), w.replacement);
  EXPECT_DOUBLE_EQ(distance(cost, U"boatq", U"boat"), w.replacement);
  EXPECT_GT(distance(cost, U"boqat", U"boat"), w.replacement);  // "q" only at the end
  // The same prepared word against words of every length, in turn.
  const SpellingCost::Typed typed = cost.prepare(U"fance");
  EXPECT_DOUBLE_EQ(cost.distance(typed, U"phence"), 2 * w.replacement);
  EXPECT_GT(cost.distance(typed, U"p"), w.replacement);
  EXPECT_DOUBLE_EQ(cost.distance(typed, U"phence"), 2 * w.replacement);
}

// within() gives up sooner than distance() but never on a word under the
// bound, transpositions and REP entries (which reach back rows) included.
TEST(SpellingCost, WithinAgreesWithTheDistance) {
  const SpellingCost cost(rules_with_rep(), test_weights());
  const std::u32string words[] = {U"existence", U"existance", U"phonetic", U"fonetic",
                                  U"their",     U"thier",     U"network",  U"zyxwvuts",
                                  U"abcdefgg",  U"café",      U"separate", U"seperate"};
  for (const std::u32string& typed : words) {
    const SpellingCost::Typed prepared = cost.prepare(typed);
    for (const std::u32string& word : words) {
      for (double bound : {0.0, 0.5, 1.0, 2.5}) {
        const double exact = cost.distance(prepared, word);
        double found = -1;
        EXPECT_EQ(cost.within(prepared, word, bound, &found), exact <= bound);
        if (exact <= bound) {
          EXPECT_EQ(found, exact);
        }
      }
    }
  }
}

}  // namespace
}  // namespace handshake::spelling
