// The sanitized build (preset native-asan) must catch what it promises to:
// these options are compiled into the test binary, so they hold however it
// is run, and the test below proves LeakSanitizer is really on in this
// process rather than trusting that it is.
#include <gtest/gtest.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>

#if defined(__SANITIZE_ADDRESS__)
#define HANDSHAKE_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define HANDSHAKE_ASAN 1
#endif
#endif

#ifdef HANDSHAKE_ASAN
#include <sanitizer/lsan_interface.h>
#endif

// Leaks fail the test process at exit; the first UBSan report stops it.
extern "C" const char* __asan_default_options() {
  return "detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1";
}
extern "C" const char* __ubsan_default_options() { return "halt_on_error=1:print_stacktrace=1"; }

namespace {

#ifdef HANDSHAKE_ASAN
constexpr std::uintptr_t kMask = 0x5A5A5A5A5A5A5A5AULL;

// Allocates a block and returns its address disguised, so that no pointer to
// it remains anywhere LeakSanitizer looks: to LSan, the block is leaked.
__attribute__((noinline)) std::uintptr_t allocate_hidden() {
  void* block = std::malloc(4096);
  std::memset(block, 0, 4096);
  return reinterpret_cast<std::uintptr_t>(block) ^ kMask;
}
#endif

TEST(Sanitizers, LeakSanitizerFindsALeak) {
#ifndef HANDSHAKE_ASAN
  GTEST_SKIP() << "not a sanitized build";
#else
  const std::uintptr_t hidden = allocate_hidden();
  const int leaks_found = __lsan_do_recoverable_leak_check();
  std::free(reinterpret_cast<void*>(hidden ^ kMask));  // no leak remains at exit
  EXPECT_EQ(leaks_found, 1) << "LeakSanitizer did not report a block nothing points to";
#endif
}

}  // namespace
