// Reads words (one per line) and prints, per word, whether the checker
// accepts it and its suggestions, as JSON lines: the native side of the
// native/wasm parity test (tests/wasm/parity.test.mjs).
#include <cstdio>
#include <iostream>
#include <string>

#include "handshake/handshake.h"

namespace {

std::string json_string(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20) {
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
      out += buffer;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s DATA_DIR < words\n", argv[0]);
    return 2;
  }
  handshake::CheckerOptions options;
  options.data_dir = argv[1];
  std::string error;
  auto checker = handshake::Checker::create(options, &error);
  if (!checker) {
    std::fprintf(stderr, "%s\n", error.c_str());
    return 1;
  }
  std::string word;
  while (std::getline(std::cin, word)) {
    if (word.empty()) continue;
    const bool correct = checker->spell(word);
    std::string line = "{\"word\":" + json_string(word) +
                       ",\"correct\":" + (correct ? "true" : "false") + ",\"suggestions\":[";
    if (!correct) {
      const auto suggestions = checker->suggest(word, 5);
      for (std::size_t i = 0; i < suggestions.size(); ++i)
        line += (i ? "," : "") + json_string(suggestions[i]);
    }
    std::cout << line << "]}\n";
  }
  return 0;
}
