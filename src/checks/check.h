// What every check sees and what it produces. A check reads the analyzed
// note and appends findings; it knows nothing of Embind, JS or scoring.
#ifndef HANDSHAKE_CHECKS_CHECK_H_
#define HANDSHAKE_CHECKS_CHECK_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checks/addressing.h"
#include "document.h"
#include "handshake/handshake.h"
#include "platform.h"

namespace handshake {

class DataDir;
class Speller;
struct DraftNames;
struct KindProfile;
struct NormalText;

// A finding in byte offsets; the Checker converts it to an Issue (UTF-16
// offsets, category from the rule table) once, at the end.
struct Finding {
  std::string_view rule;  // a rule id from rules.h
  Severity severity = Severity::kWarning;
  std::string message;
  std::uint32_t begin = 0;  // byte offsets into the draft's text
  std::uint32_t end = 0;
  std::vector<std::string> replacements;
  // Points the scorer takes off the rule's category; 0 means the default
  // for the severity.
  int weight = 0;
};

struct CheckContext {
  const Draft& draft;
  const Document& doc;
  // The platform as this kind of note sees it: KindProfile::adapt() has set
  // the limit (note or message) and narrowed the ideal length range.
  const PlatformProfile& platform;
  const Speller& speller;
  // Which rules apply to this kind of note and what their findings cost.
  const KindProfile& kind;
  // The note's words normalized for phrase matching (phrases.h): lower case,
  // contractions expanded, the recipient's name parts masked.
  const NormalText& words;
  // The recipient's and sender's names split into parts (check_util.h),
  // once per check rather than once per check that compares words with them.
  const DraftNames& names;

  // Facts about the note that several checks read, worked out by the first
  // check that asks and kept for the rest of this check (check_util.h
  // sentence_first_words, addressing.h addressed_names): not once per check.
  mutable std::optional<std::vector<bool>> first_words_memo = {};
  mutable std::optional<std::vector<AddressedName>> addressed_memo = {};
};

class Check {
 public:
  virtual ~Check() = default;
  // The rule ids this check can report (for turning it off by id).
  virtual std::vector<std::string_view> rules() const = 0;
  virtual void run(const CheckContext& context, std::vector<Finding>& out) const = 0;
};

// The registry: every check, constructed from the project's data files.
// Returns an empty vector and sets *error when a data file is missing or bad.
std::vector<std::unique_ptr<Check>> make_checks(const DataDir& data, std::string* error);

}  // namespace handshake

#endif  // HANDSHAKE_CHECKS_CHECK_H_
