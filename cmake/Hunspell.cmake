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

set(_hs "${HUNSPELL_SOURCE_DIR}/src/hunspell")

# HashMgr::hash computes in `unsigned long`: 64 bits natively, 32 in wasm, so
# the two builds would lay out the word table differently and break ties
# between equally good suggestions differently. Computing it in 32 bits
# everywhere makes them identical.
file(READ "${_hs}/hashmgr.cxx" _hashmgr)
handshake_patch_source(_hashmgr "unsigned long hv = 0;" "unsigned int hv = 0;" "the 32-bit hash")
# Loading the dictionary decoded every word to UTF-16 just to learn its
# length and case type: a third of loading en_US. An ASCII word's length is
# its byte count, and its case type follows from A-Z (capitals) and
# non-letters (neutral): the same answer get_captype_utf8 gives for every
# language, Turkish included (its dotted/dotless i still count as a capital
# and a non-neutral letter).
set(_clen_utf8 [=[  if (utf8) {
    len = u8_u16(workbuf, word);]=])
set(_clen_ascii [=[  if (utf8) {
    bool handshake_ascii = true;
    size_t handshake_caps = 0, handshake_neutral = 0;
    for (size_t i = 0; i < word.size(); ++i) {
      const unsigned char c = static_cast<unsigned char>(word[i]);
      if (c >= 0x80) { handshake_ascii = false; break; }
      if (c >= 'A' && c <= 'Z') ++handshake_caps;
      else if (!(c >= 'a' && c <= 'z')) ++handshake_neutral;
    }
    if (handshake_ascii) {
      const bool first_cap = !word.empty() && word[0] >= 'A' && word[0] <= 'Z';
      if (handshake_caps == 0) *captype = NOCAP;
      else if (handshake_caps == 1 && first_cap) *captype = INITCAP;
      else if (handshake_caps == word.size() || handshake_caps + handshake_neutral == word.size()) *captype = ALLCAP;
      else if (handshake_caps > 1 && first_cap) *captype = HUHINITCAP;
      else *captype = HUHCAP;
      return static_cast<int>(word.size());
    }
    len = u8_u16(workbuf, word);]=])
handshake_patch_source(_hashmgr "${_clen_utf8}" "${_clen_ascii}" "the ASCII case type")
# (iostreams, see handshake_file.h below) a numeric flag's decimal text.
set(_flag_stream [=[    std::ostringstream stream;
    stream << f;
    ch = stream.str();]=])
handshake_patch_source(_hashmgr "${_flag_stream}" "    ch = std::to_string(f);" "encode_flag without a string stream")
handshake_write_source(hashmgr.cxx "${_hashmgr}")
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
# (iostreams, see handshake_file.h below) the line reader takes its
# characters from the stdio stand-in for std::ifstream.
handshake_patch_source(_filemgr "    std::streambuf* buffer = fin.rdbuf();" "    auto* buffer = fin.rdbuf();"
                       "the line reader's buffer")
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
# (iostreams, see handshake_file.h below) line_tok splits with a string
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
set(_captype_helper [=[static int handshake_captype(const std::string& word, const std::vector<w_char>& word_utf,
                             int langnum) {
  size_t caps = 0, neutral = 0;
  for (size_t i = 0; i < word.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(word[i]);
    if (c >= 0x80) return get_captype_utf8(word_utf, langnum);
    if (c >= 'A' && c <= 'Z') ++caps;
    else if (!(c >= 'a' && c <= 'z')) ++neutral;
  }
  const bool first_cap = !word.empty() && word[0] >= 'A' && word[0] <= 'Z';
  if (caps == 0) return NOCAP;
  if (caps == 1 && first_cap) return INITCAP;
  if (caps == word.size() || caps + neutral == word.size()) return ALLCAP;
  if (caps > 1 && first_cap) return HUHINITCAP;
  return HUHCAP;
}

size_t HunspellImpl::cleanword2(std::string& dest,]=])
handshake_patch_source(_hunspell_cxx "${_cleanword2_start}" "${_captype_helper}" "the ASCII case type helper")
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
# checkword, which spell() calls once or more per word, made the same copy.
set(_checkword_copy [=[  clean_ignore(w2, w);

  word = w2.c_str();
  len = w2.size();

  if (!len)
    return NULL;

  // word reversing wrapper for complex prefixes
  if (complexprefixes) {
    if (utf8)
      reverseword_utf(w2);
    else
      reverseword(w2);
  }

  word = w2.c_str();]=])
set(_checkword_in_place [=[  const bool handshake_copy = complexprefixes || (pAMgr && pAMgr->get_ignore() != NULL);
  if (handshake_copy)
    clean_ignore(w2, w);
  const std::string& handshake_word = handshake_copy ? w2 : w;

  word = handshake_word.c_str();
  len = handshake_word.size();

  if (!len)
    return NULL;

  // word reversing wrapper for complex prefixes
  if (complexprefixes) {
    if (utf8)
      reverseword_utf(w2);
    else
      reverseword(w2);
  }

  word = handshake_word.c_str();]=])
handshake_patch_source(_hunspell_cxx "${_checkword_copy}" "${_checkword_in_place}" "checkword without a copy")
handshake_write_source(hunspell.cxx "${_hunspell_cxx}")
add_library(hunspell STATIC
  ${_hs}/affentry.cxx ${_hs}/affixmgr.cxx "${_hunspell_gen}/csutil.cxx" "${_hunspell_gen}/filemgr.cxx"
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
namespace handshake_hunspell {
class File {
 public:
  File() = default;
  File(const File&) = delete;
  File& operator=(const File&) = delete;
  ~File() { close(); }
  void open(const char* path, std::ios_base::openmode) {
    close();
    file_ = std::fopen(path, "rb");
    failed_ = file_ == nullptr;
  }
  bool is_open() const { return file_ != nullptr; }
  void close() {
    if (file_ != nullptr) std::fclose(file_);
    file_ = nullptr;
    begin_ = end_ = 0;
  }
  // As std::istream::read: false once a read came up short (and after).
  File& read(char* out, std::streamsize count) {
    count_ = 0;
    while (!failed_ && count_ < count) {
      if (begin_ == end_ && !refill()) break;
      std::streamsize take = static_cast<std::streamsize>(end_ - begin_);
      if (take > count - count_) take = count - count_;
      for (std::streamsize i = 0; i < take; ++i) out[count_ + i] = buffer_[begin_ + i];
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
    return static_cast<unsigned char>(buffer_[begin_++]);
  }

 private:
  bool refill() {
    if (file_ == nullptr) return false;
    begin_ = 0;
    end_ = std::fread(buffer_, 1, sizeof(buffer_), file_);
    return end_ > 0;
  }
  std::FILE* file_ = nullptr;
  bool failed_ = true;
  std::streamsize count_ = 0;
  std::size_t begin_ = 0, end_ = 0;
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
