// The workload whose instruction count tests/budget/ holds to a baseline:
// creating a checker (dictionary and data files), then checking each golden
// note. Under callgrind every step ends in its own dump (a client request),
// so the test reads one total per step; without valgrind it simply runs.
//
//   valgrind --tool=callgrind --callgrind-out-file=OUT
//            handshake_count_instructions DATA_DIR FIXTURES_DIR
//   -> OUT.1 "Trigger: Client Request: load", then one OUT.N per golden
//      case, "Trigger: Client Request: check <file>/<case>"
#include <ctime>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>

#include "handshake/handshake.h"
#include "test_support.h"

#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#else
#define CALLGRIND_ZERO_STATS
#define CALLGRIND_DUMP_STATS_AT(name)
#endif

// Hunspell bounds its suggestion search by processor time (clock() against
// its TIMELIMIT constants). Under callgrind, some fifty times slower, those
// bounds cut the search at a different point on every run, and the count
// wanders by a third. This executable's clock() wins over libc's for the
// statically linked Hunspell: frozen, it lets every search run to the end, as
// on an idle fast machine, so the count is the same on every run.
extern "C" std::clock_t clock() noexcept { return 0; }

int main(int argc, char** argv) {
  using namespace handshake;
  if (argc != 3) {
    std::cerr << "usage: " << argv[0] << " DATA_DIR FIXTURES_DIR\n";
    return 2;
  }
  try {
    const std::vector<testing::GoldenCase> cases = testing::load_golden_cases(argv[2]);
    CheckerOptions options;
    options.data_dir = argv[1];
    std::string error;

    CALLGRIND_ZERO_STATS;  // the process start and reading the fixtures are not counted
    std::unique_ptr<Checker> checker = Checker::create(options, &error);
    CALLGRIND_DUMP_STATS_AT("load");
    if (!checker) {
      std::cerr << "cannot create the checker: " << error << "\n";
      return 1;
    }
    std::size_t issues = 0;
    for (const testing::GoldenCase& golden : cases) {
      // "<file stem>/<case>", the baseline's key; must outlive the request.
      const std::string dump_name =
          "check " + std::filesystem::path(golden.file).stem().string() + "/" + golden.name;
      issues += checker->check(golden.draft).report.issues.size();
      CALLGRIND_DUMP_STATS_AT(dump_name.c_str());
    }

    std::cout << "checked " << cases.size() << " golden notes, " << issues << " issues\n";
  } catch (const std::exception& e) {
    std::cerr << e.what() << "\n";
    return 1;
  }
  return 0;
}
