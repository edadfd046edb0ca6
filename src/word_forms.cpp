#include "word_forms.h"

#include <algorithm>

namespace handshake::spelling {
namespace {

bool has_flag(const std::vector<Flag>& flags, Flag flag) {
  return flag != 0 && std::find(flags.begin(), flags.end(), flag) != flags.end();
}

bool apply_suffix(std::u32string_view stem, const AffixRule& rule, std::u32string& out) {
  if (rule.strip.size() >= stem.size() && rule.add.empty()) return false;
  if (rule.strip.size() > stem.size()) return false;
  if (stem.substr(stem.size() - rule.strip.size()) != rule.strip) return false;
  if (!rule.condition.matches_end(stem)) return false;
  out.assign(stem.substr(0, stem.size() - rule.strip.size()));
  out += rule.add;
  return !out.empty();
}

bool apply_prefix(std::u32string_view stem, const AffixRule& rule, std::u32string& out) {
  if (rule.strip.size() >= stem.size() && rule.add.empty()) return false;
  if (rule.strip.size() > stem.size()) return false;
  if (stem.substr(0, rule.strip.size()) != rule.strip) return false;
  if (!rule.condition.matches_start(stem)) return false;
  out.assign(rule.add);
  out += stem.substr(rule.strip.size());
  return !out.empty();
}

// Splits a .dic line into the word (with "\/" unescaped) and its flag field.
void split_entry(std::string_view line, std::string& word, std::string_view& flags) {
  const std::size_t tab = line.find('\t');
  if (tab != std::string_view::npos) line = line.substr(0, tab);
  // Morphological fields follow a space ("word/F po:noun"); a field is two
  // characters and a colon.
  for (std::size_t i = 0; i + 3 < line.size(); ++i) {
    if (line[i] == ' ' && line[i + 3] == ':') {
      line = line.substr(0, i);
      break;
    }
  }
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
  word.clear();
  flags = {};
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\\' && i + 1 < line.size() && line[i + 1] == '/') {
      word.push_back('/');
      ++i;
    } else if (line[i] == '/' && i > 0) {
      flags = line.substr(i + 1);
      const std::size_t space = flags.find(' ');
      if (space != std::string_view::npos) flags = flags.substr(0, space);
      return;
    } else {
      word.push_back(line[i]);
    }
  }
}

}  // namespace

ExpansionStats expand_word_forms(const AffixRules& rules, std::string_view dic_text,
                                 const ExpansionLimits& limits, const FormSink& sink) {
  ExpansionStats stats;
  if (dic_text.substr(0, 3) == "\xEF\xBB\xBF") dic_text.remove_prefix(3);

  std::size_t entry_forms = 0;
  auto emit = [&](std::u32string_view form) {
    if (form.empty() || form.size() > limits.max_word_length) return;
    if (entry_forms >= limits.max_forms_per_entry || stats.forms >= limits.max_forms) {
      stats.truncated = true;
      return;
    }
    ++entry_forms;
    ++stats.forms;
    sink(form);
  };
  // Flags of one- and two-byte flag types index a table directly: a hash
  // lookup per flag per rule was a tenth of the expansion's cost.
  constexpr Flag kDirectFlags = 0x10000;
  std::vector<const AffixClass*> direct_suffix, direct_prefix;
  for (const auto& [flag, index] : rules.suffix_class)
    if (flag < kDirectFlags) {
      if (direct_suffix.size() <= flag) direct_suffix.resize(flag + 1, nullptr);
      direct_suffix[flag] = &rules.classes[index];
    }
  for (const auto& [flag, index] : rules.prefix_class)
    if (flag < kDirectFlags) {
      if (direct_prefix.size() <= flag) direct_prefix.resize(flag + 1, nullptr);
      direct_prefix[flag] = &rules.classes[index];
    }
  auto suffix_class = [&](Flag flag) -> const AffixClass* {
    if (flag < kDirectFlags) return flag < direct_suffix.size() ? direct_suffix[flag] : nullptr;
    auto it = rules.suffix_class.find(flag);
    return it == rules.suffix_class.end() ? nullptr : &rules.classes[it->second];
  };
  auto prefix_class = [&](Flag flag) -> const AffixClass* {
    if (flag < kDirectFlags) return flag < direct_prefix.size() ? direct_prefix[flag] : nullptr;
    auto it = rules.prefix_class.find(flag);
    return it == rules.prefix_class.end() ? nullptr : &rules.classes[it->second];
  };
  auto usable = [&](const std::vector<Flag>& continuation) {
    return !has_flag(continuation, rules.need_affix) && !has_flag(continuation, rules.no_suggest) &&
           !has_flag(continuation, rules.forbidden_word);
  };

  std::string word;
  std::string_view flag_field;
  std::u32string form, form2, form3, stem;
  std::vector<Flag> flags;
  std::size_t pos = 0;
  bool first_line = true;
  while (pos < dic_text.size() && stats.forms < limits.max_forms) {
    std::size_t end = dic_text.find('\n', pos);
    if (end == std::string_view::npos) end = dic_text.size();
    const std::string_view line = dic_text.substr(pos, end - pos);
    pos = end + 1;
    if (first_line) {
      first_line = false;
      // The first line holds the entry count; a file without it starts with a word.
      if (!line.empty() && line.find_first_not_of("0123456789\r \t") == std::string_view::npos) continue;
    }
    if (line.empty() || line[0] == '\r') continue;
    split_entry(line, word, flag_field);
    if (word.empty()) continue;
    ++stats.entries;
    rules.parse_flags(flag_field, flags);
    if (has_flag(flags, rules.no_suggest) || has_flag(flags, rules.forbidden_word) ||
        has_flag(flags, rules.only_in_compound))
      continue;
    rules.decode(word, stem);
    if (stem.size() > limits.max_word_length) continue;
    entry_forms = 0;
    if (!has_flag(flags, rules.need_affix)) emit(stem);

    for (Flag flag : flags) {
      const AffixClass* suffixes = suffix_class(flag);
      if (suffixes == nullptr) continue;
      for (const AffixRule& rule : suffixes->rules) {
        if (!apply_suffix(stem, rule, form)) continue;
        if (usable(rule.continuation)) emit(form);
        for (Flag next : rule.continuation) {  // twofold suffixes: stem + suffix + suffix
          const AffixClass* outer = suffix_class(next);
          if (outer == nullptr) continue;
          for (const AffixRule& outer_rule : outer->rules)
            if (apply_suffix(form, outer_rule, form2) && usable(outer_rule.continuation)) emit(form2);
        }
        if (!suffixes->cross_product) continue;
        for (const std::vector<Flag>* source :
             {static_cast<const std::vector<Flag>*>(&flags), &rule.continuation}) {
          for (Flag prefix_flag : *source) {
            const AffixClass* prefixes = prefix_class(prefix_flag);
            if (prefixes == nullptr || !prefixes->cross_product) continue;
            for (const AffixRule& prefix_rule : prefixes->rules)
              if (apply_prefix(stem, prefix_rule, form3) && apply_suffix(form3, rule, form2))
                emit(form2);
          }
        }
      }
    }
    for (Flag flag : flags) {
      const AffixClass* prefixes = prefix_class(flag);
      if (prefixes == nullptr) continue;
      for (const AffixRule& rule : prefixes->rules) {
        if (!apply_prefix(stem, rule, form)) continue;
        if (usable(rule.continuation)) emit(form);
        for (Flag next : rule.continuation) {  // a prefix that licenses suffixes
          const AffixClass* suffixes = suffix_class(next);
          if (suffixes == nullptr) continue;
          for (const AffixRule& suffix_rule : suffixes->rules)
            if (apply_suffix(form, suffix_rule, form2)) emit(form2);
        }
      }
    }
  }
  if (stats.forms >= limits.max_forms) stats.truncated = true;
  return stats;
}

}  // namespace handshake::spelling
