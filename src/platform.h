// Platform profiles: how long a note may be where it is going, and how that
// platform counts characters. The figures live in dictionaries/data/platforms.tsv.
#ifndef HANDSHAKE_PLATFORM_H_
#define HANDSHAKE_PLATFORM_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "data_files.h"

namespace handshake {

enum class CharacterCounting {
  kUtf16,       // a textarea's maxlength: UTF-16 code units (LinkedIn)
  kCodePoints,  // Unicode code points
};

struct PlatformProfile {
  std::string id;
  std::size_t limit = 0;  // hard limit in counted characters; 0: none
  // The limit for a message to a connection (a thank-you, a decline); 0: none.
  std::size_t message_limit = 0;
  CharacterCounting counting = CharacterCounting::kUtf16;
  std::size_t ideal_min = 0;  // the range etiquette guides recommend
  std::size_t ideal_max = 0;
};

class PlatformProfiles {
 public:
  bool load(const DataDir& data, std::string* error);
  const PlatformProfile* find(std::string_view id) const;
  const std::vector<PlatformProfile>& all() const { return profiles_; }

 private:
  std::vector<PlatformProfile> profiles_;
};

std::size_t count_characters(std::string_view text, CharacterCounting counting);

}  // namespace handshake

#endif  // HANDSHAKE_PLATFORM_H_
