#include "phonetic_key.h"

#include <algorithm>
#include <cstddef>
#include <cstring>

namespace handshake::spelling {
namespace {

// Latin letters with diacritics read as their base letter.
char base_letter(char32_t c) {
  if (c >= 'a' && c <= 'z') return static_cast<char>(c);
  if (c >= 0xE0 && c <= 0xFF) {
    static const char kLatin1[] = "aaaaaaaceeeeiiiidnooooo/ouuuuyty";
    const char b = kLatin1[c - 0xE0];
    return b == '/' ? 0 : b;
  }
  return 0;
}

// The first byte (in memory order) where x, a XOR of two loads, is set.
inline std::size_t first_differing_byte(std::uint64_t x) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  return static_cast<std::size_t>(__builtin_ctzll(x)) / 8;
#else
  return static_cast<std::size_t>(__builtin_clzll(x)) / 8;
#endif
}

bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

constexpr std::size_t kMaxLetters = 64;  // longer words are keyed by their first 64 letters
// Letters are read up to three past the last one: the buffers hold zeros
// there instead of every read checking the length.
constexpr std::size_t kPadding = 3;

// Where keying a word stands before the letter at `i` (a step may key two
// or three letters at once): `emitted` sounds written.
struct KeyStep {
  std::size_t i = 0;
  std::size_t emitted = 0;
};

// The key of `length` base letters (a-z), preceded by a zero and followed
// by kPadding zeros, written to `sounds` (kMaxPhoneticKeyBytes); returns its
// length. Keying starts at `from`, which must be a step of these letters
// (the start, {0, 0}, or one recorded for letters that agree with these up
// to four past it, with `sounds` holding what it had emitted). steps[i]
// (kMaxLetters + 1 entries) becomes the sounds emitted before the step at
// letter i, for every step from `from` on (the end, i == length, included),
// and kNoStep for the letters a step keyed together with the one before.
constexpr std::uint8_t kNoStep = 0xFF;
std::size_t key_of_letters(const char* w, std::size_t length, char* sounds, KeyStep from,
                           std::uint8_t* steps);
// The same from the start, for one word.
std::size_t key_of_letters(const char* w, std::size_t length, char* sounds) {
  std::uint8_t steps[kMaxLetters + 1];
  return key_of_letters(w, length, sounds, {}, steps);
}

}  // namespace

std::string phonetic_key(std::u32string_view word) {
  std::string key;
  phonetic_key(word, key);
  return key;
}

void phonetic_key(std::u32string_view word, std::string& key) {
  char letters[1 + kMaxLetters + kPadding] = {};
  char* const w = letters + 1;
  std::size_t length = 0;
  for (char32_t c : word)
    if (char b = base_letter(c); b != 0 && length < kMaxLetters) w[length++] = b;
  char sounds[kMaxPhoneticKeyBytes];
  key.assign(sounds, key_of_letters(w, length, sounds));
}

int phonetic_key_ascii(std::string_view word, char* key) {
  char letters[1 + kMaxLetters + kPadding];
  letters[0] = 0;
  char* const w = letters + 1;
  std::size_t length = 0;
  unsigned char seen = 0;
  for (char c : word) {
    seen |= static_cast<unsigned char>(c);
    c = static_cast<char>(c | 0x20);  // lower case, for letters
    if (static_cast<unsigned char>(c - 'a') < 26 && length < kMaxLetters) w[length++] = c;
  }
  if (seen >= 0x80) return -1;
  for (std::size_t i = 0; i < kPadding; ++i) w[length + i] = 0;
  return static_cast<int>(key_of_letters(w, length, key));
}

PhoneticKeyer::PhoneticKeyer() {
  static_assert(kMaxLetters == spelling::kMaxLetters && kPadding == spelling::kPadding,
                "the keyer keys letters as phonetic_key_ascii does");
  static_assert(sizeof(letters_[0]) >= 1 + kMaxLetters + kPadding, "room for the padding");
  std::memset(letters_, 0, sizeof letters_);  // and the bytes compared past a word are defined
}

bool PhoneticKeyer::key_ascii(std::string_view word) {
  char* const w = letters_[current_] + 1;
  std::size_t n = 0;
  unsigned char seen = 0;
  std::size_t at = 0;
  if (word.size() <= kMaxLetters) {  // no word holds more letters than bytes
    // Eight letters at a time while they are all letters (A-Z, a-z): a byte
    // is one when, with 0x20 set, it lies in 'a'..'z'.
    constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
    for (; at + 8 <= word.size(); at += 8) {
      std::uint64_t x;
      std::memcpy(&x, word.data() + at, 8);
      const std::uint64_t lower = x | (0x20 * kOnes);
      const std::uint64_t below_a = (lower | kHigh) - 'a' * kOnes;  // high bit clear: < 'a'
      const std::uint64_t above_z =
          ((lower & ~kHigh) + (0x7F - 'z') * kOnes);  // high bit set: > 'z'
      if (((x | ~below_a | above_z) & kHigh) != 0) break;
      std::memcpy(w + n, &lower, 8);
      n += 8;
    }
    for (; at < word.size(); ++at) {
      char c = word[at];
      seen |= static_cast<unsigned char>(c);
      c = static_cast<char>(c | 0x20);  // lower case, for letters
      w[n] = c;
      n += static_cast<unsigned char>(c - 'a') < 26;
    }
  } else {
    for (char c : word) {
      seen |= static_cast<unsigned char>(c);
      c = static_cast<char>(c | 0x20);
      if (static_cast<unsigned char>(c - 'a') < 26 && n < kMaxLetters) w[n++] = c;
    }
  }
  if (seen >= 0x80) {
    have_previous_ = false;
    return false;
  }
  for (std::size_t i = 0; i < kPadding; ++i) w[n + i] = 0;
  KeyStep from;
  if (have_previous_) {
    const char* const before = letters_[current_ ^ 1] + 1;
    const std::size_t shorter = std::min(n, letter_count_[current_ ^ 1]);
    std::size_t same = 0;
    for (;;) {  // eight letters at a time; bytes past the shorter word are cut off below
      std::uint64_t x, y;
      std::memcpy(&x, w + same, 8);
      std::memcpy(&y, before + same, 8);
      if (x != y) {
        same += first_differing_byte(x ^ y);
        break;
      }
      same += 8;
      if (same >= shorter) break;
    }
    same = std::min(same, shorter);
    if (same >= 2) {  // the two letters the start looks at ("kn", "wh", ...)
      // A step reads up to two letters past its own ("g" three, and whether
      // the word ends a fourth past it): the first step that could read a
      // letter that differs is where keying goes on.
      std::size_t i = same >= 4 ? same - 4 : 0;
      while (steps_[i] == kNoStep || (i + 2 < same && (w[i] != 'g' || i + 4 < same))) ++i;
      from = {i, steps_[i]};
    }
  }
  length_ = key_of_letters(w, n, sounds_, from, steps_);
  kept_ = from.emitted;
  letter_count_[current_] = n;
  current_ ^= 1;
  have_previous_ = true;
  return true;
}

namespace {

std::size_t key_of_letters(const char* w, std::size_t length, char* sounds, KeyStep from,
                           std::uint8_t* steps) {
  const std::size_t n = length;
  std::size_t i = from.i;
  auto at = [&](std::size_t k) { return w[k]; };  // zero past the end (kPadding)
  // Built in a buffer: a push_back per sound was half the cost of keying a
  // whole dictionary. Each letter emits at most two sounds.
  static_assert(kMaxPhoneticKeyBytes >= 2 * kMaxLetters + 2, "room for two sounds per letter");
  static_assert(kMaxPhoneticKeyBytes < kNoStep, "a sound count fits a step entry");
  std::size_t emitted = from.emitted;
  char last = emitted == 0 ? '\0' : sounds[emitted - 1];  // no sound is '\0'
  auto emit = [&](char code) {
    if (code != last) sounds[emitted++] = last = code;
  };
  // A step that keys the next letter (or two) too.
  auto skip = [&](std::size_t letters) {
    steps[i + 1] = kNoStep;
    if (letters == 2) steps[i + 2] = kNoStep;
    i += letters;
  };
  if (i == 0) {
    if (n >= 2) {
      const std::string_view start(w, 2);
      if (start == "kn" || start == "gn" || start == "pn" || start == "wr" || start == "ps")
        steps[0] = kNoStep, i = 1;
      if (start == "wh") emit('W'), steps[0] = steps[1] = kNoStep, i = 2;
    }
    if (i == 0 && at(0) == 'x') emit('S'), steps[0] = kNoStep, i = 1;
  }
  for (; i < n; ++i) {
    steps[i] = static_cast<std::uint8_t>(emitted);
    const char c = w[i], next = at(i + 1), after = at(i + 2);
    // Zero before the first letter; a signed index, since i - 1 wraps at 0.
    const char prev = w[static_cast<std::ptrdiff_t>(i) - 1];
    if (c == prev && c != 'c') continue;  // doubled letters sound once
    switch (c) {
      case 'a':
      case 'e':
      case 'i':
      case 'o':
      case 'u':
        if (i == 0) emit('A');
        break;
      case 'y':
        if (vowel(next) && next != 'y')
          emit('Y');
        else if (i == 0)
          emit('A');
        break;
      case 'b':
        if (!(prev == 'm' && i + 1 == n)) emit('B');
        break;
      case 'c':
        if (next == 'i' && after == 'a')
          emit('X');
        else if (next == 'h')
          emit(prev == 's' ? 'K' : 'X'), skip(1);
        else if (next == 'i' || next == 'e' || next == 'y')
          emit('S');
        else if (next == 'k')
          emit('K'), skip(1);
        else
          emit('K');
        break;
      case 'd':
        if (next == 'g' && (after == 'e' || after == 'i' || after == 'y'))
          emit('J'), skip(1);
        else
          emit('T');
        break;
      case 'f':
      case 'v':
        emit('F');
        break;
      case 'g':
        if (next == 'h' && !vowel(after))
          skip(1);  // "night", "though"
        else if (next == 'n' && (i + 2 == n || (after == 'e' && at(i + 3) == 'd' && i + 4 == n)))
          break;
        else if (next == 'e' || next == 'i' || next == 'y')
          emit('J');
        else
          emit('K');
        break;
      case 'h':
        if (vowel(next) && !vowel(prev)) emit('H');
        break;
      case 'j':
        emit('J');
        break;
      case 'k':
      case 'q':
        emit('K');
        break;
      case 'p':
        if (next == 'h')
          emit('F'), skip(1);
        else
          emit('P');
        break;
      case 's':
        if (next == 'h')
          emit('X'), skip(1);
        else if (next == 'i' && (after == 'o' || after == 'a'))
          emit('X');
        else if (next == 'c' && after == 'h')
          emit('S'), emit('K'), skip(2);
        else
          emit('S');
        break;
      case 't':
        if (next == 'i' && (after == 'o' || after == 'a'))
          emit('X');
        else if (next == 'h')
          emit('0'), skip(1);
        else if (!(next == 'c' && after == 'h'))
          emit('T');
        break;
      case 'w':
        if (vowel(next)) emit('W');
        break;
      case 'x':
        emit('K'), emit('S');
        break;
      case 'z':
        emit('S');
        break;
      default:  // l, m, n, r
        emit(static_cast<char>(c - 'a' + 'A'));
        break;
    }
  }
  steps[n] = static_cast<std::uint8_t>(emitted);
  return emitted;
}

}  // namespace

}  // namespace handshake::spelling
