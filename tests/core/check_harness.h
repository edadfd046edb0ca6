// Runs one check on its own, the way the Checker runs it, for the per-check
// unit tests: the check's factory over the build's data folder, the bundled
// en-US speller with the project word list, findings in byte offsets.
#ifndef HANDSHAKE_TESTS_CORE_CHECK_HARNESS_H_
#define HANDSHAKE_TESTS_CORE_CHECK_HARNESS_H_

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "checks/check.h"
#include "checks/check_util.h"
#include "checks/registry.h"
#include "data_files.h"
#include "document.h"
#include "kinds.h"
#include "phrases.h"
#include "speller.h"
#include "test_support.h"

namespace handshake {

namespace testing {

using CheckFactory = std::unique_ptr<Check> (*)(const DataDir&, std::string*);

inline const Speller& harness_speller() {
  static const std::unique_ptr<Speller> speller = [] {
    const DataDir data(data_dir());
    std::string error;
    auto s =
        Speller::open(data.path("hunspell/en_US.aff"), data.path("hunspell/en_US.dic"), &error);
    ListFile words;
    if (!s || !data.read_list("words.txt", &words, &error)) {
      std::fprintf(stderr, "harness: %s\n", error.c_str());
      std::abort();
    }
    s->add_dictionary_words(words.entries);
    return s;
  }();
  return *speller;
}

// One finding as a test compares it: "slice => first fix (severity)".
struct Seen {
  std::string slice;
  std::string fix;
  Severity severity;
  std::string message;
};

inline std::vector<Seen> run_check(CheckFactory factory, const std::string& text,
                                   const std::string& recipient = "",
                                   const std::string& sender = "") {
  std::string error;
  const std::unique_ptr<Check> check = factory(DataDir(data_dir()), &error);
  EXPECT_TRUE(check) << error;
  if (!check) return {};
  Draft draft;
  draft.text = text;
  draft.recipient = recipient;
  draft.sender = sender;
  const Document doc = analyze(draft.text);
  const PlatformProfile platform;
  // The mechanical checks read neither the kind's weights nor the
  // normalized words; the Checker supplies both in real runs.
  const KindProfile kind;
  const NormalText words;
  const DraftNames names = draft_names(draft);
  const CheckContext context{draft, doc, platform, harness_speller(), kind, words, names};
  std::vector<Finding> findings;
  check->run(context, findings);
  std::vector<Seen> seen;
  for (const Finding& f : findings) {
    EXPECT_LE(f.begin, f.end);
    EXPECT_LE(f.end, text.size());
    EXPECT_FALSE(f.message.empty());
    seen.push_back({text.substr(f.begin, f.end - f.begin),
                    f.replacements.empty() ? std::string() : f.replacements[0], f.severity,
                    f.message});
  }
  return seen;
}

// The slices a check reports, in order.
inline std::vector<std::string> slices(const std::vector<Seen>& seen) {
  std::vector<std::string> out;
  for (const Seen& s : seen) out.push_back(s.slice);
  return out;
}

// "slice=>fix" for every finding, in order.
inline std::vector<std::string> fixes(const std::vector<Seen>& seen) {
  std::vector<std::string> out;
  for (const Seen& s : seen) out.push_back(s.slice + "=>" + s.fix);
  return out;
}

}  // namespace testing
}  // namespace handshake

#endif  // HANDSHAKE_TESTS_CORE_CHECK_HARNESS_H_
