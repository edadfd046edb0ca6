// Shared by the libFuzzer targets: the checker over the build's data folder,
// the structured-draft input format, and the invariants every report must
// hold whatever the input. A broken invariant aborts, which libFuzzer
// records as a crash with the input that caused it.
#ifndef HANDSHAKE_TESTS_FUZZ_FUZZ_SUPPORT_H_
#define HANDSHAKE_TESTS_FUZZ_FUZZ_SUPPORT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "handshake/handshake.h"

namespace handshake::fuzz {

// HANDSHAKE_DATA_DIR, or the build's data folder.
std::string data_dir();

// One en-US checker per process; aborts when it cannot be created.
const Checker& shared_checker();

// Prints what broke and aborts.
[[noreturn]] void fail(std::string_view what, std::string_view detail = {});

// Aborts unless the result is well formed for this draft: an error value with
// an empty report, or a report whose scores lie in 0..100, whose issues carry
// known rule ids, non-empty messages and UTF-16 spans inside the text,
// ordered by start.
void verify_result(const Draft& draft, const CheckResult& result);

// The structured-draft input: fields separated by the byte 0x1F (ASCII unit
// separator), in the order text, platform, kind, recipient, sender, then any
// number of history notes. A missing or empty platform or kind keeps the
// default. tests/fuzz/make_seeds.mjs writes the same format.
inline constexpr char kFieldSeparator = '\x1F';
Draft decode_draft(std::string_view bytes);

// A private temporary folder, removed with everything in it on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  std::string file(std::string_view name) const { return path_ + "/" + std::string(name); }

 private:
  std::string path_;
};

void write_file(const std::string& path, std::string_view content);
std::string read_file(const std::string& path);

}  // namespace handshake::fuzz

#endif  // HANDSHAKE_TESTS_FUZZ_FUZZ_SUPPORT_H_
