#include "speller.h"

#include <hunspell.hxx>

#include <algorithm>
#include <cstdio>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "data_files.h"
#include "lent_files.h"
#include "packed_dictionary.h"
#include "tier_up.h"
#include "utf8.h"

namespace handshake {

namespace {

// Larger than any real Hunspell dictionary; Hunspell needs several times a
// file's size in memory, which a WebAssembly instance cannot give back.
constexpr long long kMaxDictionaryFileBytes = 64 << 20;

bool too_large(long long size, const std::string& path, std::string* error) {
  if (size <= kMaxDictionaryFileBytes) return false;
  *error = "dictionary file " + path + " is " + std::to_string(size) +
           " bytes; Handshake loads dictionary files up to " +
           std::to_string(kMaxDictionaryFileBytes) + " bytes";
  return true;
}

// As std::getline over `text` from *at: the next line without its "\n",
// false only when nothing is left.
bool next_line(std::string_view text, std::size_t* at, std::string* line) {
  if (*at >= text.size()) return false;
  std::size_t end = text.find('\n', *at);
  if (end == std::string_view::npos) end = text.size();
  line->assign(text.substr(*at, end - *at));
  *at = end + 1;
  return true;
}

// The first line of the file at `path`, without its "\n".
bool read_first_line(const std::string& path, std::string* line) {
  if (std::string_view lent; LentFiles::find(path.c_str(), &lent)) {
    line->assign(lent.substr(0, lent.find('\n')));
    return true;
  }
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) return false;
  line->clear();
  for (int c = std::getc(file); c != EOF && c != '\n'; c = std::getc(file))
    line->push_back(static_cast<char>(c));
  std::fclose(file);
  return true;
}

// White-space separated fields of an affix file line (the first few).
std::vector<std::string_view> fields_of(std::string_view line, std::size_t max) {
  std::vector<std::string_view> fields;
  std::size_t at = 0;
  while (fields.size() < max) {
    while (at < line.size() && (line[at] == ' ' || line[at] == '\t' || line[at] == '\r')) ++at;
    if (at == line.size()) break;
    const std::size_t start = at;
    while (at < line.size() && line[at] != ' ' && line[at] != '\t' && line[at] != '\r') ++at;
    fields.push_back(line.substr(start, at - start));
  }
  return fields;
}

// Digits as a number, saturating far above any real table; false if not digits.
bool parse_count(std::string_view digits, unsigned long long* out) {
  if (digits.empty()) return false;
  unsigned long long value = 0;
  for (char c : digits) {
    if (c < '0' || c > '9') return false;
    value = std::min(value * 10 + static_cast<unsigned>(c - '0'), 1ULL << 50);
  }
  *out = value;
  return true;
}

// Finds the affix file's table headers, which announce how many entry lines
// follow: "REP 90", "MAP 5", and for affixes the first line of each flag,
// "SFX S Y 4". Hunspell reserves room from the count before reading entries.
class TableHeaders {
 public:
  HANDSHAKE_PER_ITEM void read(std::string_view line, std::size_t line_number) {
    static constexpr std::string_view kTables[] = {
        "REP",   "MAP", "BREAK", "PHONE",        "ICONV",
        "OCONV", "AF",  "AM",    "COMPOUNDRULE", "CHECKCOMPOUNDPATTERN"};
    const std::vector<std::string_view> f = fields_of(line, 4);
    if (f.empty()) return;
    unsigned long long count = 0;
    if (f[0] == "PFX" || f[0] == "SFX") {
      if (f.size() < 4) return;
      const std::string key = std::string(f[0]) + " " + std::string(f[1]);
      if (!affix_flags_.insert(key).second) return;  // an entry, not the header
      if (parse_count(f[3], &count)) note(key, count, line_number);
      return;
    }
    for (std::string_view table : kTables)
      if (f[0] == table && f.size() >= 2 && parse_count(f[1], &count))
        note(std::string(table), count, line_number);
  }

  // Whether every table fits in the lines after its header; else says which.
  bool fit(std::size_t total_lines, const std::string& path, std::string* error) const {
    if (largest_ <= total_lines - largest_line_) return true;
    *error = "dictionary " + path + ":" + std::to_string(largest_line_) + ": " + largest_name_ +
             " announces " + std::to_string(largest_) + " entries but only " +
             std::to_string(total_lines - largest_line_) +
             " lines follow: the affix file is corrupt";
    return false;
  }

 private:
  void note(std::string name, unsigned long long count, std::size_t line_number) {
    if (count <= largest_) return;
    largest_ = count;
    largest_line_ = line_number;
    largest_name_ = std::move(name);
  }

  std::unordered_set<std::string> affix_flags_;
  unsigned long long largest_ = 0;  // the largest count, relative to its line
  std::size_t largest_line_ = 0;
  std::string largest_name_;
};

// Hunspell accepts almost any file and then rejects every word; checking the
// files first turns a wrong path or a corrupt dictionary into a clear error.
// DIC_TEXT, when given, is the word list's text (unpacked: there is no file).
bool validate_files(const std::string& aff_path, const std::string& dic_path,
                    const std::string* dic_text, std::string* error) {
  const long long aff_size = file_size(aff_path);
  std::string aff;
  if (aff_size == kUnreadableFile) {
    *error = "cannot read dictionary affix file " + aff_path;
    return false;
  }
  if (too_large(aff_size, aff_path, error)) return false;
  if (!read_whole_file(aff_path, &aff)) {
    *error = "cannot read dictionary affix file " + aff_path;
    return false;
  }
  std::size_t aff_at = 0;
  std::string line;
  bool utf8 = false;
  bool seen_set = false;
  std::size_t line_number = 0;
  TableHeaders tables;
  while (next_line(aff, &aff_at, &line)) {
    ++line_number;
    // Hunspell trusts the bytes of a UTF-8 affix file: an invalid sequence
    // in its TRY string made its suggestions write past a buffer (found by
    // tests/fuzz/dictionary_fuzzer).
    if (!is_valid_utf8(line)) {
      *error = "dictionary " + aff_path + ":" + std::to_string(line_number) +
               " is not valid UTF-8: the affix file is corrupt";
      return false;
    }
    if (!seen_set && line.rfind("SET ", 0) == 0) {
      seen_set = true;
      std::string encoding = line.substr(4);
      while (!encoding.empty() && (encoding.back() == '\r' || encoding.back() == ' '))
        encoding.pop_back();
      utf8 = encoding == "UTF-8" || encoding == "utf-8";
      if (!utf8) {
        *error = "dictionary " + aff_path + " uses encoding " + encoding +
                 "; Handshake reads UTF-8 dictionaries only (convert it with iconv)";
        return false;
      }
      continue;
    }
    tables.read(line, line_number);
  }
  // "REP 2000000000" would claim gigabytes, which in WebAssembly aborts the
  // module or is never given back. Each entry is a line of its own.
  if (!tables.fit(line_number, aff_path, error)) return false;
  std::string first;
  unsigned long long dic_bytes = 0;
  if (dic_text) {
    first = dic_text->substr(0, dic_text->find('\n'));
    dic_bytes = dic_text->size();
  } else {
    const long long dic_size = file_size(dic_path);
    if (dic_size == kUnreadableFile || !read_first_line(dic_path, &first)) {
      *error = "cannot read dictionary word file " + dic_path;
      return false;
    }
    if (too_large(dic_size, dic_path, error)) return false;
    dic_bytes = static_cast<unsigned long long>(std::max<long long>(dic_size, 0));
  }
  if (first.rfind("\xEF\xBB\xBF", 0) == 0) first.erase(0, 3);
  while (!first.empty() && (first.back() == '\r' || first.back() == ' ')) first.pop_back();
  bool numeric = !first.empty() && first.size() < 10;
  for (char c : first) numeric = numeric && c >= '0' && c <= '9';
  if (!numeric) {
    *error = "dictionary " + dic_path +
             " is not a Hunspell word list: its first line must be the word count";
    return false;
  }
  // Hunspell sizes its hash table from the count before reading a word: a
  // corrupt count of hundreds of millions would claim gigabytes (and, in
  // WebAssembly, keep them). A rough count is common and harmless up to a
  // million words; above that the file must be big enough to hold them
  // (every word takes at least two bytes).
  const unsigned long long count = std::stoull(first);
  if (count > (1u << 20) && count > dic_bytes / 2 + 1) {
    *error = "dictionary " + dic_path + " claims " + first + " words but holds " +
             std::to_string(dic_bytes) + " bytes: its word count is corrupt";
    return false;
  }
  if (!utf8) {
    *error = "dictionary " + aff_path + " declares no encoding (SET UTF-8 expected)";
    return false;
  }
  return true;
}

bool read_file(const std::string& path, std::string& out) { return read_whole_file(path, &out); }

// A bundled dictionary may ship packed (DIC.packed instead of DIC, as in the
// wasm module): unpacks it into *text. Returns false (setting *error) only
// for a corrupt one; *unpacked says whether there was one to use.
bool unpack_bundled_dictionary(const std::string& dic_path, std::string* text, bool* unpacked,
                               std::string* error) {
  *unpacked = false;
  if (file_size(dic_path) != kUnreadableFile) return true;  // a plain .dic: use it
  const std::string packed_path = dic_path + std::string(kPackedDictionarySuffix);
  // Lent (as in the wasm module), it is unpacked in place rather than copied.
  std::string read;
  std::string_view packed;
  if (!LentFiles::find(packed_path.c_str(), &packed)) {
    if (!read_file(packed_path, read)) return true;  // neither: validation reports the missing .dic
    packed = read;
  }
  if (!unpack_dictionary(packed, text, error)) {
    *error = packed_path + ": " + *error;
    return false;
  }
  *unpacked = true;
  return true;
}

}  // namespace

// Room for the words of a few notes up front: growing the table a word at a
// time cost a first check more than the lookups themselves. Words average
// under 8 bytes.
constexpr std::size_t kInitialAnswerRoom = 256;

Speller::Speller() {
  answered_.reserve(kInitialAnswerRoom, kInitialAnswerRoom * 8);
  answers_.reserve(kInitialAnswerRoom);
}
Speller::~Speller() = default;

std::unique_ptr<Speller> Speller::open(const std::string& aff_path, const std::string& dic_path,
                                       std::string* error) {
  std::string dic_text;
  bool unpacked = false;
  if (!unpack_bundled_dictionary(dic_path, &dic_text, &unpacked, error)) return nullptr;
  if (!validate_files(aff_path, dic_path, unpacked ? &dic_text : nullptr, error)) return nullptr;
  // The suggestion index is built on the first suggestion, when a caller's
  // dictionary files may be gone (the JS library deletes them once loaded):
  // keep their bytes until then. Hunspell reads the word list from the same
  // bytes, lent to it under the file's path (lent_files.h).
  SuggesterSource source;
  source.aff_path = aff_path;
  source.dic_path = dic_path;
  if (!read_file(aff_path, source.aff_text) || (!unpacked && !read_file(dic_path, dic_text))) {
    *error = "cannot read dictionary " + dic_path;
    return nullptr;
  }
  std::unique_ptr<Speller> speller(new Speller());
  {
    const ScopedLentFile lent(dic_path, dic_text);
    speller->hunspell_ = std::make_unique<Hunspell>(aff_path.c_str(), dic_path.c_str());
  }
  source.dic_text = std::move(dic_text);

  // The word frequency table sits beside the .dic (en_US.freq); without it
  // suggestions rank by spelling alone.
  const std::size_t dot = dic_path.rfind('.');
  source.frequency_path = (dot == std::string::npos ? dic_path : dic_path.substr(0, dot)) + ".freq";
  read_file(source.frequency_path, source.frequency_table);
  Speller* self = speller.get();
  speller->suggester_ = std::make_unique<Suggester>(
      std::move(source), [self](std::string_view word) { return self->spell(word); });
  return speller;
}

// Enough for every word a person uses in a session of notes; past it the
// answers start over, so memory stays bounded whatever the input.
constexpr std::size_t kMaxRememberedAnswers = 4096;

bool Speller::spell(std::string_view word) const {
  if (word.empty()) return false;
  // An ASCII word has no typographic apostrophe to straighten: look it up
  // as it is, and copy it only for Hunspell.
  std::string converted;
  std::string_view normalized = word;
  if (has_non_ascii(word)) {
    converted = normalize_apostrophes(word);
    normalized = converted;
  }
  if ((!personal_.empty() && personal_.count(std::string(normalized))) ||
      (!ignored_.empty() && ignored_.count(std::string(normalized))))
    return true;
  const std::uint32_t hash = word_hash(normalized);
  if (const std::uint32_t known = answered_.find(normalized, hash); known != WordBuckets::kNone)
    return answers_[known];
  const bool correct = hunspell_->spell(std::string(normalized));
  if (answered_.size() >= kMaxRememberedAnswers) forget_answers();
  answered_.insert_new(normalized, hash);
  answers_.push_back(correct);
  return correct;
}

// Longer words are no one's name (and Hunspell's own word limit is 100 bytes).
constexpr std::size_t kMaxProperNounBytes = 100;

bool Speller::is_proper_noun(std::string_view word) const {
  if (word.empty() || word.size() > kMaxProperNounBytes) return false;
  // spell() accepts "Mark" for "mark" too, so it cannot tell; Hunspell's
  // lookup of the capitalized forms alone can (cmake/Hunspell.cmake). A
  // name starts with its capital ("3RD" and "'TIS" are in capitals, but
  // listed only in lower case).
  const std::string written = normalize_apostrophes(word);
  const std::size_t first = written.find_first_not_of(' ');  // Hunspell skips spaces around a word
  return first != std::string::npos && is_upper(decode_utf8(written, first).code_point) &&
         hunspell_->handshake_lists_capitalized(written);
}

// Suggestions take far more memory per word than an answer; a note has
// at most a few dozen misspellings.
constexpr std::size_t kMaxRememberedSuggestions = 256;

void Speller::forget_answers() const {
  answered_.clear();
  answers_.clear();
  suggested_.clear();
  suggestions_.clear();
}

std::vector<std::string> Speller::suggest(std::string_view word, std::size_t max) const {
  if (word.empty() || max == 0 || word.size() > 100) return {};
  const std::string normalized = normalize_apostrophes(word);
  const std::uint32_t hash = word_hash(normalized);
  const std::uint32_t known = suggested_.find(normalized, hash);
  if (known != WordBuckets::kNone && suggestions_[known].max == max)
    return suggestions_[known].words;
  std::vector<std::string> found = suggester_->suggest(normalized, max);
  if (known != WordBuckets::kNone) {
    suggestions_[known] = {max, found};
  } else {
    if (suggested_.size() >= kMaxRememberedSuggestions) {
      suggested_.clear();
      suggestions_.clear();
    }
    suggested_.insert_new(normalized, hash);
    suggestions_.push_back({max, found});
  }
  return found;
}

bool Speller::prepare_suggestions(std::string* error) const { return suggester_->prepare(error); }

void Speller::add_dictionary_words(const std::vector<std::string>& words) {
  for (const std::string& word : words) {
    hunspell_->add(word);
    suggester_->add_word(word);
  }
  forget_answers();
}

void Speller::add_word(std::string_view word) {
  if (word.empty() || word.size() > 100) return;
  const std::string normalized = normalize_apostrophes(word);
  if (personal_.insert(normalized).second) {
    hunspell_->add(normalized);
    suggester_->add_word(normalized);
  }
  forget_answers();
}

void Speller::remove_word(std::string_view word) {
  const std::string normalized = normalize_apostrophes(word);
  if (personal_.erase(normalized) > 0) {
    hunspell_->remove(normalized);
    suggester_->remove_word(normalized);
  }
  ignored_.erase(normalized);
  forget_answers();
}

void Speller::ignore(std::string_view word) {
  if (word.empty() || word.size() > 100) return;
  ignored_.insert(normalize_apostrophes(word));
  // Every suggestion passes spell(), which now accepts the word.
  forget_answers();
}

}  // namespace handshake
