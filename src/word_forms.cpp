#include "word_forms.h"

#include <algorithm>
#include <cstring>

#include "code_points.h"
#include "tier_up.h"
#include "utf8.h"

namespace handshake::spelling {
namespace {

bool has_flag(const std::vector<Flag>& flags, Flag flag) {
  return flag != 0 && std::find(flags.begin(), flags.end(), flag) != flags.end();
}

// An affix rule with its strip and add strings in UTF-8: words are expanded
// as UTF-8 bytes, the form the index keeps, so no word is decoded to code
// points and encoded back (that was most of the expansion's cost).
struct PreparedClass;
struct PreparedRule {
  std::string strip;
  std::string add;
  const AffixRule* rule = nullptr;
  bool usable = false;  // its continuation flags let the form be suggested
  // The classes its continuation flags name (twofold suffixes, a prefix
  // licensing suffixes, cross products), looked up once.
  std::vector<const PreparedClass*> continuation_suffixes;
  std::vector<const PreparedClass*> continuation_prefixes;
};

struct PreparedClass {
  bool cross_product = false;
  std::vector<PreparedRule> rules;
};

// The rule applied to `stem`, written to `out` (room for stem.size() +
// rule.add.size() bytes); empty when the rule does not apply, or strips the
// whole word and adds nothing.
std::string_view apply_suffix(std::string_view stem, const PreparedRule& rule, char* out) {
  const std::size_t strip = rule.strip.size();
  if (strip > stem.size()) return {};
  if (strip != 0 && std::memcmp(stem.data() + stem.size() - strip, rule.strip.data(), strip) != 0)
    return {};
  if (!rule.rule->condition.matches_end(stem)) return {};
  const std::size_t kept = stem.size() - strip;
  std::memcpy(out, stem.data(), kept);
  std::memcpy(out + kept, rule.add.data(), rule.add.size());
  return std::string_view(out, kept + rule.add.size());
}

std::string_view apply_prefix(std::string_view stem, const PreparedRule& rule, char* out) {
  const std::size_t strip = rule.strip.size();
  if (strip > stem.size()) return {};
  if (strip != 0 && std::memcmp(stem.data(), rule.strip.data(), strip) != 0) return {};
  if (!rule.rule->condition.matches_start(stem)) return {};
  std::memcpy(out, rule.add.data(), rule.add.size());
  std::memcpy(out + rule.add.size(), stem.data() + strip, stem.size() - strip);
  return std::string_view(out, rule.add.size() + stem.size() - strip);
}

// Characters in well-formed UTF-8.
std::size_t count_chars(std::string_view text) {
  std::size_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// Splits a .dic line into the word (with "\/" unescaped) and its flag field.
// The word points into the line, or into `unescaped` when it held "\/".
void split_entry(std::string_view line, std::string& unescaped, std::string_view& word,
                 std::string_view& flags) {
  const std::size_t tab = line.find('\t');
  if (tab != std::string_view::npos) line = line.substr(0, tab);
  // Morphological fields follow a space ("word/F po:noun"); a field is two
  // characters and a colon.
  for (std::size_t i = line.find(' '); i != std::string_view::npos && i + 3 < line.size();
       i = line.find(' ', i + 1)) {
    if (line[i + 3] == ':') {
      line = line.substr(0, i);
      break;
    }
  }
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
  flags = {};
  std::size_t special = 0;  // the first '/' or '\\'
  while (special < line.size() && line[special] != '/' && line[special] != '\\') ++special;
  if (special == line.size()) special = std::string_view::npos;
  if (special == std::string_view::npos || (line[special] == '/' && special > 0)) {
    word = line.substr(0, special);
    if (special != std::string_view::npos) {
      flags = line.substr(special + 1);
      const std::size_t space = flags.find(' ');
      if (space != std::string_view::npos) flags = flags.substr(0, space);
    }
    return;
  }
  unescaped.clear();
  word = {};
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\\' && i + 1 < line.size() && line[i + 1] == '/') {
      unescaped.push_back('/');
      ++i;
    } else if (line[i] == '/' && i > 0) {
      flags = line.substr(i + 1);
      const std::size_t space = flags.find(' ');
      if (space != std::string_view::npos) flags = flags.substr(0, space);
      break;
    } else {
      unescaped.push_back(line[i]);
    }
  }
  word = unescaped;
}

// Bytes a .dic line is scanned for: its end, and what makes split_entry's
// general handling necessary (a tab or space before other fields, a
// backslash escaping a slash, a carriage return).
enum : unsigned char { kOrdinary, kLineEnd, kSlash, kSpecial };
struct LineBytes {
  unsigned char kind[256] = {};
  constexpr LineBytes() {
    kind[static_cast<unsigned char>('\n')] = kLineEnd;
    kind[static_cast<unsigned char>('/')] = kSlash;
    for (char c : {'\t', ' ', '\\', '\r'}) kind[static_cast<unsigned char>(c)] = kSpecial;
  }
};
constexpr LineBytes kLineBytes;

// Finds the end of the line that starts at text[start] (its '\n', or the
// text's end) in one pass, noting where in the line its first slash is and
// whether it holds none of the bytes that need split_entry (`plain` is then
// left true).
std::size_t scan_line(std::string_view text, std::size_t start, std::size_t& slash, bool& plain) {
  for (std::size_t pos = start; pos < text.size(); ++pos) {
    const unsigned char kind = kLineBytes.kind[static_cast<unsigned char>(text[pos])];
    if (kind == kOrdinary) continue;
    if (kind == kLineEnd) return pos;
    if (kind == kSlash) {
      if (slash == std::string_view::npos) slash = pos - start;
    } else {
      plain = false;
    }
  }
  return text.size();
}

}  // namespace

ExpansionStats expand_word_forms(const AffixRules& rules, std::string_view dic_text,
                                 const ExpansionLimits& limits, const FormSink& sink) {
  ExpansionStats stats;
  if (dic_text.substr(0, 3) == "\xEF\xBB\xBF") dic_text.remove_prefix(3);

  std::size_t entry_forms = 0;
  auto emit = [&](std::string_view form) {
    // Characters never outnumber bytes: count them only for long forms.
    if (form.empty() ||
        (form.size() > limits.max_word_length && count_chars(form) > limits.max_word_length))
      return;
    if (entry_forms >= limits.max_forms_per_entry || stats.forms >= limits.max_forms) {
      stats.truncated = true;
      return;
    }
    ++entry_forms;
    ++stats.forms;
    sink(form);
  };
  auto usable = [&](const std::vector<Flag>& continuation) {
    return !has_flag(continuation, rules.need_affix) && !has_flag(continuation, rules.no_suggest) &&
           !has_flag(continuation, rules.forbidden_word);
  };

  // Flags of one- and two-byte flag types index a table directly: a hash
  // lookup per flag per rule was a tenth of the expansion's cost.
  constexpr Flag kDirectFlags = 0x10000;
  std::vector<PreparedClass> classes(rules.classes.size());
  std::vector<const PreparedClass*> direct_suffix, direct_prefix;
  for (const auto& [flag, index] : rules.suffix_class)
    if (flag < kDirectFlags) {
      if (direct_suffix.size() <= flag) direct_suffix.resize(flag + 1, nullptr);
      direct_suffix[flag] = &classes[index];
    }
  for (const auto& [flag, index] : rules.prefix_class)
    if (flag < kDirectFlags) {
      if (direct_prefix.size() <= flag) direct_prefix.resize(flag + 1, nullptr);
      direct_prefix[flag] = &classes[index];
    }
  auto suffix_class = [&](Flag flag) -> const PreparedClass* {
    if (flag < kDirectFlags) return flag < direct_suffix.size() ? direct_suffix[flag] : nullptr;
    auto it = rules.suffix_class.find(flag);
    return it == rules.suffix_class.end() ? nullptr : &classes[it->second];
  };
  auto prefix_class = [&](Flag flag) -> const PreparedClass* {
    if (flag < kDirectFlags) return flag < direct_prefix.size() ? direct_prefix[flag] : nullptr;
    auto it = rules.prefix_class.find(flag);
    return it == rules.prefix_class.end() ? nullptr : &classes[it->second];
  };
  std::size_t longest_add = 0;
  for (std::size_t c = 0; c < rules.classes.size(); ++c) {
    classes[c].cross_product = rules.classes[c].cross_product;
    classes[c].rules.resize(rules.classes[c].rules.size());
    for (std::size_t r = 0; r < rules.classes[c].rules.size(); ++r) {
      const AffixRule& rule = rules.classes[c].rules[r];
      PreparedRule& prepared = classes[c].rules[r];
      prepared.strip = encode_utf8(rule.strip);
      prepared.add = encode_utf8(rule.add);
      prepared.rule = &rule;
      prepared.usable = usable(rule.continuation);
      longest_add = std::max(longest_add, prepared.add.size());
      for (Flag next : rule.continuation) {
        prepared.continuation_suffixes.push_back(suffix_class(next));
        prepared.continuation_prefixes.push_back(prefix_class(next));
      }
    }
  }

  // A form is the stem with at most two affixes added.
  std::string unescaped, stem_text, buffers;
  char *form_out = nullptr, *form2_out = nullptr, *form3_out = nullptr;
  std::u32string decoded;
  std::string_view word, flag_field;
  std::vector<Flag> flags;
  auto expand_entry = [&](std::string_view line, std::size_t slash, bool plain) HANDSHAKE_PER_ITEM {
    if (plain && slash != 0) {  // "word" or "word/flags": what split_entry would make of it
      word = line.substr(0, slash);
      flag_field = slash == std::string_view::npos ? std::string_view() : line.substr(slash + 1);
    } else {
      split_entry(line, unescaped, word, flag_field);
    }
    if (word.empty()) return;
    ++stats.entries;
    rules.parse_flags(flag_field, flags);
    // One pass over the entry's flags for the four that matter here (a
    // rules flag of 0 is unset and matches none).
    bool left_out = false, needs_affix = false;
    for (Flag flag : flags) {
      if (flag == 0) continue;
      left_out |= flag == rules.no_suggest || flag == rules.forbidden_word ||
                  flag == rules.only_in_compound;
      needs_affix |= flag == rules.need_affix;
    }
    if (left_out) return;
    // The stem as well-formed UTF-8: an ASCII word as it is; anything else
    // decoded (invalid sequences become U+FFFD, ISO 8859-1 becomes UTF-8)
    // and encoded again.
    std::string_view stem = word;
    if (!rules.utf8 || has_non_ascii(word)) {
      rules.decode(word, decoded);
      stem_text.clear();
      for (char32_t c : decoded) append_utf8(stem_text, c);
      stem = stem_text;
    }
    if (stem.size() > limits.max_word_length && count_chars(stem) > limits.max_word_length) return;
    const std::size_t room = stem.size() + 2 * longest_add;
    if (buffers.size() < 3 * room) buffers.resize(3 * room);
    form_out = buffers.data();
    form2_out = form_out + room;
    form3_out = form2_out + room;
    entry_forms = 0;
    if (!needs_affix) emit(stem);

    for (Flag flag : flags) {
      const PreparedClass* suffixes = suffix_class(flag);
      if (suffixes == nullptr) continue;
      for (const PreparedRule& rule : suffixes->rules) {
        const std::string_view form = apply_suffix(stem, rule, form_out);
        if (form.empty()) continue;
        if (rule.usable) emit(form);
        for (const PreparedClass* outer :
             rule.continuation_suffixes) {  // twofold suffixes: stem + suffix + suffix
          if (outer == nullptr) continue;
          for (const PreparedRule& outer_rule : outer->rules)
            if (outer_rule.usable) emit(apply_suffix(form, outer_rule, form2_out));
        }
        if (!suffixes->cross_product) continue;
        auto cross = [&](const PreparedClass* prefixes) {
          if (prefixes == nullptr || !prefixes->cross_product) return;
          for (const PreparedRule& prefix_rule : prefixes->rules) {
            const std::string_view prefixed = apply_prefix(stem, prefix_rule, form3_out);
            if (!prefixed.empty()) emit(apply_suffix(prefixed, rule, form2_out));
          }
        };
        for (Flag prefix_flag : flags) cross(prefix_class(prefix_flag));
        for (const PreparedClass* prefixes : rule.continuation_prefixes) cross(prefixes);
      }
    }
    for (Flag flag : flags) {
      const PreparedClass* prefixes = prefix_class(flag);
      if (prefixes == nullptr) continue;
      for (const PreparedRule& rule : prefixes->rules) {
        const std::string_view form = apply_prefix(stem, rule, form_out);
        if (form.empty()) continue;
        if (rule.usable) emit(form);
        for (const PreparedClass* suffixes :
             rule.continuation_suffixes) {  // a prefix that licenses suffixes
          if (suffixes == nullptr) continue;
          for (const PreparedRule& suffix_rule : suffixes->rules)
            emit(apply_suffix(form, suffix_rule, form2_out));
        }
      }
    }
  };
  std::size_t pos = 0;
  bool first_line = true;
  while (pos < dic_text.size() && stats.forms < limits.max_forms) {
    std::size_t slash = std::string_view::npos;
    bool plain = true;
    const std::size_t end = scan_line(dic_text, pos, slash, plain);
    const std::string_view line = dic_text.substr(pos, end - pos);
    pos = end + 1;
    if (first_line) {
      first_line = false;
      // The first line holds the entry count; a file without it starts with a word.
      if (!line.empty() && line.find_first_not_of("0123456789\r \t") == std::string_view::npos)
        continue;
    }
    if (line.empty() || line[0] == '\r') continue;
    expand_entry(line, slash, plain);
  }
  if (stats.forms >= limits.max_forms) stats.truncated = true;
  return stats;
}

}  // namespace handshake::spelling
