#include "packed_dictionary.h"

#include <cstddef>

namespace handshake {

namespace {

constexpr std::string_view kMagic = "HSDIC2 ";

// The line starting at *pos, without its "\n"; advances past it.
bool next_line(std::string_view text, std::size_t* pos, std::string_view* line) {
  const std::size_t end = text.find('\n', *pos);
  if (end == std::string_view::npos) return false;
  *line = text.substr(*pos, end - *pos);
  *pos = end + 1;
  return true;
}

}  // namespace

bool unpack_dictionary(std::string_view packed, std::string* dic, std::string* error) {
  const auto fail = [error](const char* what) {
    *error = std::string("corrupt packed dictionary: ") + what;
    return false;
  };
  if (packed.substr(0, kMagic.size()) != kMagic) return fail("bad header");
  std::size_t pos = kMagic.size();
  std::string_view field;
  if (!next_line(packed, &pos, &field) || field.empty() || field.size() > 9) {
    return fail("bad entry count");
  }
  std::size_t entries = 0;
  for (char c : field) {
    if (c < '0' || c > '9') return fail("bad entry count");
    entries = entries * 10 + static_cast<std::size_t>(c - '0');
  }
  // Every entry takes at least three bytes (its prefix length and two line
  // ends): reject a count the data cannot hold before reserving anything.
  if (entries > packed.size() / 3) return fail("entry count larger than the data");

  std::string_view count_line;
  if (!next_line(packed, &pos, &count_line)) return fail("missing word count line");

  // The shared-prefix lengths, then a first pass over the stems' rests to
  // find where the flags run begins.
  if (packed.size() - pos < entries) return fail("truncated prefix lengths");
  const std::string_view shared_lengths = packed.substr(pos, entries);
  pos += entries;
  const std::size_t stems_start = pos;
  for (std::size_t i = 0; i < entries; ++i) {
    if (!next_line(packed, &pos, &field)) return fail("truncated stems");
  }
  std::size_t rests_pos = pos;

  dic->clear();
  dic->reserve(packed.size() + entries * 6);
  dic->append(count_line);
  dic->push_back('\n');
  std::string stem;
  pos = stems_start;
  for (std::size_t i = 0; i < entries; ++i) {
    const auto shared = static_cast<unsigned char>(shared_lengths[i]);
    if (shared > stem.size()) return fail("prefix longer than the previous stem");
    std::string_view suffix;
    next_line(packed, &pos, &suffix);
    stem.resize(shared);
    stem.append(suffix);
    std::string_view rest;
    if (!next_line(packed, &rests_pos, &rest)) return fail("truncated flags");
    dic->append(stem);
    dic->append(rest);
    dic->push_back('\n');
  }
  if (rests_pos != packed.size()) return fail("trailing bytes");
  return true;
}

}  // namespace handshake
