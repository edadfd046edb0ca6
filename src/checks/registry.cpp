// The one list of checks. A new check is a file in this folder and a line
// here; options turn rules off by id.
#include <memory>

#include "checks/check.h"
#include "data_files.h"

namespace handshake {

std::unique_ptr<Check> make_spelling_check(const DataDir& data, std::string* error);
std::unique_ptr<Check> make_over_limit_check(const DataDir& data, std::string* error);
std::unique_ptr<Check> make_repeated_word_check(const DataDir& data, std::string* error);
std::unique_ptr<Check> make_article_check(const DataDir& data, std::string* error);
std::unique_ptr<Check> make_capitalization_check(const DataDir& data, std::string* error);
std::unique_ptr<Check> make_spacing_check(const DataDir& data, std::string* error);
std::unique_ptr<Check> make_punctuation_check(const DataDir& data, std::string* error);
std::unique_ptr<Check> make_shouting_check(const DataDir& data, std::string* error);
std::unique_ptr<Check> make_placeholder_check(const DataDir& data, std::string* error);
std::unique_ptr<Check> make_name_mismatch_check(const DataDir& data, std::string* error);
std::unique_ptr<Check> make_length_check(const DataDir& data, std::string* error);
std::unique_ptr<Check> make_generic_phrase_check(const DataDir& data, std::string* error);
std::unique_ptr<Check> make_duplicate_check(const DataDir& data, std::string* error);
std::unique_ptr<Check> make_no_name_check(const DataDir& data, std::string* error);
std::unique_ptr<Check> make_no_context_check(const DataDir& data, std::string* error);
std::unique_ptr<Check> make_no_reason_check(const DataDir& data, std::string* error);
std::unique_ptr<Check> make_no_intro_check(const DataDir& data, std::string* error);
std::unique_ptr<Check> make_no_reference_check(const DataDir& data, std::string* error);
std::unique_ptr<Check> make_salesy_check(const DataDir& data, std::string* error);
std::unique_ptr<Check> make_pushy_check(const DataDir& data, std::string* error);
std::unique_ptr<Check> make_curt_check(const DataDir& data, std::string* error);

std::vector<std::unique_ptr<Check>> make_checks(const DataDir& data, std::string* error) {
  using Factory = std::unique_ptr<Check> (*)(const DataDir&, std::string*);
  static constexpr Factory kFactories[] = {
      make_spelling_check,
      make_over_limit_check,
      make_repeated_word_check,
      make_article_check,
      make_capitalization_check,
      make_spacing_check,
      make_punctuation_check,
      make_shouting_check,
      make_placeholder_check,
      make_name_mismatch_check,
      make_length_check,
      make_generic_phrase_check,
      make_duplicate_check,
      make_no_name_check,
      make_no_context_check,
      make_no_reason_check,
      make_no_intro_check,
      make_no_reference_check,
      make_salesy_check,
      make_pushy_check,
      make_curt_check,
  };
  std::vector<std::unique_ptr<Check>> checks;
  for (Factory factory : kFactories) {
    std::unique_ptr<Check> check = factory(data, error);
    if (!check) return {};
    checks.push_back(std::move(check));
  }
  return checks;
}

}  // namespace handshake
