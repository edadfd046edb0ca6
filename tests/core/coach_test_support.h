// Shared by the coach's check tests: run a draft, pick out one rule's issues.
#ifndef HANDSHAKE_TESTS_CORE_COACH_TEST_SUPPORT_H_
#define HANDSHAKE_TESTS_CORE_COACH_TEST_SUPPORT_H_

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_support.h"

namespace handshake::testing {

inline Report report_for(const Draft& draft) {
  const CheckResult result = shared_checker().check(draft);
  EXPECT_TRUE(result.ok()) << result.error;
  return result.report;
}

inline Draft draft_of(std::string text, std::string kind = "invite", std::string recipient = "",
                      std::string platform = "linkedin") {
  Draft d;
  d.text = std::move(text);
  d.kind = std::move(kind);
  d.recipient = std::move(recipient);
  d.platform = std::move(platform);
  return d;
}

inline std::vector<Issue> issues_of(const Report& report, const std::string& rule) {
  std::vector<Issue> out;
  for (const Issue& issue : report.issues)
    if (issue.rule == rule) out.push_back(issue);
  return out;
}

inline std::vector<Issue> issues_of(const Draft& draft, const std::string& rule) {
  return issues_of(report_for(draft), rule);
}

}  // namespace handshake::testing

#endif  // HANDSHAKE_TESTS_CORE_COACH_TEST_SUPPORT_H_
