// The suggestion index build alone: creates a checker (not measured), then
// builds the index (Checker::prepare_suggestions) and prints the heap it
// took at its peak and what it holds afterwards. Under callgrind the build
// is the only step counted (client requests), so its instruction count
// repeats exactly run to run:
//
//   valgrind --tool=callgrind --callgrind-out-file=OUT
//            build/native-release/bench/handshake_index_build [DATA_DIR]
//   -> OUT.1 "Trigger: Client Request: prepare_suggestions"
//
// The heap figures count every operator new of the process (the index is
// built with the C++ allocator only), so they need no valgrind.
//
//   handshake_index_build --dump AFF DIC > FILE
// prints the index built from AFF and DIC (every entry's forms, the trie's
// size, the key fingerprint), to compare the index of two builds.
#include <malloc.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <new>
#include <string>

#include "affix_rules.h"
#include "data_files.h"
#include "handshake/handshake.h"
#include "word_forms.h"
#include "word_index.h"

#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#else
#define CALLGRIND_ZERO_STATS
#define CALLGRIND_DUMP_STATS_AT(name)
#endif

namespace {

std::size_t live_bytes = 0;
std::size_t peak_bytes = 0;

void* allocate(std::size_t size) {
  void* p = std::malloc(size == 0 ? 1 : size);
  if (p == nullptr) throw std::bad_alloc();
  live_bytes += malloc_usable_size(p);
  if (live_bytes > peak_bytes) peak_bytes = live_bytes;
  return p;
}

void release(void* p) {
  if (p == nullptr) return;
  live_bytes -= malloc_usable_size(p);
  std::free(p);
}

double mb(std::size_t bytes) { return static_cast<double>(bytes) / 1e6; }

}  // namespace

void* operator new(std::size_t size) { return allocate(size); }
void* operator new[](std::size_t size) { return allocate(size); }
void operator delete(void* p) noexcept { release(p); }
void operator delete[](void* p) noexcept { release(p); }
void operator delete(void* p, std::size_t) noexcept { release(p); }
void operator delete[](void* p, std::size_t) noexcept { release(p); }

int dump(const char* aff_path, const char* dic_path) {
  using namespace handshake;
  std::string aff, dic;
  if (!read_whole_file(aff_path, &aff) || !read_whole_file(dic_path, &dic)) {
    std::cerr << "cannot read " << aff_path << " or " << dic_path << "\n";
    return 1;
  }
  const spelling::AffixRules rules = spelling::parse_affix_rules(aff);
  spelling::WordIndex::Builder builder;
  const spelling::ExpansionStats stats =
      spelling::expand_word_forms(rules, dic, {}, [&](auto form) { builder.add(form); });
  const spelling::WordIndex index = builder.build();
  std::printf("entries read %zu, forms emitted %zu, keys %zu, nodes %zu, fingerprint %016llx\n",
              stats.entries, stats.forms, index.entry_count(), index.node_count(),
              static_cast<unsigned long long>(index.fingerprint()));
  for (std::uint32_t e = 0; e < index.entry_count(); ++e) {
    for (std::size_t f = 0; f < index.form_count(e); ++f)
      std::printf("%s%.*s", f ? " " : "", static_cast<int>(index.form(e, f).size()),
                  index.form(e, f).data());
    std::printf("\n");
  }
  return 0;
}

int main(int argc, char** argv) {
  using namespace handshake;
  if (argc == 4 && std::string(argv[1]) == "--dump") return dump(argv[2], argv[3]);
  CheckerOptions options;
  options.data_dir = argc > 1 ? argv[1] : HANDSHAKE_BENCH_DATA_DIR;
  std::string error;
  std::unique_ptr<Checker> checker = Checker::create(options, &error);
  if (!checker) {
    std::cerr << "cannot create the checker: " << error << "\n";
    return 1;
  }
  const std::size_t before = live_bytes;
  peak_bytes = live_bytes;
  CALLGRIND_ZERO_STATS;
  const bool built = checker->prepare_suggestions(&error);
  CALLGRIND_DUMP_STATS_AT("prepare_suggestions");
  if (!built) {
    std::cerr << "cannot build the suggestion index: " << error << "\n";
    return 1;
  }
  std::printf("C++ heap: %.2f MB after loading, build peak +%.2f MB, index +%.2f MB\n", mb(before),
              mb(peak_bytes - before), mb(live_bytes - before));
  std::printf("first suggestion for \"recieve\": %s\n", checker->suggest("recieve").at(0).c_str());
  return 0;
}
