// A rough English sound-alike key (in the spirit of Metaphone): consonant
// sounds only, vowels dropped but for a leading one, silent letters removed.
// "beaurocracy" and "bureaucracy" share the key BRKRS, so a misspelling that
// is far in letters but near in sound still finds its word.
#ifndef HANDSHAKE_PHONETIC_KEY_H_
#define HANDSHAKE_PHONETIC_KEY_H_

#include <string>
#include <string_view>

namespace handshake::spelling {

// `word` in lower case; the key is ASCII upper-case letters plus '0' for
// "th". Characters that are not letters are ignored.
std::string phonetic_key(std::u32string_view word);
// The same into `key`, reusing its storage (for keying a whole dictionary).
void phonetic_key(std::u32string_view word, std::string& key);
// Room for any key: each of the (at most 64) letters keyed gives at most two
// sounds.
inline constexpr std::size_t kMaxPhoneticKeyBytes = 130;
// The same for an ASCII word in any case, written to `key` (room for
// kMaxPhoneticKeyBytes): no decoding, no lower-casing first, no string
// (keying a whole dictionary of mostly ASCII words). Returns the key's
// length, or -1 when the word is not ASCII.
int phonetic_key_ascii(std::string_view word, char* key);

}  // namespace handshake::spelling

#endif  // HANDSHAKE_PHONETIC_KEY_H_
