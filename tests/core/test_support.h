// Shared by the core's tests: the checker and the speller over the build's
// data folder, and the golden fixture reader (the format is in tests/fixtures/README.md).
#ifndef HANDSHAKE_TESTS_CORE_TEST_SUPPORT_H_
#define HANDSHAKE_TESTS_CORE_TEST_SUPPORT_H_

#include <ostream>
#include <string>
#include <vector>

#include "handshake/handshake.h"
#include "speller.h"
#include "word_index.h"

namespace handshake::testing {

std::string data_dir();
std::string fixtures_dir();
std::string source_data_dir();
// The fetched Hunspell dictionaries (en_US.aff/.dic, en_GB.aff/.dic) as
// Debian ships them: every build has them, while the wasm data folder
// carries only the packed en-US word list.
std::string dictionary_cache_dir();

// One checker per process over the build's data folder (en-US).
const Checker& shared_checker();
std::unique_ptr<Checker> make_checker(CheckerOptions options = {});
// One Speller per process over the build's bundled en-US dictionary, as the
// checker uses it.
const Speller& shared_en_us_speller();
// A suggestion index over exactly these forms.
spelling::WordIndex make_word_index(const std::vector<std::u32string>& forms);

struct ExpectedIssue {
  std::string rule;
  std::string severity;  // empty: any
  bool has_slice = false;
  std::string slice;
  bool has_fix = false;
  std::string fix;
};

struct GoldenCase {
  std::string file;
  int line = 0;
  std::string name;
  Draft draft;
  std::vector<ExpectedIssue> expect;
  std::vector<std::string> forbid;
  bool forbid_others = false;
  int score_min = 0;
  int score_max = 100;
  bool has_score = false;
  std::string band;
  std::string error;  // expected error substring
};

// gtest prints a parameter with this instead of its bytes.
inline void PrintTo(const GoldenCase& c, std::ostream* os) { *os << c.file << ":" << c.line; }

// Every case of every *.notes file under tests/fixtures (or `dir`), sorted
// by file; `file` is the path below that folder.
std::vector<GoldenCase> load_golden_cases();
std::vector<GoldenCase> load_golden_cases(const std::string& dir);
std::vector<GoldenCase> parse_golden(const std::string& file, const std::string& content,
                                     std::string* error);
std::string unescape(const std::string& value);

// JS-style slice of UTF-8 text by UTF-16 offsets.
std::string utf16_slice(const std::string& text, std::size_t start, std::size_t end);

// Checks one case; returns an empty string when it passes, else why not.
std::string verify_case(const GoldenCase& c, const CheckResult& result);

}  // namespace handshake::testing

#endif  // HANDSHAKE_TESTS_CORE_TEST_SUPPORT_H_
