#include "speller.h"

#include <hunspell.hxx>

#include <stdlib.h>  // mkstemp
#include <stdio.h>   // fdopen
#include <unistd.h>  // close

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "packed_dictionary.h"
#include "utf8.h"

namespace handshake {

namespace {

// Hunspell accepts almost any file and then rejects every word; checking the
// files first turns a wrong path or a corrupt dictionary into a clear error.
bool validate_files(const std::string& aff_path, const std::string& dic_path, std::string* error) {
  std::ifstream aff(aff_path, std::ios::binary);
  if (!aff) {
    *error = "cannot read dictionary affix file " + aff_path;
    return false;
  }
  std::string line;
  bool utf8 = false;
  while (std::getline(aff, line)) {
    if (line.rfind("SET ", 0) == 0) {
      std::string encoding = line.substr(4);
      while (!encoding.empty() && (encoding.back() == '\r' || encoding.back() == ' '))
        encoding.pop_back();
      utf8 = encoding == "UTF-8" || encoding == "utf-8";
      if (!utf8) {
        *error = "dictionary " + aff_path + " uses encoding " + encoding +
                 "; Handshake reads UTF-8 dictionaries only (convert it with iconv)";
        return false;
      }
      break;
    }
  }
  std::ifstream dic(dic_path, std::ios::binary);
  if (!dic) {
    *error = "cannot read dictionary word file " + dic_path;
    return false;
  }
  std::string first;
  std::getline(dic, first);
  if (first.rfind("\xEF\xBB\xBF", 0) == 0) first.erase(0, 3);
  while (!first.empty() && (first.back() == '\r' || first.back() == ' ')) first.pop_back();
  bool numeric = !first.empty() && first.size() < 10;
  for (char c : first) numeric = numeric && c >= '0' && c <= '9';
  if (!numeric) {
    *error = "dictionary " + dic_path +
             " is not a Hunspell word list: its first line must be the word count";
    return false;
  }
  if (!utf8) {
    *error = "dictionary " + aff_path + " declares no encoding (SET UTF-8 expected)";
    return false;
  }
  return true;
}

// A bundled dictionary may ship packed (DIC.packed instead of DIC, as in the
// wasm module). Hunspell reads only files, so the unpacked text goes to a
// temporary file that lives just as long as the load; the destructor removes it.
class UnpackedDictionary {
 public:
  // Leaves path() empty when there is no packed dictionary to use.
  bool open(const std::string& dic_path, std::string* error) {
    if (std::ifstream(dic_path, std::ios::binary)) return true;  // a plain .dic: use it
    std::ifstream packed_file(dic_path + std::string(kPackedDictionarySuffix), std::ios::binary);
    if (!packed_file) return true;  // neither: validation reports the missing .dic
    std::ostringstream packed;
    packed << packed_file.rdbuf();
    std::string dic;
    if (!unpack_dictionary(packed.str(), &dic, error)) {
      *error = dic_path + std::string(kPackedDictionarySuffix) + ": " + *error;
      return false;
    }
    std::error_code ignored;
    std::string name =
        (std::filesystem::temp_directory_path(ignored) / "handshake-dictionary-XXXXXX").string();
    const int fd = mkstemp(name.data());
    std::FILE* out = fd < 0 ? nullptr : fdopen(fd, "wb");
    if (fd >= 0) path_ = name;
    if (fd >= 0 && out == nullptr) close(fd);
    bool written = out && std::fwrite(dic.data(), 1, dic.size(), out) == dic.size();
    if (out && std::fclose(out) != 0) written = false;
    if (!written) {
      *error = "cannot write the unpacked dictionary to " + name;
      return false;
    }
    return true;
  }
  ~UnpackedDictionary() {
    if (!path_.empty()) std::remove(path_.c_str());
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace

Speller::Speller() = default;
Speller::~Speller() = default;

std::unique_ptr<Speller> Speller::open(const std::string& aff_path, const std::string& dic_path,
                                       std::string* error) {
  UnpackedDictionary unpacked;
  if (!unpacked.open(dic_path, error)) return nullptr;
  const std::string& dic = unpacked.path().empty() ? dic_path : unpacked.path();
  if (!validate_files(aff_path, dic, error)) return nullptr;
  std::unique_ptr<Speller> speller(new Speller());
  speller->hunspell_ = std::make_unique<Hunspell>(aff_path.c_str(), dic.c_str());
  return speller;
}

// Enough for every word a person uses in a session of notes; past it the
// answers start over, so memory stays bounded whatever the input.
constexpr std::size_t kMaxRememberedAnswers = 4096;

bool Speller::spell(std::string_view word) const {
  if (word.empty()) return false;
  std::string normalized = normalize_apostrophes(word);
  if (personal_.count(normalized) || ignored_.count(normalized)) return true;
  if (auto known = answers_.find(normalized); known != answers_.end()) return known->second;
  const bool correct = hunspell_->spell(normalized);
  if (answers_.size() >= kMaxRememberedAnswers) answers_.clear();
  answers_.emplace(std::move(normalized), correct);
  return correct;
}

void Speller::forget_answers() { answers_.clear(); }

std::vector<std::string> Speller::suggest(std::string_view word, std::size_t max) const {
  if (word.empty() || max == 0 || word.size() > 100) return {};
  std::vector<std::string> suggestions = hunspell_->suggest(normalize_apostrophes(word));
  if (suggestions.size() > max) suggestions.resize(max);
  return suggestions;
}

void Speller::add_dictionary_words(const std::vector<std::string>& words) {
  for (const std::string& word : words) hunspell_->add(word);
  forget_answers();
}

void Speller::add_word(std::string_view word) {
  if (word.empty() || word.size() > 100) return;
  const std::string normalized = normalize_apostrophes(word);
  if (personal_.insert(normalized).second) hunspell_->add(normalized);
  forget_answers();
}

void Speller::remove_word(std::string_view word) {
  const std::string normalized = normalize_apostrophes(word);
  if (personal_.erase(normalized) > 0) hunspell_->remove(normalized);
  ignored_.erase(normalized);
  forget_answers();
}

void Speller::ignore(std::string_view word) {
  if (word.empty() || word.size() > 100) return;
  ignored_.insert(normalize_apostrophes(word));
}

}  // namespace handshake
