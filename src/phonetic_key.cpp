#include "phonetic_key.h"

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

bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

constexpr std::size_t kMaxLetters = 64;  // longer words are keyed by their first 64 letters
// Letters are read up to three past the last one: the buffers hold zeros
// there instead of every read checking the length.
constexpr std::size_t kPadding = 3;

// The key of `length` base letters (a-z), followed by kPadding zeros,
// written to `sounds` (kMaxPhoneticKeyBytes); returns its length.
std::size_t key_of_letters(const char* w, std::size_t length, char* sounds);

}  // namespace

std::string phonetic_key(std::u32string_view word) {
  std::string key;
  phonetic_key(word, key);
  return key;
}

void phonetic_key(std::u32string_view word, std::string& key) {
  char w[kMaxLetters + kPadding] = {};
  std::size_t length = 0;
  for (char32_t c : word)
    if (char b = base_letter(c); b != 0 && length < kMaxLetters) w[length++] = b;
  char sounds[kMaxPhoneticKeyBytes];
  key.assign(sounds, key_of_letters(w, length, sounds));
}

int phonetic_key_ascii(std::string_view word, char* key) {
  char w[kMaxLetters + kPadding];
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

namespace {

std::size_t key_of_letters(const char* w, std::size_t length, char* sounds) {
  const std::size_t n = length;
  std::size_t i = 0;
  auto at = [&](std::size_t k) { return w[k]; };  // zero past the end (kPadding)
  // Built in a buffer: a push_back per sound was half the cost of keying a
  // whole dictionary. Each letter emits at most two sounds.
  static_assert(kMaxPhoneticKeyBytes >= 2 * kMaxLetters + 2, "room for two sounds per letter");
  std::size_t emitted = 0;
  auto emit = [&](char code) {
    if (emitted == 0 || sounds[emitted - 1] != code) sounds[emitted++] = code;
  };
  if (n >= 2) {
    const std::string_view start(w, 2);
    if (start == "kn" || start == "gn" || start == "pn" || start == "wr" || start == "ps") i = 1;
    if (start == "wh") emit('W'), i = 2;
  }
  if (i == 0 && at(0) == 'x') emit('S'), i = 1;
  for (; i < n; ++i) {
    const char c = w[i], next = at(i + 1), after = at(i + 2);
    const char prev = i > 0 ? w[i - 1] : '\0';
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
          emit(prev == 's' ? 'K' : 'X'), ++i;
        else if (next == 'i' || next == 'e' || next == 'y')
          emit('S');
        else if (next == 'k')
          emit('K'), ++i;
        else
          emit('K');
        break;
      case 'd':
        if (next == 'g' && (after == 'e' || after == 'i' || after == 'y'))
          emit('J'), ++i;
        else
          emit('T');
        break;
      case 'f':
      case 'v':
        emit('F');
        break;
      case 'g':
        if (next == 'h' && !vowel(after))
          ++i;  // "night", "though"
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
          emit('F'), ++i;
        else
          emit('P');
        break;
      case 's':
        if (next == 'h')
          emit('X'), ++i;
        else if (next == 'i' && (after == 'o' || after == 'a'))
          emit('X');
        else if (next == 'c' && after == 'h')
          emit('S'), emit('K'), i += 2;
        else
          emit('S');
        break;
      case 't':
        if (next == 'i' && (after == 'o' || after == 'a'))
          emit('X');
        else if (next == 'h')
          emit('0'), ++i;
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
  return emitted;
}

}  // namespace

}  // namespace handshake::spelling
