// The one list of checks. A new check is a file in this folder and a line
// here; options turn rules off by id.
#include <memory>

#include "checks/check.h"
#include "data_files.h"

namespace handshake {

std::unique_ptr<Check> make_spelling_check(const DataDir& data, std::string* error);
std::unique_ptr<Check> make_over_limit_check(const DataDir& data, std::string* error);

std::vector<std::unique_ptr<Check>> make_checks(const DataDir& data, std::string* error) {
  using Factory = std::unique_ptr<Check> (*)(const DataDir&, std::string*);
  static constexpr Factory kFactories[] = {
      make_spelling_check,
      make_over_limit_check,
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
