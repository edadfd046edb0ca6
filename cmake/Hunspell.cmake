# Hunspell 1.7.1 from Debian's source package, compiled from the same source
# for the native and the wasm build so both spell and suggest identically.
set(HUNSPELL_VERSION_DIR "hunspell-1.7.1-1")
set(HUNSPELL_SOURCE_DIR "${HANDSHAKE_CACHE}/${HUNSPELL_VERSION_DIR}" CACHE PATH "Unpacked Hunspell source")

if(NOT EXISTS "${HUNSPELL_SOURCE_DIR}/src/hunspell/hunspell.cxx")
  message(STATUS "Hunspell source not found in ${HUNSPELL_SOURCE_DIR}: fetching it")
  execute_process(
    COMMAND "${PROJECT_SOURCE_DIR}/scripts/fetch-hunspell.sh"
    RESULT_VARIABLE _fetch_result)
  if(NOT _fetch_result EQUAL 0 OR NOT EXISTS "${HUNSPELL_SOURCE_DIR}/src/hunspell/hunspell.cxx")
    message(FATAL_ERROR "Could not fetch Hunspell's source; run scripts/setup.sh")
  endif()
endif()

set(_hunspell_gen "${CMAKE_BINARY_DIR}/hunspell-include")
# Replaces FROM by TO in CONTENT_VAR (a source file's text, in place); an
# upstream change that removes FROM fails the configure rather than silently
# dropping the change WHAT describes.
function(handshake_patch_source content_var from to what)
  string(REPLACE "${from}" "${to}" _patched "${${content_var}}")
  if(_patched STREQUAL "${${content_var}}")
    message(FATAL_ERROR "Hunspell's source changed upstream: review ${what} in cmake/Hunspell.cmake")
  endif()
  set(${content_var} "${_patched}" PARENT_SCOPE)
endfunction()

# Writes a patched source into the generated folder, touching it only when
# its text changed (so a reconfigure does not rebuild Hunspell).
function(handshake_write_source name content)
  file(WRITE "${_hunspell_gen}/${name}.tmp" "${content}")
  configure_file("${_hunspell_gen}/${name}.tmp" "${_hunspell_gen}/${name}" COPYONLY)
endfunction()

# hunvisapi.h comes from hunvisapi.h.in; a static build exports nothing.
file(READ "${HUNSPELL_SOURCE_DIR}/src/hunspell/hunvisapi.h.in" _visapi)
string(REPLACE "@HUNSPELL_STATIC@" "#define HUNSPELL_STATIC" _visapi "${_visapi}")
string(REPLACE "@HAVE_VISIBILITY@" "0" _visapi "${_visapi}")
handshake_write_source(hunvisapi.h "${_visapi}")

# Hunspell stops suggesting when clock() says a time limit passed, so its
# answers depend on the machine's speed: the wasm build, being slower, would
# suggest differently from the native one. Its clock() becomes a counter of
# calls, so both builds stop at the same point, deterministically.
handshake_write_source(hunspell_clock.h [=[
#include <ctime>
#include <time.h>
extern "C" clock_t handshake_hunspell_clock(void);
#define clock() handshake_hunspell_clock()
]=])
handshake_write_source(hunspell_clock.cxx [=[
#include <ctime>
static clock_t handshake_hunspell_ticks = 0;
extern "C" clock_t handshake_hunspell_clock(void) { return ++handshake_hunspell_ticks; }
]=])

# HANDSHAKE_PER_ITEM: a loop body of the load in a function of its own
# (src/tier_up.h, which defines it for the core as well, says why).
handshake_write_source(hunspell_tier_up.h "#include \"${PROJECT_SOURCE_DIR}/src/tier_up.h\"\n")
# Files lent in memory (src/lent_files.h), which Hunspell's file readers
# look up first: the wasm module has no file system.
handshake_write_source(hunspell_lent_files.h "#include \"${PROJECT_SOURCE_DIR}/src/lent_files.h\"\n")

# The case type of an ASCII word from its counts of capitals (A-Z) and small
# letters (a-z), every other byte neutral: what get_captype_utf8 answers for
# it in every language, Turkish included (its dotted and dotless i lie
# outside ASCII). The load's line reader counts the letters in its own pass
# over the line and shares the formula; get_clen_and_captype and spell()
# share the count as well.
handshake_write_source(hunspell_ascii_case.h [=[#ifndef HANDSHAKE_HUNSPELL_ASCII_CASE_H_
#define HANDSHAKE_HUNSPELL_ASCII_CASE_H_
#include <cstddef>
#include <string>
#include "csutil.hxx"

inline int handshake_ascii_captype(size_t caps, size_t lower, bool first_cap) {
  if (caps == 0) return NOCAP;
  if (caps == 1 && first_cap) return INITCAP;
  if (lower == 0) return ALLCAP;
  if (caps > 1 && first_cap) return HUHINITCAP;
  return HUHCAP;
}

// Sets *captype and returns true when every byte of `word` is ASCII; returns
// false at its first byte past ASCII, *captype untouched.
inline bool handshake_ascii_word_captype(const std::string& word, int* captype) {
  size_t caps = 0, lower = 0;
  for (size_t i = 0; i < word.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(word[i]);
    if (c >= 0x80) return false;
    if (c >= 'A' && c <= 'Z') ++caps;
    else if (c >= 'a' && c <= 'z') ++lower;
  }
  *captype = handshake_ascii_captype(caps, lower, !word.empty() && word[0] >= 'A' && word[0] <= 'Z');
  return true;
}

// A word spell() can look up as it is written: ASCII letters, digits, hyphens
// and apostrophes, starting with a letter (no leading blank, no number), in
// lower case or with one initial capital (nothing to fold first). Sets *captype.
inline bool handshake_plain_word(const std::string& word, int* captype) {
  if (word.empty()) return false;
  const unsigned char first = static_cast<unsigned char>(word[0]) | 0x20;
  if (first < 'a' || first > 'z') return false;
  for (size_t i = 0; i < word.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(word[i]);
    const unsigned char letter = c | 0x20;  // a-z for A-Z and a-z alone
    if (!(letter >= 'a' && letter <= 'z') && !(c >= '0' && c <= '9') && c != '-' && c != '\'')
      return false;
  }
  return handshake_ascii_word_captype(word, captype) && (*captype == NOCAP || *captype == INITCAP);
}
#endif
]=])

set(_hs "${HUNSPELL_SOURCE_DIR}/src/hunspell")

# HashMgr::hash computes in `unsigned long`: 64 bits natively, 32 in wasm, so
# the two builds would lay out the word table differently and break ties
# between equally good suggestions differently. Computing it in 32 bits
# everywhere makes them identical.
file(READ "${_hs}/hashmgr.cxx" _hashmgr)
handshake_patch_source(_hashmgr "unsigned long hv = 0;" "unsigned int hv = 0;" "the 32-bit hash")
# Loading the dictionary decoded every word to UTF-16 just to learn its
# length and case type: a third of loading en_US. An ASCII word's length is
# its byte count, and its case type follows from its counts of A-Z and a-z
# (hunspell_ascii_case.h).
set(_clen_utf8 [=[  if (utf8) {
    len = u8_u16(workbuf, word);]=])
set(_clen_ascii [=[  if (utf8) {
    if (handshake_ascii_word_captype(word, captype)) return static_cast<int>(word.size());
    len = u8_u16(workbuf, word);]=])
handshake_patch_source(_hashmgr "${_clen_utf8}" "${_clen_ascii}" "the ASCII case type")
# No iostreams in the module (see handshake_file.h below): a numeric flag's decimal text.
set(_flag_stream [=[    std::ostringstream stream;
    stream << f;
    ch = stream.str();]=])
handshake_patch_source(_hashmgr "${_flag_stream}" "    ch = std::to_string(f);" "encode_flag without a string stream")
# Loading en_US spent most of its 98M instructions on the .dic's 79k lines
# one at a time: a std::string per line, three searches of it for ':', '/'
# and tab, a malloc per word and per flag vector, a decode and sort of the
# flags. The loader now reads the word list whole (or in place, when it is
# lent: src/lent_files.h), splits a plain line ("word" or "word/FLAGS": no ':',
# tab, backslash or CR) in one pass, gives every distinct flag string one
# shared, sorted vector (en_US has 1,798 of them for 50k flagged words), and
# takes its entries from an arena freed with the table. Any other line goes
# through Hunspell's own code, as before; entries go into the table in the
# same order, so lookups, homonyms and the table walk are unchanged. Two
# spare bits of an entry's `var` say what it does not own, so the paths that
# free entries and flag vectors (the destructor, remove(), homonyms) leave
# the arena's alone.
set(_load_helpers_anchor [=[// build a hash table from a munched word list
]=])
set(_load_helpers [=[#include <mutex>
#include "hunspell_ascii_case.h"
#include "hunspell_tier_up.h"

// An entry allocated in its load's arena / whose flag vector is shared.
#define HANDSHAKE_H_ARENA (1 << 6)
#define HANDSHAKE_H_SHARED_FLAGS (1 << 5)

namespace {

// Memory for one load's entries and flag vectors, freed with its HashMgr.
class HandshakeArena {
 public:
  explicit HandshakeArena(const void* owner) : owner_(owner) {}
  ~HandshakeArena() {
    for (size_t i = 0; i < chunks_.size(); ++i) free(chunks_[i]);
  }
  const void* owner() const { return owner_; }
  void* allocate(size_t bytes) {
    const size_t align = alignof(struct hentry);
    bytes = (bytes + align - 1) & ~(align - 1);
    if (static_cast<size_t>(end_ - next_) < bytes) {
      const size_t size = bytes > kChunkBytes ? bytes : kChunkBytes;
      char* chunk = static_cast<char*>(malloc(size));
      if (!chunk) return NULL;
      chunks_.push_back(chunk);
      next_ = chunk;
      end_ = chunk + size;
    }
    void* at = next_;
    next_ += bytes;
    return at;
  }

 private:
  static const size_t kChunkBytes = 64 * 1024;
  const void* owner_;
  std::vector<char*> chunks_;
  char* next_ = NULL;
  char* end_ = NULL;
};

// Every live arena, by the HashMgr that owns it (the class has no room for
// one without changing its header, which the unpatched sources share).
std::mutex handshake_arenas_mutex;
std::vector<HandshakeArena*> handshake_arenas;

HandshakeArena* handshake_new_arena(const void* owner) {
  HandshakeArena* arena = new HandshakeArena(owner);
  std::lock_guard<std::mutex> lock(handshake_arenas_mutex);
  handshake_arenas.push_back(arena);
  return arena;
}

void handshake_release_arena(const void* owner) {
  std::lock_guard<std::mutex> lock(handshake_arenas_mutex);
  for (size_t i = 0; i < handshake_arenas.size(); ++i) {
    if (handshake_arenas[i]->owner() == owner) {
      delete handshake_arenas[i];
      handshake_arenas.erase(handshake_arenas.begin() + i);
      return;
    }
  }
}

// What add_word needs from the load running on this thread.
struct HandshakeLoad {
  HandshakeArena* arena;
  const unsigned short* shared_flags;  // the flag vector of the word being added, if shared
};
thread_local HandshakeLoad* handshake_load = NULL;

void handshake_free_flags(struct hentry* entry) {
  if (!(entry->var & HANDSHAKE_H_SHARED_FLAGS)) free(entry->astr);
  entry->var &= ~HANDSHAKE_H_SHARED_FLAGS;
}

void handshake_free_entry(struct hentry* entry) {
  if (!(entry->var & HANDSHAKE_H_ARENA)) free(entry);
}

// One decoded, sorted flag vector per distinct flag string of the load.
class HandshakeFlagSets {
 public:
  struct Set {
    const char* key;  // into the word list's text, alive during the load
    size_t key_size;
    unsigned short* flags;
    int count;
  };
  // The set for KEY, or a new empty one (flags NULL) for the caller to fill.
  Set* find(const char* key, size_t key_size) {
    if ((used_ + 1) * 4 > slots_.size() * 3) grow();
    const size_t mask = slots_.size() - 1;
    for (size_t at = hash(key, key_size) & mask;; at = (at + 1) & mask) {
      Set& set = slots_[at];
      if (!set.key) {
        set.key = key;
        set.key_size = key_size;
        ++used_;
        return &set;
      }
      if (set.key_size == key_size && same_bytes(set.key, key, key_size)) return &set;
    }
  }

 private:
  // Flag strings are a few bytes: a call to memcmp costs more than the loop.
  static bool same_bytes(const char* a, const char* b, size_t size) {
    for (size_t i = 0; i < size; ++i)
      if (a[i] != b[i]) return false;
    return true;
  }
  static size_t hash(const char* key, size_t size) {
    unsigned int h = 2166136261u;
    for (size_t i = 0; i < size; ++i) h = (h ^ static_cast<unsigned char>(key[i])) * 16777619u;
    return h;
  }
  void grow() {
    std::vector<Set> old(slots_.size() < 256 ? 512 : slots_.size() * 2, Set());
    old.swap(slots_);
    const size_t mask = slots_.size() - 1;
    for (size_t i = 0; i < old.size(); ++i) {
      if (!old[i].key) continue;
      size_t at = hash(old[i].key, old[i].key_size) & mask;
      while (slots_[at].key) at = (at + 1) & mask;
      slots_[at] = old[i];
    }
  }
  std::vector<Set> slots_;
  size_t used_ = 0;
};

// The word list's bytes, read whole (or in place when lent), a line
// at a time. A line is what FileMgr::getline would return.
class HandshakeWordList {
 public:
  bool open(const char* path, const char* key) {
    if (std::string_view lent; handshake::LentFiles::find(path, &lent)) {
      data_ = lent.data();
      size_ = lent.size();
      return true;
    }
    if (key) return false;  // an encrypted hzip file: FileMgr's
    FILE* file = fopen(path, "rb");
    if (!file) return false;
    char buffer[65536];
    for (size_t got; (got = fread(buffer, 1, sizeof(buffer), file)) > 0;) owned_.append(buffer, got);
    const bool ok = !ferror(file);
    fclose(file);
    data_ = owned_.data();
    size_ = owned_.size();
    return ok;
  }
  bool more() const { return pos_ < size_; }
  // A line, split. Simple when it is "word" or "word/FLAGS" with no ':',
  // tab, backslash or CR and does not start with '/'; slash is its first '/'
  // (or NULL). An ASCII stem's length and case type come with it, counted in
  // the same pass, as the patched get_clen_and_captype counts them.
  struct Line {
    const char* begin;
    const char* end;
    const char* slash;
    bool simple;
    bool ascii_stem;
    int stem_captype;
  };
  void next(Line* line) {
    static const unsigned char* const kind = byte_kinds();
    const char* at = data_ + pos_;
    const char* const limit = data_ + size_;
    line->begin = at;
    line->slash = NULL;
    bool plain = at < limit && *at != '/';
    unsigned char seen = 0;
    unsigned char k = 0;
    for (; at < limit; ++at) {
      k = kind[static_cast<unsigned char>(*at)];
      if (k & kStop) break;
      seen |= k;
    }
    const char* const stem_end = at;
    // Most words have no capital: count them (and small letters) only then.
    size_t caps = 0, lower = 0;
    if (seen & kUpper) {
      for (const char* c = line->begin; c < stem_end; ++c) {
        const unsigned char ck = kind[static_cast<unsigned char>(*c)];
        caps += ck & kUpper;
        lower += (ck & kLower) >> 1;
      }
    }
    if (at < limit && k == kSlash) line->slash = at;
    for (; at < limit; ++at) {
      k = kind[static_cast<unsigned char>(*at)];
      if (k == kEnd) break;
      if (k & kSpecial) plain = false;
    }
    line->end = at;
    line->simple = plain && at != line->begin;
    line->ascii_stem = !(seen & kNonAscii);
    const size_t size = stem_end - line->begin;
    const bool first_cap = size > 0 && (kind[static_cast<unsigned char>(*line->begin)] & kUpper);
    line->stem_captype = handshake_ascii_captype(caps, lower, first_cap);
    pos_ = at < limit ? static_cast<size_t>(at - data_) + 1 : size_;
  }

 private:
  enum { kUpper = 1, kLower = 2, kNonAscii = 4, kSlash = 8, kSpecial = 16, kEnd = 32,
         kStop = kSlash | kSpecial | kEnd };
  static const unsigned char* byte_kinds() {
    static unsigned char kinds[256] = {0};
    for (int c = 'A'; c <= 'Z'; ++c) kinds[c] = kUpper;
    for (int c = 'a'; c <= 'z'; ++c) kinds[c] = kLower;
    for (int c = 0x80; c < 256; ++c) kinds[c] = kNonAscii;
    kinds[static_cast<unsigned char>('\n')] = kEnd;
    kinds[static_cast<unsigned char>('/')] = kSlash;
    kinds[static_cast<unsigned char>(':')] = kSpecial;
    kinds[static_cast<unsigned char>('\t')] = kSpecial;
    kinds[static_cast<unsigned char>('\\')] = kSpecial;
    kinds[static_cast<unsigned char>('\r')] = kSpecial;
    return kinds;
  }
  std::string owned_;
  const char* data_ = NULL;
  size_t size_ = 0;
  size_t pos_ = 0;
};

// Sets the thread's load for as long as it lives.
class HandshakeLoadScope {
 public:
  explicit HandshakeLoadScope(HandshakeLoad* load) { handshake_load = load; }
  ~HandshakeLoadScope() { handshake_load = NULL; }
};

}  // namespace

// build a hash table from a munched word list
]=])
handshake_patch_source(_hashmgr "${_load_helpers_anchor}" "${_load_helpers}" "the load's helpers")
set(_free_entries [=[        if (pt->astr &&
            (!aliasf || TESTAFF(pt->astr, ONLYUPCASEFLAG, pt->alen)))
          free(pt->astr);
        free(pt);]=])
set(_free_entries_owned [=[        if (pt->astr &&
            (!aliasf || TESTAFF(pt->astr, ONLYUPCASEFLAG, pt->alen)))
          handshake_free_flags(pt);
        handshake_free_entry(pt);]=])
handshake_patch_source(_hashmgr "${_free_entries}" "${_free_entries_owned}" "the destructor's frees")
set(_free_table [=[    free(tableptr);
  }
  tablesize = 0;]=])
set(_free_table_arena [=[    free(tableptr);
  }
  handshake_release_arena(this);
  tablesize = 0;]=])
handshake_patch_source(_hashmgr "${_free_table}" "${_free_table_arena}" "the arena's release")
set(_entry_malloc [=[  struct hentry* hp =
      (struct hentry*)malloc(sizeof(struct hentry) + word->size() + descl);]=])
set(_entry_arena [=[  const bool handshake_in_arena = handshake_load != NULL;
  struct hentry* hp = (struct hentry*)(handshake_in_arena
      ? handshake_load->arena->allocate(sizeof(struct hentry) + word->size() + descl)
      : malloc(sizeof(struct hentry) + word->size() + descl));]=])
handshake_patch_source(_hashmgr "${_entry_malloc}" "${_entry_arena}" "the entry's arena")
set(_entry_var [=[  hp->var = (captype == INITCAP) ? H_OPT_INITCAP : 0;
]=])
set(_entry_var_owned [=[  hp->var = (captype == INITCAP) ? H_OPT_INITCAP : 0;
  if (handshake_in_arena) hp->var |= HANDSHAKE_H_ARENA;
  if (aff && handshake_in_arena && aff == handshake_load->shared_flags)
    hp->var |= HANDSHAKE_H_SHARED_FLAGS;
]=])
handshake_patch_source(_hashmgr "${_entry_var}" "${_entry_var_owned}" "the entry's ownership bits")
foreach(_indent "        " "          ")
  set(_take_homonym "${_indent}free(dp->astr);
${_indent}dp->astr = hp->astr;
${_indent}dp->alen = hp->alen;
${_indent}free(hp);")
  set(_take_homonym_owned "${_indent}handshake_free_flags(dp);
${_indent}dp->astr = hp->astr;
${_indent}dp->alen = hp->alen;
${_indent}dp->var |= hp->var & HANDSHAKE_H_SHARED_FLAGS;
${_indent}handshake_free_entry(hp);")
  handshake_patch_source(_hashmgr "${_take_homonym}" "${_take_homonym_owned}" "the hidden homonym's replacement")
endforeach()
set(_drop_upcase [=[    if (hp->astr)
      free(hp->astr);
    free(hp);]=])
set(_drop_upcase_owned [=[    if (hp->astr)
      handshake_free_flags(hp);
    handshake_free_entry(hp);]=])
handshake_patch_source(_hashmgr "${_drop_upcase}" "${_drop_upcase_owned}" "the dropped upcase homonym")
set(_remove_flags [=[      free(dp->astr);
      dp->astr = flags;]=])
set(_remove_flags_owned [=[      handshake_free_flags(dp);
      dp->astr = flags;]=])
handshake_patch_source(_hashmgr "${_remove_flags}" "${_remove_flags_owned}" "remove()'s flags")
set(_open_dic [=[  FileMgr* dict = new FileMgr(tpath, key);
  if (dict == NULL)
    return 1;

  // first read the first line of file to get hash table size */
  std::string ts;
  if (!dict->getline(ts)) {]=])
set(_open_dic_whole [=[  HandshakeWordList handshake_lines;
  const bool handshake_whole = handshake_lines.open(tpath, key);
  FileMgr* dict = new FileMgr(handshake_whole ? NULL : tpath, key);
  if (dict == NULL)
    return 1;

  // first read the first line of file to get hash table size */
  std::string ts;
  HandshakeWordList::Line handshake_line = {NULL, NULL, NULL, false, false, 0};
  if (handshake_whole && handshake_lines.more()) {
    handshake_lines.next(&handshake_line);
    ts.assign(handshake_line.begin, handshake_line.end);
  }
  if (handshake_whole ? handshake_line.begin == NULL : !dict->getline(ts)) {]=])
handshake_patch_source(_hashmgr "${_open_dic}" "${_open_dic_whole}" "the word list read whole")
set(_line_loop [=[  std::vector<w_char> workbuf;

  while (dict->getline(ts)) {
    mychomp(ts);]=])
set(_line_loop_fast [=[  std::vector<w_char> workbuf;

  HandshakeLoad handshake_this_load = {handshake_new_arena(this), NULL};
  HandshakeLoadScope handshake_scope(&handshake_this_load);
  HandshakeFlagSets handshake_flag_sets;
  // A line's work in a function of its own (see hunspell_tier_up.h): it
  // returns load_tables' error code, or 0.
  auto handshake_load_line = [&]() HANDSHAKE_PER_ITEM -> int {
    if (handshake_whole) {
      handshake_lines.next(&handshake_line);
      if (handshake_line.simple && !aliasf) {
        const char* const slash = handshake_line.slash;
        unsigned short* flags = NULL;
        int al = 0;
        ts.assign(handshake_line.begin, slash ? slash : handshake_line.end);
        if (slash) {
          HandshakeFlagSets::Set* set = handshake_flag_sets.find(slash + 1, handshake_line.end - slash - 1);
          if (!set->flags && set->count == 0) {
            unsigned short* decoded;
            const int count = decode_flags(&decoded, std::string(slash + 1, handshake_line.end), dict);
            if (count == -1) return 6;
            std::sort(decoded, decoded + count);
            if (count > 0) {
              set->flags = static_cast<unsigned short*>(
                  handshake_this_load.arena->allocate(count * sizeof(unsigned short)));
              if (!set->flags) {
                free(decoded);
                return 6;
              }
              memcpy(set->flags, decoded, count * sizeof(unsigned short));
            }
            free(decoded);
            set->count = count > 0 ? count : -1;
          }
          flags = set->flags;
          al = set->count > 0 ? set->count : 0;
        }
        handshake_this_load.shared_flags = flags;
        int captype = handshake_line.stem_captype;
        int wcl = handshake_line.ascii_stem && utf8 ? static_cast<int>(ts.size())
                                                    : get_clen_and_captype(ts, &captype, workbuf);
        // add_hidden_capitalized_word adds nothing for the other case types.
        const bool may_hide = captype == HUHCAP || captype == HUHINITCAP || captype == ALLCAP;
        const bool failed = add_word(ts, wcl, flags, al, NULL, false, captype) ||
                            (may_hide && add_hidden_capitalized_word(ts, wcl, flags, al, NULL, captype));
        handshake_this_load.shared_flags = NULL;
        return failed ? 5 : 0;
      }
      ts.assign(handshake_line.begin, handshake_line.end);
    }
    mychomp(ts);]=])
handshake_patch_source(_hashmgr "${_line_loop}" "${_line_loop_fast}" "the word list's fast lines")
set(_decode_failed [=[          HUNSPELL_WARNING(stderr, "Can't allocate memory.\n");
          delete dict;
          return 6;]=])
set(_decode_failed_in_line [=[          HUNSPELL_WARNING(stderr, "Can't allocate memory.\n");
          return 6;]=])
handshake_patch_source(_hashmgr "${_decode_failed}" "${_decode_failed_in_line}" "the line's flag error")
set(_line_loop_end [=[        add_hidden_capitalized_word(ts, wcl, flags, al, dp_str, captype)) {
      delete dict;
      return 5;
    }
  }
]=])
set(_line_loop_end_call [=[        add_hidden_capitalized_word(ts, wcl, flags, al, dp_str, captype)) {
      return 5;
    }
    return 0;
  };
  while (handshake_whole ? handshake_lines.more() : dict->getline(ts)) {
    if (const int handshake_error = handshake_load_line()) {
      delete dict;
      return handshake_error;
    }
  }
]=])
handshake_patch_source(_hashmgr "${_line_loop_end}" "${_line_loop_end_call}" "the word list's line loop")
handshake_write_source(hashmgr.cxx "${_hashmgr}")
# AffixMgr::parse_file compares every line of the affix file with its 57
# keys, all of which start with a capital letter: blank and comment lines
# skip the comparisons. V8 counts a loop's iterations by the size of the code
# they branch back from, so the once-called parse_file was compiled with
# TurboFan at every cold start (see hunspell_tier_up.h); skipped lines now
# branch back from the loop's top.
file(READ "${_hs}/affixmgr.cxx" _affixmgr)
set(_aff_bom [=[      if (line.compare(0, 3, "\xEF\xBB\xBF", 3) == 0) {
        line.erase(0, 3);
      }
    }
]=])
set(_aff_bom_skip [=[      if (line.compare(0, 3, "\xEF\xBB\xBF", 3) == 0) {
        line.erase(0, 3);
      }
    }
    if (line.empty() || line[0] < 'A' || line[0] > 'Z')
      continue;
]=])
handshake_patch_source(_affixmgr "${_aff_bom}" "${_aff_bom_skip}" "parse_file's skipped lines")
# AffixMgr::parse_affix reads an affix rule's fields in a loop around a
# switch on the field's number: each of the ~300 fields of en_US's rules
# branched back from the end of the whole switch, so V8 compiled the function
# with TurboFan for nothing at every cold start. The three large fields are
# read by lambdas called in place (their `return false` is parse_affix's).
handshake_patch_source(_affixmgr "#include \"affixmgr.hxx\"" "#include \"affixmgr.hxx\"
#include \"hunspell_tier_up.h\"" "the tier-up header")
# Wraps one field's `case` of parse_affix's switch in a lambda called in
# place: FIRST is the case's first statement, LAST its statements before
# `break;` (the lambda's `return false` stays parse_affix's).
function(handshake_affix_field_in_lambda content_var number first last)
  set(_head "        case ${number}: {\n")
  set(_tail "          break;\n        }\n")
  set(_text "${${content_var}}")
  handshake_patch_source(_text "${_head}${first}"
                         "${_head}          if (![&]() HANDSHAKE_PER_ITEM -> bool {\n${first}"
                         "parse_affix's field ${number}")
  handshake_patch_source(_text "${last}${_tail}"
                         "${last}          return true;\n          }())\n            return false;\n${_tail}"
                         "parse_affix's field ${number} end")
  set(${content_var} "${_text}" PARENT_SCOPE)
endfunction()
handshake_affix_field_in_lambda(_affixmgr 3 [=[          entry->morphcode = NULL;]=] [=[          if (entry->appnd.compare("0") == 0) {
            entry->appnd.clear();
          }
]=])
handshake_affix_field_in_lambda(_affixmgr 4 [=[          std::string chunk(start_piece, iter);
          np++;
          if (complexprefixes) {]=] [=[          if (encodeit(*entry, chunk.c_str()))
            return false;
]=])
handshake_affix_field_in_lambda(_affixmgr 5 [=[          std::string chunk(start_piece, iter);
          np++;
          if (pHMgr->is_aliasm()) {]=] [=[            entry->morphcode = mystrdup(chunk.c_str());
            if (!entry->morphcode)
              return false;
          }
]=])
# AffixMgr::compound_check runs for every word the dictionary lacks. Where
# COMPOUNDRULE is the only way to compound (en_US and en_GB: digits and
# ordinals, 23 words), a compound's first part is a dictionary word carrying
# one of the rules' flags, and almost no unknown word starts with one. The
# search found that out in a loop whose body is 12.6 KB of wasm, so V8
# recompiled it with TurboFan (≈ 64 ms of compiler time and 9 MB of its
# memory) after the first few unknown words of every cold start. A lambda
# called in place first looks for such a first part among the word's
# prefixes, every byte boundary (the search's split points are among them).
set(_cpd_start [=[  hentry** oldwords = words;
  size_t len = word.size();

  int checked_prefix;
]=])
set(_cpd_start_rule_part [=[  hentry** oldwords = words;
  size_t len = word.size();

  if (wordnum == 0 && !words && !hu_mov_rule && !compoundflag && !compoundbegin &&
      !compoundmiddle && checkcpdtable.empty() && !defcpdtable.empty() &&
      ![&]() HANDSHAKE_PER_ITEM -> bool {
        std::string part;
        for (size_t end = 1; end < len; ++end) {
          part.assign(word, 0, end);
          for (struct hentry* he = lookup(part.c_str()); he; he = he->next_homonym) {
            for (size_t r = 0; he->alen && r < defcpdtable.size(); ++r)
              for (size_t f = 0; f < defcpdtable[r].size(); ++f)
                if (defcpdtable[r][f] != '*' && defcpdtable[r][f] != '?' &&
                    TESTAFF(he->astr, defcpdtable[r][f], he->alen))
                  return true;
          }
        }
        return false;
      }())
    return NULL;

  return [&]() HANDSHAKE_PER_ITEM -> struct hentry* {
  int checked_prefix;
]=])
handshake_patch_source(_affixmgr "${_cpd_start}" "${_cpd_start_rule_part}" "compound_check's first part")
# The search itself, the rest of compound_check, in a lambda called in place:
# the early answer above is all most calls run, and V8 recompiles a function
# by what its calls have run, but compiles the whole of it. As one function,
# every unknown word a user typed counted towards recompiling the 12.6 KB
# search (≈ 80-100 ms of compiler time a few hundred notes into a session).
set(_cpd_end [=[             onlycpdrule++ < 1);  // end of onlycpd loop
  }

  return NULL;
}
]=])
set(_cpd_end_lambda [=[             onlycpdrule++ < 1);  // end of onlycpd loop
  }

  return NULL;
  }();
}
]=])
handshake_patch_source(_affixmgr "${_cpd_end}" "${_cpd_end_lambda}" "compound_check's search")
handshake_write_source(affixmgr.cxx "${_affixmgr}")

# Hunspell reads the .aff and .dic a line at a time with std::getline, whose
# per-character stream machinery (sentry, locale, sputc) was the largest
# single cost of loading en_US in wasm. Taking characters straight from the
# file's buffer gives the same lines (and the same false at the end: only
# when nothing is left) at a fraction of the cost.
file(READ "${_hs}/filemgr.cxx" _filemgr)
set(_getline_std [=[    ret = static_cast<bool>(std::getline(fin, dest));]=])
set(_getline_fast [=[    std::streambuf* buffer = fin.rdbuf();
    dest.clear();
    char chunk[256];
    size_t used = 0;
    bool any = false;
    for (int c = buffer->sbumpc(); c != std::char_traits<char>::eof(); c = buffer->sbumpc()) {
      any = true;
      if (c == '\n') break;
      chunk[used++] = static_cast<char>(c);
      if (used == sizeof(chunk)) {
        dest.append(chunk, used);
        used = 0;
      }
    }
    dest.append(chunk, used);
    ret = any;]=])
handshake_patch_source(_filemgr "${_getline_std}" "${_getline_fast}" "the line reader")
# No iostreams in the module (see handshake_file.h below): the line reader takes its
# characters from the stdio stand-in for std::ifstream.
handshake_patch_source(_filemgr "    std::streambuf* buffer = fin.rdbuf();" "    auto* buffer = fin.rdbuf();"
                       "the line reader's buffer")
# A file that does not open is missing: Hunspell then tried FILE.hz, its own
# compressed format, which Handshake never ships or takes (the library
# hands the core plain or packed files). Hunzip's code was ≈ 4.5 KB of the
# wasm module.
set(_open_hzip [=[  if (!fin.is_open()) {
    // check hzipped file
    std::string st(file);
    st.append(HZIP_EXTENSION);
    hin = new Hunzip(st.c_str(), key);
  }
  if (!fin.is_open() && !hin->is_open())
    fail(MSG_OPEN, file);]=])
set(_open_plain [=[  if (!fin.is_open())
    fail(MSG_OPEN, file);]=])
handshake_patch_source(_filemgr "${_open_hzip}" "${_open_plain}" "FileMgr without hzip")
set(_getline_hzip [=[  } else if (hin && hin->is_open()) {
    ret = hin->getline(dest);
  }]=])
handshake_patch_source(_filemgr "${_getline_hzip}" "  }" "FileMgr::getline without hzip")
handshake_patch_source(_filemgr "  delete hin;\n" "" "FileMgr's destructor without hzip")
handshake_write_source(filemgr.cxx "${_filemgr}")
# Every spell() decodes the word to UTF-16 into an empty vector that then
# grew one character at a time (five allocations for a 16-letter word):
# reserving the byte count, which no word's UTF-16 length exceeds, allocates
# once.
file(READ "${_hs}/csutil.cxx" _csutil)
set(_u8_u16_start [=[int u8_u16(std::vector<w_char>& dest, const std::string& src) {
  dest.clear();]=])
set(_u8_u16_reserve [=[int u8_u16(std::vector<w_char>& dest, const std::string& src) {
  dest.clear();
  dest.reserve(src.size());]=])
handshake_patch_source(_csutil "${_u8_u16_start}" "${_u8_u16_reserve}" "the UTF-16 reserve")
# Hunspell's Unicode case table (utf_info.hxx) lists 19,672 letters, each
# with its upper and lower case: 118 KB of static data in the wasm module
# (34 KB gzipped, 6 % of the download) for a table that is a few hundred runs.
# scripts/compact-case-table.mjs writes those runs (and checks that they
# expand to the same table); initialize_utf_tbl expands them at load into
# the same 65,536 entries (tests/core/hunspell_case_table_test.cpp holds them
# to utf_info.hxx for every code point).
find_program(HANDSHAKE_NODE NAMES node nodejs REQUIRED NO_CMAKE_FIND_ROOT_PATH)
set(_case_table_script "${PROJECT_SOURCE_DIR}/scripts/compact-case-table.mjs")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${_case_table_script}" "${_hs}/utf_info.hxx")
execute_process(
  COMMAND "${HANDSHAKE_NODE}" "${_case_table_script}" "${_hs}/utf_info.hxx" "${_hunspell_gen}/utf_info_ranges.hxx.tmp"
  RESULT_VARIABLE _case_table_result)
if(NOT _case_table_result EQUAL 0)
  message(FATAL_ERROR "scripts/compact-case-table.mjs could not compact Hunspell's utf_info.hxx")
endif()
configure_file("${_hunspell_gen}/utf_info_ranges.hxx.tmp" "${_hunspell_gen}/utf_info_ranges.hxx" COPYONLY)
set(_case_list_include [=[#include "utf_info.hxx"
#define UTF_LST_LEN (sizeof(utf_lst) / (sizeof(unicode_info)))]=])
handshake_patch_source(_csutil "${_case_list_include}" [=[#include "utf_info_ranges.hxx"]=] "the case table's ranges")
set(_case_list_loop [=[  for (size_t j = 0; j < UTF_LST_LEN; ++j) {
    utf_tbl[utf_lst[j].c].cletter = 1;
    utf_tbl[utf_lst[j].c].clower = utf_lst[j].clower;
    utf_tbl[utf_lst[j].c].cupper = utf_lst[j].cupper;
  }]=])
set(_case_ranges_loop [=[  for (const handshake_letter_range& range : handshake_letter_ranges)
    for (size_t c = range.first; c <= range.last; ++c)
      utf_tbl[c].cletter = 1;
  for (const handshake_case_run& run : handshake_case_runs) {
    size_t c = run.first;
    for (size_t k = 0; k < run.count; ++k, c += run.step) {
      utf_tbl[c].cupper = static_cast<unsigned short>(c + run.to_upper);
      utf_tbl[c].clower = static_cast<unsigned short>(c + run.to_lower);
    }
  }]=])
handshake_patch_source(_csutil "${_case_list_loop}" "${_case_ranges_loop}" "the case table's expansion")
# No iostreams in the module (see handshake_file.h below): line_tok splits with a string
# stream; the same tokens by hand: the pieces between break characters, the
# empty ones dropped.
set(_line_tok_stream [=[  std::stringstream ss(text);
  std::string tok;
  while(std::getline(ss, tok, breakchar)) {
    if (!tok.empty()) {
      ret.push_back(tok);
    }
  }]=])
set(_line_tok_split [=[  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find(breakchar, start);
    if (end == std::string::npos) end = text.size();
    if (end > start) ret.push_back(text.substr(start, end - start));
    start = end + 1;
  }]=])
handshake_patch_source(_csutil "${_line_tok_stream}" "${_line_tok_split}" "line_tok without a string stream")
handshake_write_source(csutil.cxx "${_csutil}")
# Every spell() also runs the word through the ICONV table (en_US maps the
# typographic apostrophe), which searched the table and built a string at
# every byte. A pattern can only match where the word holds its first byte:
# a word holding none of those bytes comes out unchanged, as before.
file(READ "${_hs}/replist.cxx" _replist)
set(_conv_start [=[bool RepList::conv(const std::string& in_word, std::string& dest) {
  dest.clear();
]=])
set(_conv_skip [=[bool RepList::conv(const std::string& in_word, std::string& dest) {
  dest.clear();
  bool handshake_may_match = false;
  for (int i = 0; i < pos && !handshake_may_match; ++i)
    handshake_may_match = dat[i]->pattern.empty() ||
                          in_word.find(dat[i]->pattern[0]) != std::string::npos;
  if (!handshake_may_match) {
    dest = in_word;
    return false;
  }
]=])
handshake_patch_source(_replist "${_conv_start}" "${_conv_skip}" "the ICONV shortcut")
handshake_write_source(replist.cxx "${_replist}")
# Every spell() then works out the word's case type from the UTF-16 copy,
# two case-table lookups per character. An ASCII word's case type follows
# from its bytes, as in the load's patch above (A-Z capitals, non-letters
# neutral): the same answer for every language.
file(READ "${_hs}/hunspell.cxx" _hunspell_cxx)
set(_captype_call [=[    u8_u16(dest_utf, dest);
    *pcaptype = get_captype_utf8(dest_utf, langnum);]=])
set(_captype_ascii [=[    u8_u16(dest_utf, dest);
    *pcaptype = handshake_captype(dest, dest_utf, langnum);]=])
handshake_patch_source(_hunspell_cxx "${_captype_call}" "${_captype_ascii}" "the ASCII case type of spell()")
set(_cleanword2_start [=[size_t HunspellImpl::cleanword2(std::string& dest,]=])
set(_captype_helper [=[#include "hunspell_ascii_case.h"

static int handshake_captype(const std::string& word, const std::vector<w_char>& word_utf,
                             int langnum) {
  int captype;
  return handshake_ascii_word_captype(word, &captype) ? captype : get_captype_utf8(word_utf, langnum);
}

size_t HunspellImpl::cleanword2(std::string& dest,]=])
handshake_patch_source(_hunspell_cxx "${_cleanword2_start}" "${_captype_helper}" "the ASCII case type helper")
# spell() copied every word twice (cleanword2's copy and a UTF-16 one) and
# worked out its case type before the first lookup, a third of a first-seen
# note's spelling. A plain word (handshake_plain_word) that the input
# conversion leaves alone would come out of cleanword2 unchanged, as NOCAP or
# INITCAP: it goes to checkword as written, with the flags those two cases
# set, and a word found there is answered as they answer it. A word checkword
# does not find takes the whole way, so every other answer is unchanged.
set(_spell_clean [=[    bool convstatus = rl ? rl->conv(word, wspace) : false;
    if (convstatus)
      wl = cleanword2(scw, sunicw, wspace, &captype, &abbv);
    else
      wl = cleanword2(scw, sunicw, word, &captype, &abbv);
  }

#ifdef MOZILLA_CLIENT]=])
set(_spell_plain_first [=[    bool convstatus = rl ? rl->conv(word, wspace) : false;
    int plain_captype = NOCAP;
    if (!convstatus && !m_HMgrs.empty() && !(pAMgr && pAMgr->get_ignore() != NULL) &&
        handshake_plain_word(word, &plain_captype)) {
      if (root)
        root->clear();
      if (plain_captype == INITCAP)
        *info |= SPELL_ORIGCAP | SPELL_INITCAP;
      rv = checkword(word, info, root);
      if (plain_captype == INITCAP) {
        *info &= ~SPELL_INITCAP;
        if (*info & SPELL_FORBIDDEN)
          rv = NULL;
      }
      if (rv) {
        if (pAMgr && pAMgr->get_warn() && rv->astr &&
            TESTAFF(rv->astr, pAMgr->get_warn(), rv->alen)) {
          *info |= SPELL_WARN;
          return !pAMgr->get_forbidwarn();
        }
        return true;
      }
      *info = 0;
    }
    if (convstatus)
      wl = cleanword2(scw, sunicw, wspace, &captype, &abbv);
    else
      wl = cleanword2(scw, sunicw, word, &captype, &abbv);
  }

#ifdef MOZILLA_CLIENT]=])
handshake_patch_source(_hunspell_cxx "${_spell_clean}" "${_spell_plain_first}" "spell()'s plain words")
# cleanword2 copied every word to strip the IGNORE characters, which en_US
# and en_GB do not have: without an IGNORE table it reads the word in place
# (the copy would have been identical).
set(_cleanword2_copy [=[  std::string w2;
  clean_ignore(w2, src);

  const char* q = w2.c_str();]=])
set(_cleanword2_in_place [=[  std::string w2;
  const char* q = src.c_str();
  if (pAMgr && pAMgr->get_ignore() != NULL) {
    clean_ignore(w2, src);
    q = w2.c_str();
  }]=])
handshake_patch_source(_hunspell_cxx "${_cleanword2_copy}" "${_cleanword2_in_place}" "cleanword2 without a copy")
# checkword, which spell() calls once or more per word, made the same copy:
# it copies only when there is something to strip or reverse, and reads the
# word from whichever string holds it (both places that take it below).
set(_checkword_copy [=[  clean_ignore(w2, w);

  word = w2.c_str();
  len = w2.size();]=])
set(_checkword_in_place [=[  const bool handshake_copy = complexprefixes || (pAMgr && pAMgr->get_ignore() != NULL);
  if (handshake_copy)
    clean_ignore(w2, w);
  const std::string& handshake_word = handshake_copy ? w2 : w;

  word = handshake_word.c_str();
  len = handshake_word.size();]=])
handshake_patch_source(_hunspell_cxx "${_checkword_copy}" "${_checkword_in_place}" "checkword without a copy")
set(_checkword_reversed [=[      reverseword(w2);
  }

  word = w2.c_str();]=])
set(_checkword_reversed_in_place [=[      reverseword(w2);
  }

  word = handshake_word.c_str();]=])
handshake_patch_source(_hunspell_cxx "${_checkword_reversed}" "${_checkword_reversed_in_place}"
                       "checkword's word after reversing")
# Whether the dictionary lists a capitalized word with its capital: "Mark"
# as the name (not only as "mark" at the start of a sentence), "Anna's" as a
# form of "Anna", "ANNA" and "ST." as "Anna" and "St.". spell() accepts any
# of them for a lower-case entry too, so it cannot tell. The checker asked
# stem() whether any stem had a capital, which needs Hunspell's morphological
# analysis and, with it, ≈ 12 KB of the wasm module's gzipped download; this
# looks up only the capitalized forms, with Hunspell's own case rules, and
# gives the same answers (tests/core/speller_test.cpp).
# spell()'s declaration reads the same in HunspellImpl (hunspell.cxx) and in
# Hunspell (hunspell.hxx, below): the new method is declared after it in both.
set(_spell_decl [=[  bool spell(const std::string& word, int* info = NULL, std::string* root = NULL);]=])
set(_lists_capitalized_decl "\n  bool handshake_lists_capitalized(const std::string& word);")
handshake_patch_source(_hunspell_cxx "${_spell_decl}" "${_spell_decl}${_lists_capitalized_decl}"
                       "the declaration of lists_capitalized")
set(_spell_wrapper [=[bool Hunspell::spell(const std::string& word, int* info, std::string* root) {
  return m_Impl->spell(word, info, root);
}]=])
set(_spell_wrapper_listed [=[bool Hunspell::spell(const std::string& word, int* info, std::string* root) {
  return m_Impl->spell(word, info, root);
}

bool HunspellImpl::handshake_lists_capitalized(const std::string& word) {
  if (word.size() >= (utf8 ? MAXWORDUTF8LEN : MAXWORDLEN) || m_HMgrs.empty())
    return false;
  std::string converted, scw;
  std::vector<w_char> sunicw;
  int captype = NOCAP;
  size_t abbv = 0;
  RepList* rl = pAMgr ? pAMgr->get_iconvtable() : NULL;
  const bool convert = rl && rl->conv(word, converted);
  if (cleanword2(scw, sunicw, convert ? converted : word, &captype, &abbv) == 0 ||
      (captype != INITCAP && captype != ALLCAP && captype != HUHINITCAP))
    return false;
  // As written, then an all-capitals word in initial capitals; each also
  // with its abbreviation's dot, which cleanword2 took off.
  for (int attempt = 0; attempt < 2; ++attempt) {
    if (attempt == 1) {
      if (captype != ALLCAP)
        break;
      mkallsmall2(scw, sunicw);
      mkinitcap2(scw, sunicw);
    }
    int info = 0;
    if (checkword(scw, &info, NULL))
      return true;
    if (abbv && checkword(scw + ".", &info, NULL))
      return true;
  }
  return false;
}

bool Hunspell::handshake_lists_capitalized(const std::string& word) {
  return m_Impl->handshake_lists_capitalized(word);
}]=])
handshake_patch_source(_hunspell_cxx "${_spell_wrapper}" "${_spell_wrapper_listed}" "lists_capitalized")
handshake_write_source(hunspell.cxx "${_hunspell_cxx}")
file(READ "${_hs}/hunspell.hxx" _hunspell_hxx)
handshake_patch_source(_hunspell_hxx "${_spell_decl}" "${_spell_decl}${_lists_capitalized_decl}"
                       "the public lists_capitalized")
handshake_write_source(hunspell.hxx "${_hunspell_hxx}")
add_library(hunspell STATIC
  ${_hs}/affentry.cxx "${_hunspell_gen}/affixmgr.cxx" "${_hunspell_gen}/csutil.cxx" "${_hunspell_gen}/filemgr.cxx"
  "${_hunspell_gen}/hashmgr.cxx" "${_hunspell_gen}/hunspell.cxx" ${_hs}/hunzip.cxx ${_hs}/phonet.cxx
  "${_hunspell_gen}/replist.cxx" ${_hs}/suggestmgr.cxx "${_hunspell_gen}/hunspell_clock.cxx")
# The generated header must win over any hunvisapi.h shipped in the source.
target_include_directories(hunspell BEFORE PUBLIC "${_hunspell_gen}")
target_include_directories(hunspell PUBLIC "${_hs}")
target_compile_definitions(hunspell PUBLIC HUNSPELL_STATIC)
target_compile_options(hunspell PRIVATE -w -include "${_hunspell_gen}/hunspell_clock.h")
set_target_properties(hunspell PROPERTIES POSITION_INDEPENDENT_CODE ON)
# Hunspell reads its files through std::ifstream (FileMgr, Hunzip) and splits
# and formats with string streams: that alone links libc++'s iostreams and
# every locale facet (money, time, wide characters) into the wasm module, about
# 30 KB of its gzipped download, for reading two files a line at a time. A
# stdio file that offers the few members Hunspell calls (open, is_open, read,
# gcount, close, and rdbuf()->sbumpc() for the line reader above) stands in for
# std::ifstream in Hunspell's own code: the header below is included first in
# every Hunspell source, after the real <fstream>, so only Hunspell's
# `std::ifstream` names it. The stream splitting and formatting become string
# operations with the same results.
handshake_write_source(handshake_file.h [=[
#ifndef HANDSHAKE_HUNSPELL_FILE_H_
#define HANDSHAKE_HUNSPELL_FILE_H_
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include "hunspell_lent_files.h"
namespace handshake_hunspell {
class File {
 public:
  File() = default;
  File(const File&) = delete;
  File& operator=(const File&) = delete;
  ~File() { close(); }
  // A file lent in memory (src/lent_files.h) is read in place.
  void open(const char* path, std::ios_base::openmode) {
    close();
    if (std::string_view lent; handshake::LentFiles::find(path, &lent)) {
      lent_ = true;
      data_ = lent.data();
      end_ = lent.size();
      failed_ = false;
      return;
    }
    file_ = std::fopen(path, "rb");
    failed_ = file_ == nullptr;
  }
  bool is_open() const { return file_ != nullptr || lent_; }
  void close() {
    if (file_ != nullptr) std::fclose(file_);
    file_ = nullptr;
    lent_ = false;
    data_ = buffer_;
    begin_ = end_ = 0;
  }
  // As std::istream::read: false once a read came up short (and after).
  File& read(char* out, std::streamsize count) {
    count_ = 0;
    while (!failed_ && count_ < count) {
      if (begin_ == end_ && !refill()) break;
      std::streamsize take = static_cast<std::streamsize>(end_ - begin_);
      if (take > count - count_) take = count - count_;
      for (std::streamsize i = 0; i < take; ++i) out[count_ + i] = data_[begin_ + i];
      begin_ += static_cast<std::size_t>(take);
      count_ += take;
    }
    if (count_ < count) failed_ = true;
    return *this;
  }
  std::streamsize gcount() const { return count_; }
  explicit operator bool() const { return !failed_; }
  // FileMgr's line reader takes characters one at a time from rdbuf().
  File* rdbuf() { return this; }
  int sbumpc() {
    if (begin_ == end_ && !refill()) return std::char_traits<char>::eof();
    return static_cast<unsigned char>(data_[begin_++]);
  }

 private:
  bool refill() {
    if (file_ == nullptr) return false;
    begin_ = 0;
    end_ = std::fread(buffer_, 1, sizeof(buffer_), file_);
    return end_ > 0;
  }
  std::FILE* file_ = nullptr;
  bool lent_ = false;
  bool failed_ = true;
  std::streamsize count_ = 0;
  std::size_t begin_ = 0, end_ = 0;
  const char* data_ = buffer_;  // buffer_, or the lent file's bytes
  char buffer_[16384];
};
}  // namespace handshake_hunspell
namespace std {
using handshake_hunspell_file = ::handshake_hunspell::File;
}
#define ifstream handshake_hunspell_file
#endif
]=])
# (SHELL: keeps CMake from merging this -include with the one above.)
target_compile_options(hunspell PRIVATE "SHELL:-include ${_hunspell_gen}/handshake_file.h")
