// Why: etiquette guides agree a connection note is a few concise sentences:
// too short and it cannot say who you are and why you are writing; too long
// and a stranger skims or skips it. The ideal range comes from the platform
// (platforms.tsv), narrowed by the kind of note (kinds.tsv: a thank-you is
// short, a decline may be one line). Over the hard limit is over-limit's.
#include "checks/check.h"
#include "checks/check_util.h"
#include "kinds.h"
#include "utf8.h"

namespace handshake {

namespace {

// Byte offset where the platform's count passes `count`.
std::uint32_t byte_after_count(std::string_view text, std::size_t count,
                               CharacterCounting counting) {
  std::size_t counted = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {  // one byte, one unit, without decoding
      if (++counted > count) return static_cast<std::uint32_t>(i);
      ++i;
      continue;
    }
    const DecodedChar c = decode_utf8(text, i);
    counted += counting == CharacterCounting::kUtf16 ? c.utf16_units : 1;
    if (counted > count) return static_cast<std::uint32_t>(i);
    i += c.bytes;
  }
  return static_cast<std::uint32_t>(text.size());
}

class LengthCheck final : public Check {
 public:
  std::vector<std::string_view> rules() const override { return {"too-long", "too-short"}; }

  void run(const CheckContext& context, std::vector<Finding>& out) const override {
    const PlatformProfile& platform = context.platform;
    const std::string_view text = context.draft.text;
    const std::size_t characters = count_characters(text, platform.counting);
    // Spelled out only for a finding: most notes are within the range.
    auto range = [&platform] {
      return std::to_string(platform.ideal_min) + "\xE2\x80\x93" +
             std::to_string(platform.ideal_max);
    };

    const RulePolicy& short_policy = context.kind.policy("too-short");
    if (short_policy.applies && characters < platform.ideal_min) {
      const auto [begin, end] = note_span(context.doc);
      out.push_back(make_finding(
          "too-short", Severity::kWarning, begin, end,
          characters == 0
              ? "Write a few sentences: who you are, how you know them, and why you are "
                "writing (" +
                    range() + " characters reads well here)."
              : "At " + std::to_string(characters) +
                    " characters this is too brief to be personal; aim for " + range() +
                    ": who you are, how you know them, and why you are writing.",
          short_policy.weight));
    }

    const RulePolicy& long_policy = context.kind.policy("too-long");
    const bool over_limit = platform.limit > 0 && characters > platform.limit;
    if (long_policy.applies && platform.ideal_max > 0 && characters > platform.ideal_max &&
        !over_limit) {
      out.push_back(make_finding(
          "too-long", Severity::kWarning,
          byte_after_count(text, platform.ideal_max, platform.counting),
          static_cast<std::uint32_t>(text.size()),
          "At " + std::to_string(characters) + " characters this runs past the " +
              std::to_string(platform.ideal_max) +
              " a reader takes in at a glance; cut it to two or three sentences: how you know "
              "them, why you are writing, one ask.",
          long_policy.weight));
    }
  }
};

}  // namespace

std::unique_ptr<Check> make_length_check(const DataDir&, std::string*) {
  return std::make_unique<LengthCheck>();
}

}  // namespace handshake
