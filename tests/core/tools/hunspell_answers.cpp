// Prints Hunspell's spell() answer, info flags and root for every word of
// the given word lists and for variants of each (its case forms, common
// endings, a blank, an abbreviation's dot, a letter changed or dropped), one
// line per word. Built twice: against the project's patched Hunspell and
// against Debian's unpatched libhunspell; the test hunspell_matches_upstream
// (tests/core/hunspell_matches_upstream.cmake) requires the two outputs to be
// identical, so no patch in cmake/Hunspell.cmake can change an answer.
//
//   handshake_hunspell_answers AFF DIC WORDLIST...
//
// A word list is a .dic (its first line, the count, is skipped; a line's
// word ends at '/' or a tab) or a plain list, one word per line.
#include <hunspell.hxx>

#include <cstddef>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

namespace {

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::vector<std::string> read_words(const std::string& path) {
  std::vector<std::string> words;
  std::ifstream in(path, std::ios::binary);
  const bool dic = ends_with(path, ".dic");
  std::string line;
  for (bool first = true; std::getline(in, line); first = false) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (dic) {
      if (first) continue;
      const std::size_t end = line.find_first_of("/\t");
      if (end != std::string::npos) line.resize(end);
    }
    if (!line.empty()) words.push_back(line);
  }
  return words;
}

// ASCII case changes only: Hunspell's own case mapping is what is compared.
std::string ascii_lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}
std::string ascii_upper(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}
std::string ascii_capitalized(std::string s) {
  s = ascii_lower(s);
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

std::vector<std::string> variants(const std::string& word, std::size_t n) {
  static const char* const kEndings[] = {"s", "'s", "ed", "ing", "ly", "-", ".", "1"};
  std::vector<std::string> out = {word,
                                  ascii_lower(word),
                                  ascii_upper(word),
                                  ascii_capitalized(word),
                                  " " + word,
                                  word + kEndings[n % 8],
                                  ascii_capitalized(word) + kEndings[(n + 3) % 8]};
  if (word.size() > 2) {
    const std::size_t at = n % word.size();
    std::string changed = word;
    changed[at] = static_cast<char>('a' + n % 26);
    out.push_back(changed);
    out.push_back(word.substr(0, at) + word.substr(at + 1));
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::cerr << "usage: handshake_hunspell_answers AFF DIC WORDLIST...\n";
    return 2;
  }
  Hunspell hunspell(argv[1], argv[2]);
  std::string out;
  std::size_t n = 0, count = 0;
  for (int i = 3; i < argc; ++i) {
    for (const std::string& word : read_words(argv[i])) {
      for (const std::string& w : variants(word, n++)) {
        int info = 0;
        std::string root;
        const bool correct = hunspell.spell(w, &info, &root);
        out += w;
        out += '\t';
        out += correct ? '1' : '0';
        out += ' ';
        out += std::to_string(info);
        out += ' ';
        out += root;
        out += '\n';
        ++count;
      }
    }
  }
  std::cout << out;
  std::cerr << count << "\n";
  return 0;
}
