#include "bench_inputs.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string_view>

namespace handshake::bench {
namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

std::vector<std::string> lines_of(const std::string& content) {
  std::vector<std::string> lines;
  std::istringstream in(content);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  return lines;
}

// Kept in step with recipientNames in bench/lib/data.mjs.
const char* const kRecipientNames[] = {
    "Amy",   "Sam",    "Laura",  "Daniel", "Maria", "James", "Sarah", "David",
    "Emma",  "Peter",  "Rachel", "Kevin",  "Linda", "Oscar", "Nina",  "Victor",
    "Julia", "Mark",   "Helen",  "Simon",  "Grace", "Paul",  "Diana", "Henry",
    "Alice", "Robert", "Clara",  "Martin", "Irene", "Frank", "Susan", "George",
};
constexpr std::size_t kRecipientNameCount = sizeof(kRecipientNames) / sizeof(kRecipientNames[0]);

void replace_all(std::string& text, std::string_view from, std::string_view to) {
  for (std::size_t at = text.find(from); at != std::string::npos;
       at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
}

bool plain_word(std::string_view word) {
  return !word.empty() && std::all_of(word.begin(), word.end(),
                                      [](unsigned char c) { return std::isalpha(c) != 0; });
}

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

// The quoted strings of a `"key": "value",` line of dictionary.json. The
// file holds no escapes inside the pairs this benchmark keeps (plain words).
std::vector<std::string> quoted_strings(const std::string& line) {
  std::vector<std::string> strings;
  std::size_t at = 0;
  while ((at = line.find('"', at)) != std::string::npos) {
    std::size_t close = line.find('"', at + 1);
    if (close == std::string::npos) break;
    strings.push_back(line.substr(at + 1, close - at - 1));
    at = close + 1;
  }
  return strings;
}

}  // namespace

std::vector<Draft> load_bench_notes(const std::string& path) {
  std::vector<Draft> notes;
  for (const std::string& line : lines_of(read_file(path))) {
    if (line.empty() || line[0] == '#') continue;
    std::size_t template_index = notes.size();
    Draft draft;
    draft.recipient = kRecipientNames[template_index % kRecipientNameCount];
    draft.text = line;
    replace_all(draft.text, "{name}", draft.recipient);
    replace_all(draft.text, "[[", "");
    replace_all(draft.text, "]]", "");
    notes.push_back(std::move(draft));
  }
  if (notes.empty()) throw std::runtime_error(path + " holds no notes");
  return notes;
}

std::vector<MisspellingPair> load_misspellings(const std::string& dictionary_json,
                                               std::size_t count) {
  std::vector<MisspellingPair> pairs;
  for (const std::string& line : lines_of(read_file(dictionary_json))) {
    std::vector<std::string> strings = quoted_strings(line);
    if (strings.size() != 2) continue;
    if (!plain_word(strings[0]) || !plain_word(strings[1])) continue;
    if (equal_ignoring_case(strings[0], strings[1])) continue;
    pairs.push_back({strings[0], strings[1]});
    if (pairs.size() == count) return pairs;
  }
  throw std::runtime_error(dictionary_json + " holds only " + std::to_string(pairs.size()) +
                           " plain pairs");
}

}  // namespace handshake::bench
