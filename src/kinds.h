// Kinds of note (invite, follow-up, thank-you, decline, message): which limit
// and length range apply, which rules apply and what each finding costs. A
// thank-you needs no reason to connect; a follow-up must refer to the first
// request and weighs pushiness heaviest; a decline may be one line. The
// figures are data (dictionaries/data/kinds.tsv and weights.tsv) so the
// scorer's calibration lives in one place.
#ifndef HANDSHAKE_KINDS_H_
#define HANDSHAKE_KINDS_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "checks/check.h"
#include "data_files.h"
#include "platform.h"
#include "word_buckets.h"

namespace handshake {

// Rule names to their rows in weights.tsv.
struct PolicyRows {
  WordBuckets names;                // ids in order of first appearance
  std::vector<std::size_t> row_of;  // by id
};

// What one rule (or one of its secondary triggers, "generic-phrase/filler")
// costs in one kind of note.
struct RulePolicy {
  bool applies = false;
  int weight = 0;  // points off the rule's category per finding
};

struct KindProfile {
  std::string id;
  bool message_limit = false;  // the platform's message limit, not its note limit
  std::size_t ideal_min = 0;   // 0: the platform's figure
  std::size_t ideal_max = 0;   // 0: the platform's figure; else caps it
  // One row of weights.tsv per rule or trigger, in file order.
  std::vector<std::pair<std::string, RulePolicy>> policies;
  // The row of each rule name (the first, if a name repeats), shared by every
  // kind: a check asks for a few policies per note and the scorer one per
  // finding, so a name is hashed rather than compared with every row.
  std::shared_ptr<const PolicyRows> rows;

  // The policy named `name` ("no-reason", "salesy/link"), or null when
  // weights.tsv has no row for it.
  const RulePolicy* find_policy(std::string_view name) const;
  // The same, where a policy that is not in weights.tsv does not apply.
  const RulePolicy& policy(std::string_view name) const;
  bool applies(std::string_view name) const { return policy(name).applies; }

  // The platform as this kind of note sees it: the right hard limit and the
  // ideal length range narrowed for the kind.
  PlatformProfile adapt(const PlatformProfile& platform) const;
};

class KindProfiles {
 public:
  // Reads kinds.tsv and weights.tsv. Every weights.tsv column must be a
  // kind in kinds.tsv, every cell a weight or "-".
  bool load(const DataDir& data, std::string* error);
  const KindProfile* find(std::string_view id) const;
  const std::vector<KindProfile>& all() const { return kinds_; }

 private:
  std::vector<KindProfile> kinds_;
};

// What a finding costs: its own weight when its check set one, nothing for
// an info finding (a tip), else its rule's weight for the kind, else the
// default for its severity.
int finding_weight(const KindProfile& kind, const Finding& finding);

}  // namespace handshake

#endif  // HANDSHAKE_KINDS_H_
