#include "word_data.h"

#include <fstream>
#include <sstream>

namespace handshake::tools {
namespace {

// Reads the JSON string starting at text[i] == '"'; leaves i after it.
bool read_string(std::string_view text, std::size_t& i, std::string& out) {
  out.clear();
  if (i >= text.size() || text[i] != '"') return false;
  for (++i; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '"') {
      ++i;
      return true;
    }
    if (c != '\\') {
      out.push_back(c);
      continue;
    }
    if (++i >= text.size()) return false;
    switch (text[i]) {
      case 'n':
        out.push_back('\n');
        break;
      case 't':
        out.push_back('\t');
        break;
      case 'u': {
        if (i + 4 >= text.size()) return false;
        const unsigned code = std::stoul(std::string(text.substr(i + 1, 4)), nullptr, 16);
        i += 4;
        if (code < 0x80) {
          out.push_back(static_cast<char>(code));
        } else if (code < 0x800) {
          out.push_back(static_cast<char>(0xC0 | (code >> 6)));
          out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
        } else {
          out.push_back(static_cast<char>(0xE0 | (code >> 12)));
          out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
          out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
        }
        break;
      }
      default:
        out.push_back(text[i]);
        break;
    }
  }
  return false;
}

void skip_space(std::string_view text, std::size_t& i) {
  while (i < text.size() &&
         (text[i] == ' ' || text[i] == '\n' || text[i] == '\r' || text[i] == '\t'))
    ++i;
}

}  // namespace

bool read_file(const std::string& path, std::string& out) {
  std::ifstream file(path, std::ios::binary);
  if (!file) return false;
  std::ostringstream buffer;
  buffer << file.rdbuf();
  out = buffer.str();
  return true;
}

std::vector<std::pair<std::string, std::uint64_t>> parse_word_counts(std::string_view json) {
  std::vector<std::pair<std::string, std::uint64_t>> counts;
  std::size_t i = 0;
  std::string key, word;
  while ((i = json.find('{', i)) != std::string_view::npos) {
    const std::size_t close = json.find('}', i);
    if (close == std::string_view::npos) break;
    std::uint64_t count = 0;
    bool has_word = false, has_count = false;
    ++i;
    while (i < close) {
      skip_space(json, i);
      if (!read_string(json, i, key)) break;
      skip_space(json, i);
      if (i >= close || json[i] != ':') break;
      ++i;
      skip_space(json, i);
      if (key == "word" && read_string(json, i, word)) {
        has_word = true;
      } else {
        std::uint64_t value = 0;
        bool digits = false;
        while (i < close && json[i] >= '0' && json[i] <= '9')
          value = value * 10 + (json[i++] - '0'), digits = true;
        if (key == "count" && digits) count = value, has_count = true;
        while (i < close && json[i] != ',') ++i;
      }
      skip_space(json, i);
      if (i < close && json[i] == ',') ++i;
    }
    if (has_word && has_count) counts.emplace_back(word, count);
    i = close + 1;
  }
  return counts;
}

std::vector<std::pair<std::string, std::string>> parse_misspellings(std::string_view json) {
  std::vector<std::pair<std::string, std::string>> pairs;
  std::size_t i = json.find('{');
  if (i == std::string_view::npos) return pairs;
  ++i;
  std::string key, value;
  while (i < json.size()) {
    skip_space(json, i);
    if (!read_string(json, i, key)) break;
    skip_space(json, i);
    if (i >= json.size() || json[i] != ':') break;
    ++i;
    skip_space(json, i);
    if (!read_string(json, i, value)) break;
    pairs.emplace_back(key, value);
    skip_space(json, i);
    if (i < json.size() && json[i] == ',') ++i;
  }
  return pairs;
}

std::vector<std::pair<std::string, std::string>> plain_word_pairs(
    const std::vector<std::pair<std::string, std::string>>& pairs) {
  auto plain = [](const std::string& word) {
    if (word.empty()) return false;
    for (char c : word)
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
    return true;
  };
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& pair : pairs)
    if (plain(pair.first) && plain(pair.second)) out.push_back(pair);
  return out;
}

std::size_t rank_of(const std::vector<std::string>& suggestions, const std::string& word) {
  for (std::size_t i = 0; i < suggestions.size(); ++i)
    if (suggestions[i] == word) return i;
  return kNotSuggested;
}

}  // namespace handshake::tools
