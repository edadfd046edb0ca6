// Why: a platform cuts off or refuses a note over its limit (LinkedIn's
// invitation box stops at 300 characters, 200 on a free account), so the
// ending, usually the ask and the sign-off, is what gets lost.
#include <string>

#include "checks/check.h"
#include "utf8.h"

namespace handshake {

namespace {

// Byte offset where the platform's count passes `limit`.
std::size_t byte_at_count(std::string_view text, std::size_t limit, CharacterCounting counting) {
  std::size_t counted = 0;
  for (std::size_t i = 0; i < text.size();) {
    const DecodedChar c = decode_utf8(text, i);
    counted += counting == CharacterCounting::kUtf16 ? c.utf16_units : 1;
    if (counted > limit) return i;
    i += c.bytes;
  }
  return text.size();
}

std::string platform_name(std::string_view id) {
  if (id == "linkedin") return "LinkedIn's";
  if (id == "linkedin-free") return "LinkedIn's free-account";
  if (id == "facebook") return "Facebook's";
  if (id == "instagram") return "Instagram's";
  if (id == "x") return "X's";
  return "the platform's";
}

class OverLimitCheck final : public Check {
 public:
  std::vector<std::string_view> rules() const override { return {"over-limit"}; }

  void run(const CheckContext& context, std::vector<Finding>& out) const override {
    const PlatformProfile& platform = context.platform;
    if (platform.limit == 0) return;
    const std::string_view text = context.draft.text;
    const std::size_t characters = count_characters(text, platform.counting);
    if (characters <= platform.limit) return;
    Finding f;
    f.rule = "over-limit";
    f.severity = Severity::kError;
    f.begin = static_cast<std::uint32_t>(byte_at_count(text, platform.limit, platform.counting));
    f.end = static_cast<std::uint32_t>(text.size());
    f.message = "This note is " + std::to_string(characters - platform.limit) +
                " characters over " + platform_name(platform.id) + " " +
                std::to_string(platform.limit) +
                "-character limit; cut it so your closing line is not lost.";
    out.push_back(std::move(f));
  }
};

}  // namespace

std::unique_ptr<Check> make_over_limit_check(const DataDir&, std::string*) {
  return std::make_unique<OverLimitCheck>();
}

}  // namespace handshake
