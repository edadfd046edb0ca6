#include "text_fold.h"

#include <algorithm>
#include <array>

#include "utf8.h"

namespace handshake {

namespace {

struct Decomposition {
  char16_t composed;  // a lower-case precomposed letter
  char base;
  char16_t mark;  // its combining mark; 0 when Unicode gives it none (ø, ł)
};

// Lower-case Latin-1 and Latin Extended-A letters: the accented letters of
// the European names a note is most likely to carry.
constexpr Decomposition kDecompositions[] = {
    {0xE0, 'a', 0x300},  {0xE1, 'a', 0x301},  {0xE2, 'a', 0x302},  {0xE3, 'a', 0x303},
    {0xE4, 'a', 0x308},  {0xE5, 'a', 0x30A},  {0xE7, 'c', 0x327},  {0xE8, 'e', 0x300},
    {0xE9, 'e', 0x301},  {0xEA, 'e', 0x302},  {0xEB, 'e', 0x308},  {0xEC, 'i', 0x300},
    {0xED, 'i', 0x301},  {0xEE, 'i', 0x302},  {0xEF, 'i', 0x308},  {0xF1, 'n', 0x303},
    {0xF2, 'o', 0x300},  {0xF3, 'o', 0x301},  {0xF4, 'o', 0x302},  {0xF5, 'o', 0x303},
    {0xF6, 'o', 0x308},  {0xF8, 'o', 0},      {0xF9, 'u', 0x300},  {0xFA, 'u', 0x301},
    {0xFB, 'u', 0x302},  {0xFC, 'u', 0x308},  {0xFD, 'y', 0x301},  {0xFF, 'y', 0x308},
    {0x101, 'a', 0x304}, {0x103, 'a', 0x306}, {0x105, 'a', 0x328}, {0x107, 'c', 0x301},
    {0x109, 'c', 0x302}, {0x10B, 'c', 0x307}, {0x10D, 'c', 0x30C}, {0x10F, 'd', 0x30C},
    {0x111, 'd', 0},     {0x113, 'e', 0x304}, {0x115, 'e', 0x306}, {0x117, 'e', 0x307},
    {0x119, 'e', 0x328}, {0x11B, 'e', 0x30C}, {0x11D, 'g', 0x302}, {0x11F, 'g', 0x306},
    {0x121, 'g', 0x307}, {0x123, 'g', 0x327}, {0x125, 'h', 0x302}, {0x127, 'h', 0},
    {0x129, 'i', 0x303}, {0x12B, 'i', 0x304}, {0x12D, 'i', 0x306}, {0x12F, 'i', 0x328},
    {0x131, 'i', 0},     {0x135, 'j', 0x302}, {0x137, 'k', 0x327}, {0x13A, 'l', 0x301},
    {0x13C, 'l', 0x327}, {0x13E, 'l', 0x30C}, {0x140, 'l', 0},     {0x142, 'l', 0},
    {0x144, 'n', 0x301}, {0x146, 'n', 0x327}, {0x148, 'n', 0x30C}, {0x14D, 'o', 0x304},
    {0x14F, 'o', 0x306}, {0x151, 'o', 0x30B}, {0x155, 'r', 0x301}, {0x157, 'r', 0x327},
    {0x159, 'r', 0x30C}, {0x15B, 's', 0x301}, {0x15D, 's', 0x302}, {0x15F, 's', 0x327},
    {0x161, 's', 0x30C}, {0x163, 't', 0x327}, {0x165, 't', 0x30C}, {0x167, 't', 0},
    {0x169, 'u', 0x303}, {0x16B, 'u', 0x304}, {0x16D, 'u', 0x306}, {0x16F, 'u', 0x30A},
    {0x171, 'u', 0x30B}, {0x173, 'u', 0x328}, {0x175, 'w', 0x302}, {0x177, 'y', 0x302},
    {0x17A, 'z', 0x301}, {0x17C, 'z', 0x307}, {0x17E, 'z', 0x30C},
};

const Decomposition* find_decomposition(char32_t lower) {
  if (lower < 0xE0 || lower > 0x17E) return nullptr;
  const auto* end = std::end(kDecompositions);
  const auto* found = std::lower_bound(
      std::begin(kDecompositions), end, lower,
      [](const Decomposition& d, char32_t c) { return static_cast<char32_t>(d.composed) < c; });
  return found != end && found->composed == lower ? found : nullptr;
}

char32_t compose(char base, char32_t mark) {
  for (const Decomposition& d : kDecompositions)
    if (d.base == base && d.mark == mark) return d.composed;
  return 0;
}

char32_t lower_latin(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if (c == 0x178) return 0xFF;
  if (c >= 0x100 && c <= 0x17F && is_upper(c)) return c + 1;
  return c;
}

char32_t upper_letter(char32_t c) {
  if (c >= 'a' && c <= 'z') return c - 32;
  if (c >= 0xE0 && c <= 0xFE && c != 0xF7) return c - 32;
  if (c == 0xFF) return 0x178;
  if (c > 0x100 && c <= 0x17F && !is_upper(c) && is_upper(c - 1) && lower_latin(c - 1) == c)
    return c - 1;
  if ((c >= 0x3B1 && c <= 0x3CB && c != 0x3C2) || (c >= 0x430 && c <= 0x44F)) return c - 32;
  return c;
}

char upper_ascii(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; }

}  // namespace

bool is_combining_mark(char32_t c) { return c >= 0x300 && c <= 0x36F; }

char32_t base_letter(char32_t c) {
  if (c < 0xC0 || c > 0x17F) return c;
  const bool upper = is_upper(c);
  const Decomposition* d = find_decomposition(upper ? lower_latin(c) : c);
  if (d == nullptr) return c;
  return static_cast<unsigned char>(upper ? upper_ascii(d->base) : d->base);
}

bool has_diacritics(std::string_view word) {
  for (std::size_t i = 0; i < word.size();) {
    const DecodedChar c = decode_utf8(word, i);
    if (is_combining_mark(c.code_point) || base_letter(c.code_point) != c.code_point) return true;
    i += c.bytes;
  }
  return false;
}

std::string strip_diacritics(std::string_view word) {
  if (!has_non_ascii(word)) return std::string(word);  // no accent to strip
  std::string out;
  out.reserve(word.size());
  for (std::size_t i = 0; i < word.size();) {
    const DecodedChar c = decode_utf8(word, i);
    if (c.code_point == kReplacementChar && c.bytes == 1) {
      out += word[i];
    } else if (!is_combining_mark(c.code_point)) {
      append_utf8(out, base_letter(c.code_point));
    }
    i += c.bytes;
  }
  return out;
}

std::string fold_name(std::string_view name) {
  // Apostrophes, invisible characters and combining marks are all beyond
  // ASCII: an ASCII name only changes case.
  if (!has_non_ascii(name)) return fold_case(name);
  const std::string folded = fold_case(normalize_apostrophes(name));
  std::string out;
  out.reserve(folded.size());
  std::size_t last_start = std::string::npos;  // where the last character written begins
  for (std::size_t i = 0; i < folded.size();) {
    const DecodedChar c = decode_utf8(folded, i);
    if (is_invisible(c.code_point)) {
      i += c.bytes;
      continue;
    }
    if (is_combining_mark(c.code_point) && last_start != std::string::npos &&
        out.size() - last_start == 1) {
      if (const char32_t composed = compose(out[last_start], c.code_point)) {
        out.resize(last_start);
        append_utf8(out, composed);
        i += c.bytes;
        continue;
      }
    }
    last_start = out.size();
    if (c.code_point == kReplacementChar && c.bytes == 1) {
      out += folded[i];
    } else {
      out.append(folded, i, c.bytes);
    }
    i += c.bytes;
  }
  return out;
}

std::string capitalize_first(std::string_view word) {
  std::string out;
  out.reserve(word.size() + 1);
  for (std::size_t i = 0; i < word.size();) {
    const DecodedChar c = decode_utf8(word, i);
    if (is_letter(c.code_point) && c.code_point != kReplacementChar) {
      append_utf8(out, upper_letter(c.code_point));
      out.append(word.substr(i + c.bytes));
      return out;
    }
    out.append(word.substr(i, c.bytes));
    i += c.bytes;
  }
  return out;
}

bool folds_to(std::string_view name, std::string_view folded) {
  if (has_non_ascii(name)) return fold_name(name) == folded;
  if (name.size() != folded.size()) return false;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c) != folded[i]) return false;
  }
  return true;
}

std::string name_skeleton(std::string_view name) { return strip_diacritics(fold_name(name)); }

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
  constexpr std::size_t kMax = 48;
  std::array<char32_t, kMax> x{}, y{};
  std::size_t n = 0, m = 0;
  for (std::size_t i = 0; i < a.size(); ++n) {
    if (n == kMax) return limit + 1;
    const DecodedChar c = decode_utf8(a, i);
    x[n] = c.code_point;
    i += c.bytes;
  }
  for (std::size_t i = 0; i < b.size(); ++m) {
    if (m == kMax) return limit + 1;
    const DecodedChar c = decode_utf8(b, i);
    y[m] = c.code_point;
    i += c.bytes;
  }
  if ((n > m ? n - m : m - n) > limit) return limit + 1;
  // Three rows of the optimal string alignment table.
  std::array<std::size_t, kMax + 1> two_back{}, previous{}, current{};
  for (std::size_t j = 0; j <= m; ++j) previous[j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    current[0] = i;
    std::size_t row_min = current[0];
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t cost = x[i - 1] == y[j - 1] ? 0 : 1;
      std::size_t best = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1])
        best = std::min(best, two_back[j - 2] + 1);
      current[j] = best;
      row_min = std::min(row_min, best);
    }
    if (row_min > limit) return limit + 1;
    two_back = previous;
    previous = current;
  }
  return std::min(previous[m], limit + 1);
}

}  // namespace handshake
