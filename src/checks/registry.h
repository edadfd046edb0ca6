// The factories of every check, one per check file. The registry
// (registry.cpp) lists them in order; tests and benchmarks build single
// checks with them.
#ifndef HANDSHAKE_CHECKS_REGISTRY_H_
#define HANDSHAKE_CHECKS_REGISTRY_H_

#include <memory>
#include <string>

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

}  // namespace handshake

#endif  // HANDSHAKE_CHECKS_REGISTRY_H_
