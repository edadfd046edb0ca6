// Dictionary loading: a caller's own Hunspell .aff and .dic (the JS API's
// `dictionary: {aff, dic}`, the CLI's --dict) through Checker::create, then a
// check, spell and suggest with whatever loaded. A corrupt dictionary must
// give a clear error or a working checker, never a crash, a hang or a
// runaway allocation.
//
// Input: the .aff bytes, the line "@@dic@@", the .dic bytes. Without that
// line the whole input is the .aff and a small fixed word list the .dic.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_support.h"

namespace {

constexpr std::string_view kMarker = "\n@@dic@@\n";
constexpr std::string_view kFallbackDic = "6\nhello\nworld/S\nnote/SM\nconnect/DSG\nAmy\nthe\n";

handshake::fuzz::TempDir& temp() {
  static handshake::fuzz::TempDir dir;
  return dir;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t marker = input.find(kMarker);
  const std::string_view aff = input.substr(0, marker);
  const std::string_view dic =
      marker == std::string_view::npos ? kFallbackDic : input.substr(marker + kMarker.size());

  handshake::CheckerOptions options;
  options.data_dir = handshake::fuzz::data_dir();
  options.aff_path = temp().file("fuzz.aff");
  options.dic_path = temp().file("fuzz.dic");
  handshake::fuzz::write_file(options.aff_path, aff);
  handshake::fuzz::write_file(options.dic_path, dic);

  std::string error;
  const auto checker = handshake::Checker::create(options, &error);
  if (!checker) {
    if (error.empty()) handshake::fuzz::fail("Checker::create failed without saying why");
    return 0;
  }
  handshake::Draft draft;
  draft.text = "Hi Amy, I enjoyed your talk on the wrold's notes. Let's connnect! Best, Jo";
  draft.recipient = "Amy Chen";
  handshake::fuzz::verify_result(draft, checker->check(draft));
  checker->spell("hello");
  checker->spell("worlds");
  checker->spell("connecting");
  checker->suggest("wrold", 3);
  checker->add_word("Initech");
  if (!checker->spell("Initech")) handshake::fuzz::fail("an added word is not accepted");
  return 0;
}
