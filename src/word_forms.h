// Expands a Hunspell .dic into the surface forms it accepts ("abandon/LSDG"
// -> abandon, abandonment, abandons, abandoned, abandoning), the vocabulary
// that suggestions are drawn from. Words the dictionary marks as never to be
// suggested (NOSUGGEST, FORBIDDENWORD, ONLYINCOMPOUND) are left out.
//
// The expansion is a generous approximation of Hunspell's morphology (one
// level of twofold suffixes, prefix/suffix cross products); every suggestion
// is confirmed by the speller before it is shown.
#ifndef HANDSHAKE_WORD_FORMS_H_
#define HANDSHAKE_WORD_FORMS_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "affix_rules.h"

namespace handshake::spelling {

struct ExpansionLimits {
  std::size_t max_forms = 3'000'000;        // over all entries: a huge file stops here
  std::size_t max_forms_per_entry = 2'000;  // a runaway affix table stops here
  std::size_t max_word_length = 64;         // longer forms are skipped
};

struct ExpansionStats {
  std::size_t entries = 0;  // .dic lines read
  std::size_t forms = 0;    // forms emitted (with duplicates)
  bool truncated = false;   // a limit was hit
};

// A form in well-formed UTF-8 (whatever the dictionary's encoding).
using FormSink = std::function<void(std::string_view form)>;

// Calls `sink` once per generated form (duplicates possible). Malformed lines
// are skipped; invalid UTF-8 in a word becomes U+FFFD.
ExpansionStats expand_word_forms(const AffixRules& rules, std::string_view dic_text,
                                 const ExpansionLimits& limits, const FormSink& sink);

}  // namespace handshake::spelling

#endif  // HANDSHAKE_WORD_FORMS_H_
