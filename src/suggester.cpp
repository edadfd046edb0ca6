#include "suggester.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>

#include "affix_rules.h"
#include "code_points.h"
#include "compact_sort.h"
#include "data_files.h"
#include "default_init_allocator.h"
#include "phonetic_key.h"
#include "word_forms.h"
#include "word_frequency.h"
#include "word_index.h"

namespace handshake {

using spelling::decode_utf8;
using spelling::encode_utf8;
using spelling::to_lower;

namespace {

constexpr std::uint32_t kNoEntry = 0xFFFFFFFF;
// Sound keys this long or longer also look for keys one sound away; shorter
// keys would bring in half the dictionary.
constexpr std::size_t kMinSoundNeighbourKey = 5;
constexpr double kHopelessCost = 4.5;
// IndexMatch::distance of a word found by its sound-alike key.
constexpr std::uint8_t kSoundsAlike = 0xFF;
constexpr std::uint8_t kSoundNeighbour = 3;
constexpr std::size_t kFewCandidates = 10;
// Words found by sound are at most this many bytes longer or shorter than
// the typed word.
constexpr std::size_t kSoundLengthSlack = 3;

bool read_file(const std::string& path, std::string& out) { return read_whole_file(path, &out); }

// Sound keys are looked up by their FNV-1a hash.
constexpr std::uint32_t kEmptyKeyHash = 2166136261u;
inline std::uint32_t hash_step(std::uint32_t h, char c) {
  return (h ^ static_cast<unsigned char>(c)) * 16777619u;
}
std::uint32_t hash_key(std::string_view key) {
  std::uint32_t h = kEmptyKeyHash;
  for (char c : key) h = hash_step(h, c);
  return h;
}

// Sorts (hash << 32 | entry) values given in ascending entry order: by hash,
// and by entry within a hash. Counted into buckets by the hash's top 16 bits
// (entries stay ascending within each), then each bucket, a few values on
// average, sorted by insertion: one pass to place each value, where two
// radix passes needed a second array of them (the peak of the build).
using SoundTable = FillVector<std::uint64_t>;  // filled in full, not zeroed first
SoundTable sorted_sound_keys(const std::vector<std::uint64_t>& by_entry) {
  std::vector<std::uint32_t> end(0x10001, 0);
  for (std::uint64_t v : by_entry) ++end[(v >> 48) + 1];
  for (std::size_t b = 1; b < end.size(); ++b) end[b] += end[b - 1];
  SoundTable values(by_entry.size());
  {
    std::vector<std::uint32_t> next(end.begin(), end.end() - 1);
    for (std::uint64_t v : by_entry) values[next[v >> 48]++] = v;
  }
  for (std::size_t b = 0; b + 1 < end.size(); ++b) {
    // A bucket of fewer than two is sorted; skipping it also keeps the
    // pointers below off an empty table's null data().
    if (end[b + 1] - end[b] < 2) continue;
    std::uint64_t* const first = values.data() + end[b];
    std::uint64_t* const last = values.data() + end[b + 1];
    for (std::uint64_t* i = first + 1; i < last; ++i) {
      const std::uint64_t v = *i;
      std::uint64_t* j = i;
      for (; j > first && v < *(j - 1); --j) *j = *(j - 1);
      *j = v;
    }
  }
  return values;
}

enum class CasePattern { kLower, kCapitalized, kUpper, kMixed };

CasePattern case_pattern(std::u32string_view word) {
  std::size_t upper = 0, letters = 0;
  for (char32_t c : word) {
    if (spelling::is_upper(c))
      ++upper, ++letters;
    else if (spelling::is_lower(c))
      ++letters;
  }
  if (upper == 0) return CasePattern::kLower;
  if (upper == letters && letters > 1) return CasePattern::kUpper;
  if (upper == 1 && spelling::is_upper(word[0])) return CasePattern::kCapitalized;
  return CasePattern::kMixed;
}

// Puts a dictionary form into the case the person typed: "Recieve" asks for
// "Receive", "RECIEVE" for "RECEIVE"; a proper noun keeps its capital.
std::string apply_case(std::u32string form, CasePattern pattern) {
  if (pattern == CasePattern::kUpper) {
    for (char32_t& c : form) c = spelling::to_upper(c);
  } else if (pattern == CasePattern::kCapitalized && !form.empty()) {
    form[0] = spelling::to_upper(form[0]);
  }
  return encode_utf8(form);
}

bool usable_word(std::u32string_view word) {
  if (word.empty() || word.size() > Suggester::kMaxWordLength) return false;
  for (char32_t c : word)
    if (c == spelling::kReplacementCharacter || c < 0x20 || c == ' ' || c == 0x7F || c == 0xA0 ||
        (c >= 0x2000 && c <= 0x200F) || c == 0xFEFF)
      return false;
  return true;
}

}  // namespace

struct Suggester::Index {
  spelling::AffixRules rules;  // REP and ICONV; the affix classes are dropped after expansion
  spelling::WordIndex words;
  spelling::WordFrequency frequency;
  std::unique_ptr<spelling::SpellingCost> cost;
  // (phonetic key hash << 32 | entry), sorted, of the entries whose first
  // form's length in bytes is keyed so far. A word looks only for words
  // within a few bytes of its own length, so the first suggestion keys the
  // lengths it can reach (often two thirds of the entries) and the first
  // one after it that reaches any other length keys all the rest; what a
  // lookup sees is the same as with every entry keyed at once. (Keying each
  // later word's lengths alone cost more in all: the keyer reuses less of
  // the word before when the words keyed are far apart.)
  SoundTable sounds;
  // The lengths in bytes the first suggestion keyed; an empty range before it.
  std::size_t keyed_lo = 1, keyed_hi = 0;
  std::size_t entries_unkeyed = 0;
  std::string frequency_error;
  Stats stats;
};

struct Suggester::Candidate {
  std::uint32_t entry = kNoEntry;
  std::string words;          // two words for a missing space, else empty
  bool sounds_alike = false;  // same phonetic key as the typed word
  std::uint8_t edits = 0;     // how it was found: edits away (3: a sound away)
  double score = 0;
};

Suggester::Suggester(SuggesterSource source, WordCheck is_correct, RankingWeights weights)
    : source_(std::move(source)), is_correct_(std::move(is_correct)), weights_(weights) {}

Suggester::~Suggester() = default;

bool Suggester::prepare(std::string* error) const {
  const auto start = std::chrono::steady_clock::now();
  const bool first = !built_;
  if (!build(error)) return false;
  key_sounds(0, kEveryLength);
  if (first)
    index_->stats.build_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  return true;
}

bool Suggester::build(std::string* error) const {
  if (built_) {
    if (error != nullptr) *error = build_error_;
    return index_ != nullptr;
  }
  built_ = true;
  const auto start = std::chrono::steady_clock::now();
  auto fail = [&](std::string message) {
    build_error_ = std::move(message);
    if (error != nullptr) *error = build_error_;
    return false;
  };
  std::string aff = std::move(source_.aff_text), dic = std::move(source_.dic_text),
              table = std::move(source_.frequency_table);
  source_.aff_text.clear();
  source_.dic_text.clear();
  source_.frequency_table.clear();
  if (aff.empty() && !read_file(source_.aff_path, aff))
    return fail("suggestions: cannot read the affix file " + source_.aff_path);
  if (dic.empty() && !read_file(source_.dic_path, dic))
    return fail("suggestions: cannot read the dictionary " + source_.dic_path);

  auto index = std::make_unique<Index>();
  index->rules = spelling::parse_affix_rules(aff);
  spelling::WordIndex::Builder builder;
  // The .dic's first line counts its entries, which expand to 2.2 forms each
  // in en_US and 2.8 in en_GB. Room for 3 keeps every record in one block
  // (capped by the file's size, whatever the line claims); pages reserved
  // and never written cost no memory.
  builder.reserve(std::min<std::size_t>(3 * std::strtoul(dic.c_str(), nullptr, 10), dic.size()));
  spelling::expand_word_forms(index->rules, dic, {},
                              [&](std::string_view form) { builder.add(form); });
  dic.clear();
  dic.shrink_to_fit();
  index->words = builder.build();
  if (index->words.entry_count() == 0) return fail("suggestions: the dictionary holds no words");
  index->rules.classes.clear();
  index->rules.classes.shrink_to_fit();
  index->rules.prefix_class.clear();
  index->rules.suffix_class.clear();
  index->cost = std::make_unique<spelling::SpellingCost>(index->rules, weights_.cost);

  if (table.empty() && !source_.frequency_path.empty() && !read_file(source_.frequency_path, table))
    index->frequency_error = "word frequency table: cannot read " + source_.frequency_path;
  else if (table.empty())
    index->frequency_error = "word frequency table: none given";
  else
    index->frequency.load(table, index->words, &index->frequency_error);

  const std::size_t entries = index->words.entry_count();
  index->entries_unkeyed = entries;

  Stats& stats = index->stats;
  stats.words = entries;
  stats.trie_nodes = index->words.node_count();
  stats.frequency_words = index->frequency.known_words();
  stats.memory_bytes = index->words.memory_bytes() +
                       entries * sizeof(std::uint64_t) +  // the sound table, once complete
                       entries;                           // one frequency level per word
  stats.build_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  index_ = std::move(index);
  return true;
}

void Suggester::key_sounds(std::size_t lo, std::size_t hi) const {
  Index& index = *index_;
  if (index.entries_unkeyed == 0) return;
  const bool first = index.keyed_lo > index.keyed_hi;
  if (!first && lo >= index.keyed_lo && hi <= index.keyed_hi) return;
  // The first call keys its lengths; a later word reaching a new length
  // brings in every length left.
  auto wanted = [&](std::size_t bytes) {
    return first ? bytes >= lo && bytes <= hi : bytes < index.keyed_lo || bytes > index.keyed_hi;
  };

  const spelling::WordIndex& words = index.words;
  const std::size_t entries = words.entry_count();
  std::vector<std::uint64_t> keyed;  // (hash << 32 | entry), by entry
  keyed.reserve(index.entries_unkeyed);
  std::u32string lower;
  std::string key;
  // Entries come in sorted order: the keyer keys each from where it parts
  // from the one keyed before, and the hash goes on from the sounds it kept.
  spelling::PhoneticKeyer keyer;
  std::uint32_t prefix_hash[spelling::kMaxPhoneticKeyBytes + 1];  // of the key's first k sounds
  prefix_hash[0] = kEmptyKeyHash;
  for (std::uint32_t e = 0; e < entries; ++e) {
    const std::string_view form = words.form(e, 0);
    if (!wanted(form.size())) continue;
    std::uint32_t hash;
    if (keyer.key_ascii(form)) {
      const std::string_view sounds = keyer.key();
      for (std::size_t k = keyer.kept(); k < sounds.size(); ++k)
        prefix_hash[k + 1] = hash_step(prefix_hash[k], sounds[k]);
      hash = prefix_hash[sounds.size()];
    } else {
      decode_utf8(form, lower);
      for (char32_t& c : lower) c = spelling::to_lower_fast(c);
      spelling::phonetic_key(lower, key);
      hash = hash_key(key);
    }
    keyed.push_back(static_cast<std::uint64_t>(hash) << 32 | e);
  }
  index.entries_unkeyed -= keyed.size();
  if (first) {
    index.keyed_lo = lo;
    index.keyed_hi = hi;
  }
  SoundTable sorted = sorted_sound_keys(keyed);
  std::vector<std::uint64_t>().swap(keyed);
  if (index.sounds.empty()) {
    index.sounds = std::move(sorted);
  } else {
    SoundTable merged(index.sounds.size() + sorted.size());
    std::merge(index.sounds.begin(), index.sounds.end(), sorted.begin(), sorted.end(),
               merged.begin());
    index.sounds = std::move(merged);
  }
}

void Suggester::add_word(std::string_view word) {
  const std::u32string decoded = decode_utf8(word);
  if (!usable_word(decoded)) return;
  for (const ExtraWord& extra : extra_words_)
    if (extra.text == word) return;
  extra_words_.push_back({std::string(word), to_lower(decoded)});
}

void Suggester::remove_word(std::string_view word) {
  extra_words_.erase(std::remove_if(extra_words_.begin(), extra_words_.end(),
                                    [&](const ExtraWord& extra) { return extra.text == word; }),
                     extra_words_.end());
}

void Suggester::set_weights(const RankingWeights& weights) {
  weights_ = weights;
  if (index_) index_->cost = std::make_unique<spelling::SpellingCost>(index_->rules, weights_.cost);
}

Suggester::Stats Suggester::stats() const { return index_ ? index_->stats : Stats{}; }

std::string Suggester::frequency_error() const {
  return index_ ? index_->frequency_error : build_error_;
}

void Suggester::gather(const std::u32string& lower, const spelling::SpellingCost::Typed& prepared,
                       std::vector<Candidate>& out) const {
  const spelling::WordIndex& words = index_->words;
  std::vector<spelling::IndexMatch> matches;
  // Within one edit; for a word of three or more letters, within two when
  // the first letter is right (which finds those one edit away as well).
  const bool two_edits = lower.size() >= 3;
  words.find_within(lower, 1, matches, 0, two_edits);
  // The sound-neighbour threshold below was tuned when the one-edit search
  // also walked the first letter's words, so it counts those twice.
  std::size_t counted_twice = 0;
  if (two_edits) {
    const std::size_t before = matches.size();
    words.find_within(lower, 2, matches, 1);
    for (std::size_t i = before; i < matches.size(); ++i) counted_twice += matches[i].distance <= 1;
    std::u32string swapped = lower;  // "hte": the first two letters swapped
    std::swap(swapped[0], swapped[1]);
    words.find_within(swapped, 1, matches, 1);
  }

  // The dictionary's REP table names whole confusions ("alot" -> "a lot").
  for (const spelling::Replacement& rep : index_->rules.replacements) {
    const std::u32string from = to_lower(rep.from);
    for (std::size_t at = lower.find(from); at != std::u32string::npos;
         at = lower.find(from, at + 1)) {
      if (rep.at_start && at != 0) break;
      if (rep.at_end && at + from.size() != lower.size()) continue;
      std::u32string variant =
          lower.substr(0, at) + to_lower(rep.to) + lower.substr(at + from.size());
      const std::size_t space = variant.find(U' ');
      if (space != std::u32string::npos) {
        const std::int64_t left = words.find(variant.substr(0, space));
        const std::int64_t right = words.find(variant.substr(space + 1));
        if (left >= 0 && right >= 0) {
          Candidate c;
          c.words = encode_utf8(variant);
          // A whole-word entry is the dictionary naming the phrase outright.
          const bool whole_word = from.size() == lower.size();
          c.score = (whole_word ? weights_.phrase : weights_.cost.replacement) -
                    weights_.frequency *
                        std::min(index_->frequency.level(left), index_->frequency.level(right));
          out.push_back(std::move(c));
        }
        continue;
      }
      // The variant itself only: one more edit around each of ten variants
      // would triple the search for a few extra candidates.
      const std::int64_t entry = words.find(variant);
      if (entry >= 0) matches.push_back({static_cast<std::uint32_t>(entry), 0});
    }
  }

  // Words that sound alike, and for longer words words whose sound differs
  // by one sound ("catapiller" KTPLR, "caterpillar" KTRPLR): far in letters,
  // near in sound.
  const std::string key = spelling::phonetic_key(lower);
  // Only words of about the typed length (in bytes, which is close enough).
  const std::size_t typed_bytes = encode_utf8(lower).size();
  if (!key.empty())
    key_sounds(typed_bytes > kSoundLengthSlack ? typed_bytes - kSoundLengthSlack : 0,
               typed_bytes + kSoundLengthSlack);
  auto add_sound = [&](const std::string& sound, int limit) {
    const std::uint64_t h = static_cast<std::uint64_t>(hash_key(sound)) << 32;
    auto it = std::lower_bound(index_->sounds.begin(), index_->sounds.end(), h);
    for (int taken = 0; it != index_->sounds.end() && (*it >> 32) == (h >> 32) && taken < limit;
         ++it) {
      const std::uint32_t entry = static_cast<std::uint32_t>(*it & 0xFFFFFFFF);
      const std::size_t bytes = words.form(entry, 0).size();
      if (bytes + kSoundLengthSlack < typed_bytes || bytes > typed_bytes + kSoundLengthSlack)
        continue;
      matches.push_back({entry, kSoundNeighbour});
      ++taken;
    }
  };
  const std::size_t before_sounds = matches.size();
  if (!key.empty()) add_sound(key, 200);
  // Exact sound matches are marked so ranking need not key them again.
  for (std::size_t i = before_sounds; i < matches.size(); ++i) matches[i].distance = kSoundsAlike;
  // Only when the nearer searches came up short: most words have plenty of
  // closer candidates, and this is the costliest search.
  if (key.size() >= kMinSoundNeighbourKey && matches.size() + counted_twice < kFewCandidates) {
    static constexpr std::string_view kSounds = "0ABFHJKLMNPRSTWXY";
    std::string variant;
    for (std::size_t i = 0; i <= key.size(); ++i) {
      if (i < key.size()) {
        variant = key;
        variant.erase(i, 1);
        add_sound(variant, 20);
      }
      for (char c : kSounds) {
        variant = key;
        variant.insert(variant.begin() + static_cast<std::ptrdiff_t>(i), c);
        add_sound(variant, 20);
        if (i < key.size() && key[i] != c) {
          variant = key;
          variant[i] = c;
          add_sound(variant, 20);
        }
      }
    }
  }

  // A missing space: "aboutthe" -> "about the". Both halves must be common
  // lower-case words, so "dipthong" does not become "dip thong" first.
  auto plain_common = [&](std::u32string_view part, std::int64_t& entry, int& level) {
    entry = words.find(part);
    if (entry < 0 || (part.size() < 2 && part != U"a")) return false;
    level = index_->frequency.level(static_cast<std::uint32_t>(entry));
    for (std::size_t f = 0; f < words.form_count(entry); ++f)
      if (decode_utf8(words.form(entry, f)) == part) return level > 0;
    return false;
  };
  for (std::size_t cut = 1; cut + 1 < lower.size(); ++cut) {
    std::int64_t left = -1, right = -1;
    int left_level = 0, right_level = 0;
    if (!plain_common(std::u32string_view(lower).substr(0, cut), left, left_level)) continue;
    if (!plain_common(std::u32string_view(lower).substr(cut), right, right_level)) continue;
    Candidate c;
    c.words = encode_utf8(lower.substr(0, cut)) + " " + encode_utf8(lower.substr(cut));
    c.score = weights_.split - weights_.frequency * std::min(left_level, right_level);
    out.push_back(std::move(c));
  }

  // The project's and the user's own words, few enough to compare one by one.
  if (!extra_words_.empty()) {
    for (const ExtraWord& extra : extra_words_) {
      const std::size_t longer = std::max(extra.lower.size(), lower.size());
      const std::size_t shorter = std::min(extra.lower.size(), lower.size());
      if (longer - shorter > 2) continue;
      double cost = 0;
      if (!index_->cost->within(prepared, extra.lower, 2.5, &cost)) continue;
      Candidate c;
      c.words = extra.text;
      c.score = cost + weights_.unknown_word;
      out.push_back(std::move(c));
    }
  }

  std::sort(matches.begin(), matches.end(),
            [](const spelling::IndexMatch& a, const spelling::IndexMatch& b) {
              return a.entry != b.entry ? a.entry < b.entry
                                        : a.distance > b.distance;  // kSoundsAlike first
            });
  std::uint32_t previous = kNoEntry;
  for (const spelling::IndexMatch& m : matches) {
    if (m.entry == previous) continue;
    previous = m.entry;
    Candidate c;
    c.entry = m.entry;
    c.sounds_alike = m.distance == kSoundsAlike;
    c.edits = m.distance == kSoundsAlike ? 2 : m.distance;
    out.push_back(std::move(c));
  }
}

std::vector<std::string> Suggester::suggest(std::string_view word, std::size_t max) const {
  std::vector<std::string> result;
  if (max == 0 || word.empty() || word.size() > 4 * kMaxWordLength) return result;
  std::u32string typed = decode_utf8(word);
  if (!usable_word(typed) || !build()) return result;
  for (const auto& [from, to] : index_->rules.input_conversions) {
    if (from.empty()) continue;
    for (std::size_t at = typed.find(from); at != std::u32string::npos;
         at = typed.find(from, at + to.size()))
      typed.replace(at, from.size(), to);
  }
  const std::u32string lower = to_lower(typed);
  const CasePattern pattern = case_pattern(typed);

  const spelling::SpellingCost& cost = *index_->cost;
  const spelling::SpellingCost::Typed prepared = cost.prepare(lower);
  std::vector<Candidate> candidates;
  gather(lower, prepared, candidates);

  // Close candidates first, so the running cut-off (the score a word must
  // beat to make the list) tightens early and far ones stop after a few rows.
  compact_stable_sort(candidates,
                      [](const Candidate& a, const Candidate& b) { return a.edits < b.edits; });
  std::vector<double> best;  // the lowest scores so far, sorted; enough to survive rejections
  const std::size_t keep = 3 * max + 5;
  std::u32string key;
  for (Candidate& c : candidates) {
    if (c.entry != kNoEntry) {
      decode_utf8(index_->words.form(c.entry, 0), key);
      for (char32_t& ch : key) ch = spelling::to_lower_fast(ch);
      const int level = index_->frequency.level(c.entry);
      double adjust = -weights_.frequency * level;
      if (level == 0) adjust += weights_.unknown_word;
      if (c.sounds_alike) adjust -= weights_.sounds_alike;
      const double cutoff = best.size() < keep ? kHopelessCost : best.back() - adjust;
      c.score = cost.distance(prepared, key, std::min(cutoff, kHopelessCost)) + adjust;
    }
    auto at = std::upper_bound(best.begin(), best.end(), c.score);
    if (static_cast<std::size_t>(at - best.begin()) < keep) {
      best.insert(at, c.score);
      if (best.size() > keep) best.pop_back();
    }
  }
  compact_stable_sort(candidates,
                      [](const Candidate& a, const Candidate& b) { return a.score < b.score; });

  const std::string original(word);
  auto offer = [&](std::string text) {
    if (text == original || std::find(result.begin(), result.end(), text) != result.end()) return;
    if (is_correct_) {  // each word of a two-word suggestion on its own
      for (std::size_t begin = 0; begin <= text.size();) {
        std::size_t end = text.find(' ', begin);
        if (end == std::string::npos) end = text.size();
        if (!is_correct_(std::string_view(text).substr(begin, end - begin))) return;
        begin = end + 1;
      }
    }
    result.push_back(std::move(text));
  };
  for (const Candidate& c : candidates) {
    if (result.size() >= max) break;
    if (c.entry == kNoEntry) {
      offer(apply_case(decode_utf8(c.words), pattern));
      continue;
    }
    // Of "may" and "May", a lower-case word prefers "may".
    const spelling::WordIndex& words = index_->words;
    std::size_t preferred = 0;
    if (pattern == CasePattern::kLower) {
      for (std::size_t f = 0; f < words.form_count(c.entry); ++f) {
        const std::u32string form = decode_utf8(words.form(c.entry, f));
        if (to_lower(form) == form) {
          preferred = f;
          break;
        }
      }
    }
    offer(apply_case(decode_utf8(words.form(c.entry, preferred)), pattern));
  }
  if (result.empty()) result = suggest_by_parts(word);
  return result;
}

// "state-of-the-art" has four; past that a word is no compound, and each
// rejected part costs a suggestion of its own.
constexpr std::size_t kMaxHyphenatedParts = 4;

std::vector<std::string> Suggester::suggest_by_parts(std::string_view word) const {
  const auto hyphens = static_cast<std::size_t>(std::count(word.begin(), word.end(), '-'));
  if (hyphens == 0 || hyphens >= kMaxHyphenatedParts) return {};
  std::string corrected;
  bool changed = false;
  for (std::size_t begin = 0; begin <= word.size();) {
    std::size_t end = word.find('-', begin);
    if (end == std::string_view::npos) end = word.size();
    const std::string_view part = word.substr(begin, end - begin);
    if (part.empty()) return {};
    if (is_correct_ && is_correct_(part)) {
      corrected.append(part);
    } else {
      const std::vector<std::string> best = suggest(part, 1);  // a part holds no hyphen
      if (best.empty()) return {};
      corrected.append(best.front());
      changed = true;
    }
    if (end < word.size()) corrected.push_back('-');
    begin = end + 1;
  }
  if (!changed) return {};
  return {corrected};
}

}  // namespace handshake
