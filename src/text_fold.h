// Comparing words the way a reader does: "Zoë" typed with a precomposed ë and
// "Zoë" typed as e + U+0308 are the same name; "Zoe" is a different spelling
// of it; "naïve" is the dictionary's "naive" with a diaeresis.
#ifndef HANDSHAKE_TEXT_FOLD_H_
#define HANDSHAKE_TEXT_FOLD_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace handshake {

// The letter without its accent for Latin-1 and Latin Extended-A letters
// (é -> e, Å -> A, ł -> l), keeping its case; any other character unchanged.
char32_t base_letter(char32_t c);

// True for a combining diacritical mark (U+0300..U+036F).
bool is_combining_mark(char32_t c);

// The word with every accent removed: combining marks dropped, precomposed
// letters replaced by their base letter ("Naïve" -> "Naive").
std::string strip_diacritics(std::string_view word);

// True when the word holds a letter with an accent (precomposed or combining).
bool has_diacritics(std::string_view word);

// A name as compared for identity: lower case, a base letter followed by a
// combining mark composed into the precomposed letter, typographic
// apostrophes made straight, invisible characters dropped. Two spellings of
// one name fold to the same string.
std::string fold_name(std::string_view name);
// fold_name(name) == folded, without building the folded copy for an ASCII
// name (whose fold only lowers A-Z).
bool folds_to(std::string_view name, std::string_view folded);

// fold_name without accents: "Zoë" and "Zoe" share a skeleton.
std::string name_skeleton(std::string_view name);

// The word with its first letter in upper case ("élan" -> "Élan"), for
// Latin, Greek and Cyrillic letters; anything else unchanged.
std::string capitalize_first(std::string_view word);

// Optimal string alignment distance between two short strings, counted in
// code points (insertions, deletions, substitutions, adjacent swaps). Stops
// counting at `limit` + 1: returns limit + 1 for anything farther, and for
// strings longer than 48 code points.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit);

}  // namespace handshake

#endif  // HANDSHAKE_TEXT_FOLD_H_
