#include "rules.h"

#include <array>

namespace handshake {

namespace {

constexpr std::array<RuleInfo, 22> kRules = {{
    {"spelling", Category::kCorrectness},
    {"repeated-word", Category::kCorrectness},
    {"article", Category::kCorrectness},
    {"capitalization", Category::kCorrectness},
    {"spacing", Category::kCorrectness},
    {"punctuation", Category::kCorrectness},
    {"shouting", Category::kCorrectness},
    {"name-mismatch", Category::kCorrectness},
    {"placeholder", Category::kCorrectness},
    {"over-limit", Category::kLength},
    {"too-long", Category::kLength},
    {"too-short", Category::kLength},
    {"generic-phrase", Category::kOriginality},
    {"duplicate", Category::kOriginality},
    {"no-name", Category::kPersonalization},
    {"no-context", Category::kPersonalization},
    {"no-reason", Category::kClarity},
    {"no-intro", Category::kClarity},
    {"no-reference", Category::kClarity},
    {"salesy", Category::kTone},
    {"pushy", Category::kTone},
    {"curt", Category::kTone},
}};

}  // namespace

const RuleInfo* find_rule(std::string_view id) {
  for (const RuleInfo& rule : kRules)
    if (rule.id == id) return &rule;
  return nullptr;
}

}  // namespace handshake
