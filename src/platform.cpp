#include "platform.h"

#include <cstdlib>

#include "utf8.h"

namespace handshake {

namespace {

bool parse_size(const std::string& cell, std::size_t* out) {
  if (cell.empty() || cell.size() > 9) return false;
  for (char c : cell)
    if (c < '0' || c > '9') return false;
  *out = static_cast<std::size_t>(std::strtoul(cell.c_str(), nullptr, 10));
  return true;
}

}  // namespace

bool PlatformProfiles::load(const DataDir& data, std::string* error) {
  TableFile table;
  if (!data.read_table("platforms.tsv", &table, error)) return false;
  const int id = table.column("id"), limit = table.column("limit"),
            counting = table.column("counting"), ideal_min = table.column("ideal_min"),
            ideal_max = table.column("ideal_max"), message_limit = table.column("message_limit");
  if (id < 0 || limit < 0 || counting < 0 || ideal_min < 0 || ideal_max < 0) {
    *error = "platforms.tsv: needs columns id, limit, counting, ideal_min, ideal_max";
    return false;
  }
  profiles_.clear();
  for (const auto& row : table.rows) {
    PlatformProfile p;
    p.id = row[id];
    if (row[counting] == "utf16") {
      p.counting = CharacterCounting::kUtf16;
    } else if (row[counting] == "codepoints") {
      p.counting = CharacterCounting::kCodePoints;
    } else {
      *error = "platforms.tsv: unknown counting '" + row[counting] + "' for " + p.id;
      return false;
    }
    if (!parse_size(row[limit], &p.limit) || !parse_size(row[ideal_min], &p.ideal_min) ||
        !parse_size(row[ideal_max], &p.ideal_max) ||
        (message_limit >= 0 && !parse_size(row[message_limit], &p.message_limit))) {
      *error = "platforms.tsv: bad number in the row for " + p.id;
      return false;
    }
    if (message_limit < 0) p.message_limit = p.limit;
    profiles_.push_back(std::move(p));
  }
  if (profiles_.empty()) {
    *error = "platforms.tsv: no platforms";
    return false;
  }
  return true;
}

const PlatformProfile* PlatformProfiles::find(std::string_view id) const {
  for (const auto& p : profiles_)
    if (p.id == id) return &p;
  return nullptr;
}

std::size_t count_characters(std::string_view text, CharacterCounting counting) {
  return counting == CharacterCounting::kUtf16 ? utf16_length(text) : code_point_count(text);
}

}  // namespace handshake
