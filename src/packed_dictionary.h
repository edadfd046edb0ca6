// The packed form of a Hunspell .dic that the wasm module embeds
// (scripts/pack-dictionary.mjs writes it): the same lines, front-coded, a
// quarter smaller to download once gzipped and a quarter fewer bytes to embed.
#ifndef HANDSHAKE_PACKED_DICTIONARY_H_
#define HANDSHAKE_PACKED_DICTIONARY_H_

#include <string>
#include <string_view>

namespace handshake {

// The suffix a packed dictionary's file name adds to the .dic it holds.
inline constexpr std::string_view kPackedDictionarySuffix = ".packed";

// Rebuilds the .dic text (every line ending in "\n"). Returns false and sets
// *error for anything that is not a whole, well-formed packed dictionary.
bool unpack_dictionary(std::string_view packed, std::string* dic, std::string* error);

}  // namespace handshake

#endif  // HANDSHAKE_PACKED_DICTIONARY_H_
