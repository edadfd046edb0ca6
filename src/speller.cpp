#include "speller.h"

#include <hunspell.hxx>

#include <fstream>
#include <iterator>
#include <string>

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

bool read_file(const std::string& path, std::string& out) {
  std::ifstream file(path, std::ios::binary);
  if (!file) return false;
  out.assign(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
  return true;
}

}  // namespace

Speller::Speller() = default;
Speller::~Speller() = default;

std::unique_ptr<Speller> Speller::open(const std::string& aff_path, const std::string& dic_path,
                                       std::string* error) {
  if (!validate_files(aff_path, dic_path, error)) return nullptr;
  std::unique_ptr<Speller> speller(new Speller());
  speller->hunspell_ = std::make_unique<Hunspell>(aff_path.c_str(), dic_path.c_str());

  // The suggestion index is built on the first suggestion, when a caller's
  // dictionary files may be gone (the JS library deletes them once loaded):
  // keep their bytes until then. The word frequency table sits beside the
  // .dic (en_US.freq); without it suggestions rank by spelling alone.
  SuggesterSource source;
  source.aff_path = aff_path;
  source.dic_path = dic_path;
  if (!read_file(aff_path, source.aff_text) || !read_file(dic_path, source.dic_text)) {
    *error = "cannot read dictionary " + dic_path;
    return nullptr;
  }
  const std::size_t dot = dic_path.rfind('.');
  source.frequency_path = (dot == std::string::npos ? dic_path : dic_path.substr(0, dot)) + ".freq";
  read_file(source.frequency_path, source.frequency_table);
  Speller* self = speller.get();
  speller->suggester_ = std::make_unique<Suggester>(
      std::move(source), [self](std::string_view word) { return self->spell(word); },
      [self](std::string_view word) { return self->hunspell_->suggest(std::string(word)); });
  return speller;
}

bool Speller::spell(std::string_view word) const {
  if (word.empty()) return false;
  const std::string normalized = normalize_apostrophes(word);
  if (personal_.count(normalized) || ignored_.count(normalized)) return true;
  return hunspell_->spell(normalized);
}

std::vector<std::string> Speller::suggest(std::string_view word, std::size_t max, SuggestSpeed speed) const {
  if (word.empty() || max == 0 || word.size() > 100) return {};
  return suggester_->suggest(normalize_apostrophes(word), max, speed == SuggestSpeed::kThorough);
}

bool Speller::prepare_suggestions(std::string* error) const { return suggester_->prepare(error); }

void Speller::add_dictionary_words(const std::vector<std::string>& words) {
  for (const std::string& word : words) {
    hunspell_->add(word);
    suggester_->add_word(word);
  }
}

void Speller::add_word(std::string_view word) {
  if (word.empty() || word.size() > 100) return;
  const std::string normalized = normalize_apostrophes(word);
  if (personal_.insert(normalized).second) {
    hunspell_->add(normalized);
    suggester_->add_word(normalized);
  }
}

void Speller::remove_word(std::string_view word) {
  const std::string normalized = normalize_apostrophes(word);
  if (personal_.erase(normalized) > 0) {
    hunspell_->remove(normalized);
    suggester_->remove_word(normalized);
  }
  ignored_.erase(normalized);
}

void Speller::ignore(std::string_view word) {
  if (word.empty() || word.size() > 100) return;
  ignored_.insert(normalize_apostrophes(word));
}

}  // namespace handshake
