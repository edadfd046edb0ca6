#include "kinds.h"

#include <algorithm>

#include "scorer.h"

namespace handshake {

namespace {

// "-" is 0 (the platform's figure); otherwise a plain decimal number.
bool parse_length(const std::string& cell, std::size_t* out) {
  if (cell == "-") {
    *out = 0;
    return true;
  }
  if (cell.empty() || cell.size() > 7) return false;
  std::size_t value = 0;
  for (char c : cell) {
    if (c < '0' || c > '9') return false;
    value = value * 10 + static_cast<std::size_t>(c - '0');
  }
  *out = value;
  return true;
}

bool parse_policy(const std::string& cell, RulePolicy* out) {
  if (cell == "-") {
    *out = RulePolicy{};
    return true;
  }
  std::size_t weight = 0;
  if (!parse_length(cell, &weight) || weight > 100) return false;
  out->applies = true;
  out->weight = static_cast<int>(weight);
  return true;
}

}  // namespace

const RulePolicy* KindProfile::find_policy(std::string_view name) const {
  if (rows == nullptr) {
    for (const auto& [policy_name, policy] : policies)
      if (policy_name == name) return &policy;
    return nullptr;
  }
  const std::uint32_t row = rows->names.find(name);
  return row == WordBuckets::kNone ? nullptr : &policies[rows->row_of[row]].second;
}

const RulePolicy& KindProfile::policy(std::string_view name) const {
  static const RulePolicy kNotApplicable;
  const RulePolicy* found = find_policy(name);
  return found != nullptr ? *found : kNotApplicable;
}

PlatformProfile KindProfile::adapt(const PlatformProfile& platform) const {
  PlatformProfile adapted = platform;
  if (message_limit) adapted.limit = platform.message_limit;
  if (ideal_min > 0) adapted.ideal_min = ideal_min;
  if (ideal_max > 0 && (adapted.ideal_max == 0 || ideal_max < adapted.ideal_max))
    adapted.ideal_max = ideal_max;
  if (adapted.limit > 0 && adapted.ideal_max > adapted.limit) adapted.ideal_max = adapted.limit;
  return adapted;
}

bool KindProfiles::load(const DataDir& data, std::string* error) {
  TableFile kinds;
  if (!data.read_table("kinds.tsv", &kinds, error)) return false;
  const int id = kinds.column("kind"), limit = kinds.column("limit"),
            ideal_min = kinds.column("ideal_min"), ideal_max = kinds.column("ideal_max");
  if (id < 0 || limit < 0 || ideal_min < 0 || ideal_max < 0) {
    *error = "kinds.tsv: needs columns kind, limit, ideal_min, ideal_max";
    return false;
  }
  kinds_.clear();
  for (const auto& row : kinds.rows) {
    KindProfile kind;
    kind.id = row[id];
    if (row[limit] != "note" && row[limit] != "message") {
      *error = "kinds.tsv: limit must be note or message, not '" + row[limit] + "' for " + kind.id;
      return false;
    }
    kind.message_limit = row[limit] == "message";
    if (!parse_length(row[ideal_min], &kind.ideal_min) ||
        !parse_length(row[ideal_max], &kind.ideal_max)) {
      *error = "kinds.tsv: bad length in the row for " + kind.id;
      return false;
    }
    kinds_.push_back(std::move(kind));
  }
  if (kinds_.empty()) {
    *error = "kinds.tsv: no kinds";
    return false;
  }

  TableFile weights;
  if (!data.read_table("weights.tsv", &weights, error)) return false;
  if (weights.columns.empty() || weights.columns[0] != "rule") {
    *error = "weights.tsv: the first column must be rule";
    return false;
  }
  std::vector<int> column_of_kind(kinds_.size(), -1);
  for (std::size_t k = 0; k < kinds_.size(); ++k) {
    column_of_kind[k] = weights.column(kinds_[k].id);
    if (column_of_kind[k] < 0) {
      *error = "weights.tsv: no column for the kind " + kinds_[k].id;
      return false;
    }
  }
  if (weights.columns.size() != kinds_.size() + 1) {
    *error = "weights.tsv: every column after rule must be a kind from kinds.tsv";
    return false;
  }
  auto rows = std::make_shared<PolicyRows>();
  for (std::size_t r = 0; r < weights.rows.size(); ++r) {
    const auto& row = weights.rows[r];
    if (rows->names.insert(row[0]) == rows->row_of.size()) rows->row_of.push_back(r);
    for (std::size_t k = 0; k < kinds_.size(); ++k) {
      RulePolicy policy;
      if (!parse_policy(row[column_of_kind[k]], &policy)) {
        *error = "weights.tsv: '" + row[column_of_kind[k]] + "' for " + row[0] + " in " +
                 kinds_[k].id + " is neither a weight from 0 to 100 nor -";
        return false;
      }
      kinds_[k].policies.emplace_back(row[0], policy);
    }
  }
  for (KindProfile& kind : kinds_) kind.rows = rows;
  return true;
}

const KindProfile* KindProfiles::find(std::string_view id) const {
  for (const KindProfile& kind : kinds_)
    if (kind.id == id) return &kind;
  return nullptr;
}

int finding_weight(const KindProfile& kind, const Finding& finding) {
  if (finding.weight > 0) return finding.weight;
  if (finding.severity == Severity::kInfo) return 0;
  if (const RulePolicy* policy = kind.find_policy(finding.rule))
    return policy->applies ? policy->weight : 0;
  return default_weight(finding.severity);
}

}  // namespace handshake
