// The rule table: every rule id the report may carry and its category.
// Ids are stable; README.md documents each one.
#ifndef HANDSHAKE_RULES_H_
#define HANDSHAKE_RULES_H_

#include <string_view>

#include "handshake/handshake.h"

namespace handshake {

struct RuleInfo {
  std::string_view id;
  Category category;
};

// Null for an unknown id.
const RuleInfo* find_rule(std::string_view id);

}  // namespace handshake

#endif  // HANDSHAKE_RULES_H_
