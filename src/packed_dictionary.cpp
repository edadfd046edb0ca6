#include "packed_dictionary.h"

#include <cstddef>
#include <cstring>

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

  // The shared-prefix lengths, then a first pass over the stems' rests: where
  // the flags run begins, and how long the stems come out, so the text is
  // written into a buffer of its exact size (appending a stem, its flags and
  // a newline per entry cost more than the Hunspell load that reads them).
  if (packed.size() - pos < entries) return fail("truncated prefix lengths");
  const std::string_view shared_lengths = packed.substr(pos, entries);
  pos += entries;
  const std::size_t stems_start = pos;
  std::size_t stem_bytes = 0;
  std::size_t previous_stem = 0;
  for (std::size_t i = 0; i < entries; ++i) {
    const auto shared = static_cast<unsigned char>(shared_lengths[i]);
    if (shared > previous_stem) return fail("prefix longer than the previous stem");
    if (!next_line(packed, &pos, &field)) return fail("truncated stems");
    previous_stem = shared + field.size();
    stem_bytes += previous_stem;
  }
  const std::size_t rests_start = pos;
  // Each entry's flags line ends in the newline that ends its .dic line.
  dic->assign(count_line.size() + 1 + stem_bytes + (packed.size() - rests_start), '\0');
  char* out = dic->data();
  std::memcpy(out, count_line.data(), count_line.size());
  out += count_line.size();
  *out++ = '\n';
  const char* stem = packed.data() + stems_start;
  const char* rest = packed.data() + rests_start;
  const char* const end = packed.data() + packed.size();
  const char* previous = out;  // where the previous stem was written
  for (std::size_t i = 0; i < entries; ++i) {
    const auto shared = static_cast<unsigned char>(shared_lengths[i]);
    const char* const line = out;
    std::memcpy(out, previous, shared);  // checked against the previous stem above
    out += shared;
    while (*stem != '\n') *out++ = *stem++;  // every stem line ends in one (above)
    ++stem;
    previous = line;
    while (rest < end && *rest != '\n') *out++ = *rest++;
    if (rest == end) return fail("truncated flags");
    *out++ = *rest++;
  }
  if (rest != end) return fail("trailing bytes");
  return true;
}

}  // namespace handshake
