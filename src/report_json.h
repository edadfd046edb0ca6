// A report as JSON text, for the Embind boundary: one string crosses into
// JavaScript and JSON.parse builds the object there, instead of the boundary
// setting some fifty properties one call at a time.
#ifndef HANDSHAKE_REPORT_JSON_H_
#define HANDSHAKE_REPORT_JSON_H_

#include <string>
#include <string_view>

#include "handshake/handshake.h"

namespace handshake {

// Appends `text` as a JSON string literal: quotes, backslash and the control
// characters U+0000-U+001F escaped, every other byte copied as it is (the
// core's strings are UTF-8).
void append_json_string(std::string& out, std::string_view text);

// Appends a number that JSON.parse reads back as exactly `value`: integers
// as integers, others with 17 significant digits, -0 as -0, an infinity as
// 1e999 (which parses to Infinity). NaN has no JSON form: null.
void append_json_number(std::string& out, double value);

// Replaces `out` with the report as one JSON object: the properties, their
// order and values exactly those of the JS API's report (README, "The
// JavaScript library"). `out` is meant to be reused, so its capacity stays.
void write_report_json(const Report& report, std::string& out);

}  // namespace handshake

#endif  // HANDSHAKE_REPORT_JSON_H_
