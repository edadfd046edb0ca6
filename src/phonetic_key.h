// A rough English sound-alike key (in the spirit of Metaphone): consonant
// sounds only, vowels dropped but for a leading one, silent letters removed.
// "beaurocracy" and "bureaucracy" share the key BRKRS, so a misspelling that
// is far in letters but near in sound still finds its word.
#ifndef HANDSHAKE_PHONETIC_KEY_H_
#define HANDSHAKE_PHONETIC_KEY_H_

#include <cstddef>
#include <cstdint>
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

// Keys ASCII words one after another (phonetic_key_ascii's keys), each from
// where its letters part from the word before's. A letter's sound depends
// on the letter before it and at most the three after it, so for words in sorted
// order, which share most of their letters with the one before, only the
// last few letters are keyed again (a whole dictionary: most of the work).
class PhoneticKeyer {
 public:
  PhoneticKeyer();
  // Keys `word`; false (and the next word keyed from scratch) when it is
  // not ASCII.
  bool key_ascii(std::string_view word);
  std::string_view key() const { return std::string_view(sounds_, length_); }
  // How many leading sounds of key() were kept from the key before, so that
  // a caller hashing the keys can go on from there.
  std::size_t kept() const { return kept_; }

 private:
  static constexpr std::size_t kMaxLetters = 64;
  static constexpr std::size_t kPadding = 3;
  // The letters of this word and of the one before, taking turns, each
  // after a zero (the letter before the first) and with room to write and
  // compare eight bytes at a time.
  char letters_[2][1 + kMaxLetters + 8];
  std::size_t letter_count_[2] = {0, 0};
  int current_ = 0;
  bool have_previous_ = false;
  // Per letter of the last word keyed: the sounds emitted before the step
  // keying it, or 0xFF when the step before keyed it too.
  std::uint8_t steps_[kMaxLetters + 1];
  char sounds_[kMaxPhoneticKeyBytes];
  std::size_t length_ = 0;
  std::size_t kept_ = 0;
};

}  // namespace handshake::spelling

#endif  // HANDSHAKE_PHONETIC_KEY_H_
