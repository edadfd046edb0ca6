// Checker::check on arbitrary bytes as the note's text, with every other
// field at its default: whatever the bytes, a well-formed report.
#include <cstddef>
#include <cstdint>

#include "fuzz_support.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  handshake::fuzz::shared_checker();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  handshake::Draft draft;
  draft.text.assign(reinterpret_cast<const char*>(data), size);
  const handshake::CheckResult result = handshake::fuzz::shared_checker().check(draft);
  if (!result.ok()) handshake::fuzz::fail("check rejected a note:", result.error);
  handshake::fuzz::verify_result(draft, result);
  return 0;
}
