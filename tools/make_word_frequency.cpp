// Builds the word frequency table for one dictionary at build time:
//   make_word_frequency LANG.aff LANG.dic subtlex.json OUT [MAX_WORDS]
// The table lists the MAX_WORDS most common words of the SUBTLEX-US counts
// that the dictionary holds, by their position in its sorted vocabulary
// (src/word_frequency.h), so it only fits the dictionary it was made from.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include "affix_rules.h"
#include "word_data.h"
#include "word_forms.h"
#include "word_frequency.h"
#include "word_index.h"

int main(int argc, char** argv) {
  using namespace handshake;
  if (argc < 5) {
    std::fprintf(stderr, "usage: %s LANG.aff LANG.dic subtlex.json OUT [MAX_WORDS]\n", argv[0]);
    return 2;
  }
  const std::size_t max_words = argc > 5 ? std::strtoul(argv[5], nullptr, 10) : 30000;
  std::string aff, dic, json;
  for (auto [path, text] : {std::pair{argv[1], &aff}, {argv[2], &dic}, {argv[3], &json}}) {
    if (!tools::read_file(path, *text)) {
      std::fprintf(stderr, "make_word_frequency: cannot read %s\n", path);
      return 1;
    }
  }
  const spelling::AffixRules rules = spelling::parse_affix_rules(aff);
  spelling::WordIndex::Builder builder;
  spelling::expand_word_forms(rules, dic, {}, [&](std::string_view form) { builder.add(form); });
  const spelling::WordIndex index = builder.build();
  const auto counts = tools::parse_word_counts(json);
  if (counts.empty()) {
    std::fprintf(stderr, "make_word_frequency: no word counts in %s\n", argv[3]);
    return 1;
  }
  const std::string table = spelling::WordFrequency::encode(index, counts, max_words);
  std::ofstream out(argv[4], std::ios::binary);
  out.write(table.data(), static_cast<std::streamsize>(table.size()));
  if (!out) {
    std::fprintf(stderr, "make_word_frequency: cannot write %s\n", argv[4]);
    return 1;
  }
  std::printf("make_word_frequency: %zu counts, %zu dictionary words, table %zu bytes -> %s\n",
              counts.size(), index.entry_count(), table.size(), argv[4]);
  return 0;
}
