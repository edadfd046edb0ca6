// Small helpers the checks share: spans over the whole note and quoting.
#ifndef HANDSHAKE_CHECKS_CHECK_UTIL_H_
#define HANDSHAKE_CHECKS_CHECK_UTIL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "checks/check.h"
#include "document.h"

namespace handshake {

// The note without its surrounding white space, as a byte span; (0, 0) for
// a blank note. Note-level findings (no-context, no-reason) cover it.
inline std::pair<std::uint32_t, std::uint32_t> note_span(const Document& doc) {
  std::uint32_t begin = 0, end = 0;
  bool seen = false;
  for (const Token& t : doc.tokens) {
    if (t.kind == TokenKind::kSpace || t.kind == TokenKind::kNewline) continue;
    if (!seen) begin = t.begin;
    seen = true;
    end = t.end;
  }
  return {begin, end};
}

// “text” in typographic quotes, as messages show a phrase from the note.
inline std::string quoted(std::string_view text) {
  return "\xE2\x80\x9C" + std::string(text) + "\xE2\x80\x9D";
}

inline Finding make_finding(std::string_view rule, Severity severity, std::uint32_t begin,
                            std::uint32_t end, std::string message, int weight) {
  Finding f;
  f.rule = rule;
  f.severity = severity;
  f.begin = begin;
  f.end = end;
  f.message = std::move(message);
  f.weight = weight;
  return f;
}

}  // namespace handshake

#endif  // HANDSHAKE_CHECKS_CHECK_UTIL_H_
