// Checker::check on whole drafts: platform, kind, recipient, sender and
// history come from the input too (format in fuzz_support.h), so unknown
// platforms, hostile names and duplicate detection are all exercised.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_support.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  handshake::fuzz::shared_checker();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const handshake::Draft draft =
      handshake::fuzz::decode_draft(std::string_view(reinterpret_cast<const char*>(data), size));
  const handshake::CheckResult result = handshake::fuzz::shared_checker().check(draft);
  handshake::fuzz::verify_result(draft, result);
  return 0;
}
