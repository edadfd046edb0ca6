#include "report_json.h"

#include <cmath>
#include <cstdio>

namespace handshake {
namespace {

void append_integer(std::string& out, long long value) {
  char digits[24];
  char* end = digits + sizeof digits;
  char* p = end;
  unsigned long long magnitude =
      value < 0 ? 0ull - static_cast<unsigned long long>(value) : static_cast<unsigned long long>(value);
  do {
    *--p = static_cast<char>('0' + magnitude % 10);
    magnitude /= 10;
  } while (magnitude != 0);
  if (value < 0) *--p = '-';
  out.append(p, static_cast<std::size_t>(end - p));
}

// A count: size_t in the core, a double (exact below 2^53) in JS.
void append_count(std::string& out, std::size_t value) {
  append_json_number(out, static_cast<double>(value));
}

// A value with at most three decimals (a reading grade is rounded to one),
// written without printf, whose long double arithmetic is emulated in wasm
// and costs microseconds. k / 10^d for exact k and 10^d is the double nearest
// to the decimal k/10^d, which is also what JSON.parse makes of its text, so
// when that quotient is `value` the text reads back as `value`.
bool append_short_decimal(std::string& out, double value) {
  double scale = 1;
  for (int decimals = 1; decimals <= 3; ++decimals) {
    scale *= 10;
    const double scaled = std::round(value * scale);
    if (!(std::fabs(scaled) < 9007199254740992.0) || scaled / scale != value) continue;
    const long long k = static_cast<long long>(scaled);
    const unsigned long long magnitude =
        k < 0 ? 0ull - static_cast<unsigned long long>(k) : static_cast<unsigned long long>(k);
    const unsigned long long unit = static_cast<unsigned long long>(scale);
    if (k < 0) out += '-';
    append_integer(out, static_cast<long long>(magnitude / unit));
    out += '.';
    char fraction[3];
    unsigned long long rest = magnitude % unit;
    for (int i = decimals - 1; i >= 0; --i, rest /= 10) fraction[i] = static_cast<char>('0' + rest % 10);
    out.append(fraction, static_cast<std::size_t>(decimals));
    return true;
  }
  return false;
}

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  std::size_t run = 0;  // start of the bytes not yet copied
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(text.data() + run, i - run);
    run = i + 1;
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else {
      const char escape[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
      out.append(escape, sizeof escape);
    }
  }
  out.append(text.data() + run, text.size() - run);
  out += '"';
}

void append_json_number(std::string& out, double value) {
  if (std::isnan(value)) {
    out += "null";
  } else if (std::isinf(value)) {
    out += value > 0 ? "1e999" : "-1e999";
  } else if (value == 0 && std::signbit(value)) {
    out += "-0";
  } else if (std::fabs(value) < 9007199254740992.0 && value == std::trunc(value)) {
    append_integer(out, static_cast<long long>(value));
  } else if (append_short_decimal(out, value)) {
  } else {
    char digits[32];
    const int n = std::snprintf(digits, sizeof digits, "%.17g", value);
    out.append(digits, static_cast<std::size_t>(n));
  }
}

void write_report_json(const Report& report, std::string& out) {
  out.clear();
  out += "{\"score\":";
  append_integer(out, report.score);
  out += ",\"grade\":";
  append_json_string(out, report.grade);
  out += ",\"categories\":{";
  for (int c = 0; c < kCategoryCount; ++c) {
    if (c > 0) out += ',';
    append_json_string(out, to_string(static_cast<Category>(c)));
    out += ':';
    append_integer(out, report.categories[c]);
  }
  out += "},\"stats\":{\"characters\":";
  append_count(out, report.stats.characters);
  out += ",\"limit\":";
  append_count(out, report.stats.limit);
  out += ",\"words\":";
  append_count(out, report.stats.words);
  out += ",\"sentences\":";
  append_count(out, report.stats.sentences);
  out += ",\"readingGrade\":";
  append_json_number(out, report.stats.reading_grade);
  out += "},\"issues\":[";
  for (std::size_t i = 0; i < report.issues.size(); ++i) {
    const Issue& issue = report.issues[i];
    out += i > 0 ? ",{\"rule\":" : "{\"rule\":";
    append_json_string(out, issue.rule);
    out += ",\"category\":";
    append_json_string(out, to_string(issue.category));
    out += ",\"severity\":";
    append_json_string(out, to_string(issue.severity));
    out += ",\"message\":";
    append_json_string(out, issue.message);
    out += ",\"start\":";
    append_count(out, issue.start);
    out += ",\"end\":";
    append_count(out, issue.end);
    out += ",\"replacements\":[";
    for (std::size_t r = 0; r < issue.replacements.size(); ++r) {
      if (r > 0) out += ',';
      append_json_string(out, issue.replacements[r]);
    }
    out += "],\"points\":";
    append_integer(out, issue.points);
    out += '}';
  }
  out += "]}";
}

}  // namespace handshake
