#include "affix_rules.h"

#include <cstdlib>

#include "code_points.h"
#include "tier_up.h"

namespace handshake::spelling {
namespace {

std::vector<std::string_view> split_fields(std::string_view line) {
  std::vector<std::string_view> fields;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    const std::size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    if (i > start) fields.push_back(line.substr(start, i - start));
  }
  return fields;
}

bool is_number(std::string_view s) {
  if (s.empty() || s.size() > 9) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

std::u32string affix_text(const AffixRules& rules, std::string_view field) {
  if (field == "0") return {};
  return rules.decode(field);
}

// REP and ICONV text, where '_' stands for a space.
std::u32string field_text(const AffixRules& rules, std::string_view field) {
  if (field == "0") return {};
  std::u32string text = rules.decode(field);
  for (char32_t& c : text)
    if (c == '_') c = ' ';
  return text;
}

// MAP entries are runs of single characters and (multi character) groups.
std::vector<std::u32string> parse_map_group(std::u32string_view text) {
  std::vector<std::u32string> group;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '(') {
      const std::size_t close = text.find(')', i);
      if (close == std::u32string_view::npos) break;
      group.emplace_back(text.substr(i + 1, close - i - 1));
      i = close;
    } else {
      group.emplace_back(1, text[i]);
    }
  }
  return group;
}

}  // namespace

AffixCondition::AffixCondition(std::u32string_view pattern) {
  if (pattern == U".") return;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    Element element;
    if (pattern[i] == '[') {
      std::size_t j = i + 1;
      if (j < pattern.size() && pattern[j] == '^') element.negated = true, ++j;
      while (j < pattern.size() && pattern[j] != ']') element.chars.push_back(pattern[j++]);
      i = j;  // at ']' (or the end of a malformed pattern)
    } else if (pattern[i] == '.') {
      element.any = true;
    } else {
      element.chars.push_back(pattern[i]);
    }
    for (char32_t c = 0; c < 0x80; ++c) {
      const bool found = element.chars.find(c) != std::u32string::npos;
      if (element.any || found != element.negated)
        element.ascii[c >> 6] |= std::uint64_t{1} << (c & 63);
    }
    elements_.push_back(std::move(element));
  }
}

bool AffixCondition::Element::matches(char32_t c) const {
  if (c < 0x80) return (ascii[c >> 6] >> (c & 63)) & 1;
  if (any) return true;
  const bool found = chars.find(c) != std::u32string::npos;
  return negated ? !found : found;
}

namespace {

// The code point of UTF-8 that starts at text[at], and its length. The words
// are well formed; a truncated sequence still reads nothing past the end.
char32_t code_point_at(std::string_view text, std::size_t at, std::size_t& length) {
  const unsigned char b = static_cast<unsigned char>(text[at]);
  if (b < 0x80) return length = 1, b;
  length = (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : 4;
  if (at + length > text.size()) return length = 1, kReplacementCharacter;
  if (length == 2) return ((b & 0x1F) << 6) | (text[at + 1] & 0x3F);
  if (length == 3) return ((b & 0x0F) << 12) | ((text[at + 1] & 0x3F) << 6) | (text[at + 2] & 0x3F);
  return ((b & 0x07) << 18) | ((text[at + 1] & 0x3F) << 12) | ((text[at + 2] & 0x3F) << 6) |
         (text[at + 3] & 0x3F);
}

}  // namespace

bool AffixCondition::matches_end(std::string_view word) const {
  std::size_t end = word.size();
  for (std::size_t i = elements_.size(); i-- > 0;) {
    if (end == 0) return false;
    std::size_t start = end - 1;
    while (start > 0 && (static_cast<unsigned char>(word[start]) & 0xC0) == 0x80) --start;
    std::size_t length = 0;
    if (!elements_[i].matches(code_point_at(word, start, length))) return false;
    end = start;
  }
  return true;
}

bool AffixCondition::matches_start(std::string_view word) const {
  std::size_t at = 0;
  for (const Element& element : elements_) {
    if (at >= word.size()) return false;
    std::size_t length = 0;
    if (!element.matches(code_point_at(word, at, length))) return false;
    at += length;
  }
  return true;
}

std::u32string AffixRules::decode(std::string_view text) const {
  return utf8 ? decode_utf8(text) : decode_latin1(text);
}

void AffixRules::decode(std::string_view text, std::u32string& out) const {
  if (utf8) {
    decode_utf8(text, out);
  } else {
    out.resize(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) out[i] = static_cast<unsigned char>(text[i]);
  }
}

std::vector<Flag> AffixRules::parse_flags(std::string_view field) const {
  std::vector<Flag> flags;
  parse_flags(field, flags);
  return flags;
}

void AffixRules::parse_flags(std::string_view field, std::vector<Flag>& flags) const {
  flags.clear();
  if (!flag_aliases.empty() && is_number(field)) {
    const std::size_t index = std::strtoul(std::string(field).c_str(), nullptr, 10);
    if (index >= 1 && index <= flag_aliases.size()) flags = flag_aliases[index - 1];
    return;
  }
  switch (flag_type) {
    case FlagType::kChar:
      for (char c : field) flags.push_back(static_cast<unsigned char>(c));
      break;
    case FlagType::kLong:
      for (std::size_t i = 0; i + 1 < field.size(); i += 2)
        flags.push_back((static_cast<unsigned char>(field[i]) << 8) |
                        static_cast<unsigned char>(field[i + 1]));
      break;
    case FlagType::kNumber: {
      std::size_t i = 0;
      while (i < field.size()) {
        std::size_t j = i;
        while (j < field.size() && field[j] >= '0' && field[j] <= '9') ++j;
        if (j > i && j - i <= 9)
          flags.push_back(std::strtoul(std::string(field.substr(i, j - i)).c_str(), nullptr, 10));
        i = j + 1;
      }
      break;
    }
    case FlagType::kUtf8:
      for (char32_t c : decode_utf8(field)) flags.push_back(c);
      break;
  }
}

AffixRules parse_affix_rules(std::string_view aff_text) {
  AffixRules rules;
  if (aff_text.substr(0, 3) == "\xEF\xBB\xBF") aff_text.remove_prefix(3);

  // Pending rule counts per affix class, to tell a class header from its rules.
  std::unordered_map<Flag, std::size_t> pending_prefix_rules, pending_suffix_rules;
  bool seen_rep = false, seen_map = false, seen_iconv = false, seen_af = false;

  auto single_flag = [&](std::string_view field) -> Flag {
    const std::vector<Flag> flags = rules.parse_flags(field);
    return flags.empty() ? 0 : flags.front();
  };

  // Each kind of line in a function of its own (see tier_up.h): an affix
  // file is a few hundred lines, mostly affix rules and replacements.
  auto add_affix_line = [&](const std::vector<std::string_view>& f) HANDSHAKE_PER_ITEM {
    const std::string_view key = f[0];
    const bool is_prefix = key == "PFX";
    const Flag flag = single_flag(f[1]);
    if (flag == 0) return;
    auto& pending = is_prefix ? pending_prefix_rules : pending_suffix_rules;
    auto& index = is_prefix ? rules.prefix_class : rules.suffix_class;
    auto it = pending.find(flag);
    if (it == pending.end() || it->second == 0) {
      // A class header: PFX flag cross_product count
      if (!is_number(f[3])) return;
      const std::size_t count = std::strtoul(std::string(f[3]).c_str(), nullptr, 10);
      pending[flag] = count;
      if (index.count(flag) == 0) {
        AffixClass affix_class;
        affix_class.flag = flag;
        affix_class.is_prefix = is_prefix;
        affix_class.cross_product = f[2] == "Y";
        index[flag] = rules.classes.size();
        rules.classes.push_back(std::move(affix_class));
      }
      return;
    }
    --it->second;
    AffixRule rule;
    rule.strip = affix_text(rules, f[2]);
    std::string_view add = f[3];
    const std::size_t slash = add.find('/');
    if (slash != std::string_view::npos) {
      rule.continuation = rules.parse_flags(add.substr(slash + 1));
      add = add.substr(0, slash);
    }
    rule.add = affix_text(rules, add);
    rule.condition = AffixCondition(f.size() >= 5 ? rules.decode(f[4]) : std::u32string(U"."));
    rules.classes[index[flag]].rules.push_back(std::move(rule));
  };
  auto add_replacement = [&](const std::vector<std::string_view>& f) HANDSHAKE_PER_ITEM {
    if (!seen_rep && f.size() == 2 && is_number(f[1])) {
      seen_rep = true;
    } else if (f.size() >= 3) {
      Replacement rep;
      std::string_view from = f[1];
      if (!from.empty() && from.front() == '^') rep.at_start = true, from.remove_prefix(1);
      if (!from.empty() && from.back() == '$') rep.at_end = true, from.remove_suffix(1);
      rep.from = field_text(rules, from);
      rep.to = field_text(rules, f[2]);
      if (!rep.from.empty()) rules.replacements.push_back(std::move(rep));
    }
  };
  auto parse_setting = [&](const std::vector<std::string_view>& f) HANDSHAKE_PER_ITEM {
    const std::string_view key = f[0];
    if (key == "SET" && f.size() >= 2) {
      rules.utf8 = f[1] == "UTF-8" || f[1] == "utf-8" || f[1] == "UTF8";
    } else if (key == "FLAG" && f.size() >= 2) {
      if (f[1] == "long")
        rules.flag_type = FlagType::kLong;
      else if (f[1] == "num")
        rules.flag_type = FlagType::kNumber;
      else if (f[1] == "UTF-8")
        rules.flag_type = FlagType::kUtf8;
    } else if (key == "AF" && f.size() >= 2) {
      if (!seen_af && is_number(f[1])) {
        seen_af = true;  // the count line
      } else {
        // Aliases are plain flag strings; parse them without alias lookup.
        std::vector<std::vector<Flag>> saved;
        saved.swap(rules.flag_aliases);
        std::vector<Flag> flags = rules.parse_flags(f[1]);
        saved.swap(rules.flag_aliases);
        rules.flag_aliases.push_back(std::move(flags));
      }
    } else if (key == "TRY" && f.size() >= 2) {
      rules.try_chars = rules.decode(f[1]);
    } else if (key == "KEY" && f.size() >= 2) {
      std::u32string row;
      for (char32_t c : rules.decode(f[1])) {
        if (c == '|') {
          if (!row.empty()) rules.keyboard_rows.push_back(row);
          row.clear();
        } else {
          row.push_back(c);
        }
      }
      if (!row.empty()) rules.keyboard_rows.push_back(row);
    } else if (key == "NOSUGGEST" && f.size() >= 2) {
      rules.no_suggest = single_flag(f[1]);
    } else if (key == "FORBIDDENWORD" && f.size() >= 2) {
      rules.forbidden_word = single_flag(f[1]);
    } else if (key == "ONLYINCOMPOUND" && f.size() >= 2) {
      rules.only_in_compound = single_flag(f[1]);
    } else if ((key == "NEEDAFFIX" || key == "PSEUDOROOT") && f.size() >= 2) {
      rules.need_affix = single_flag(f[1]);
    } else if (key == "CIRCUMFIX" && f.size() >= 2) {
      rules.circumfix = single_flag(f[1]);
    } else if (key == "MAP" && f.size() >= 2) {
      if (!seen_map && is_number(f[1])) {
        seen_map = true;
      } else {
        std::vector<std::u32string> group = parse_map_group(rules.decode(f[1]));
        if (group.size() >= 2) rules.related.push_back(std::move(group));
      }
    } else if (key == "ICONV" && f.size() >= 2) {
      if (!seen_iconv && f.size() == 2 && is_number(f[1])) {
        seen_iconv = true;
      } else if (f.size() >= 3) {
        rules.input_conversions.emplace_back(field_text(rules, f[1]), field_text(rules, f[2]));
      }
    }
  };

  std::size_t pos = 0;
  while (pos < aff_text.size()) {
    std::size_t end = aff_text.find('\n', pos);
    if (end == std::string_view::npos) end = aff_text.size();
    std::string_view line = aff_text.substr(pos, end - pos);
    pos = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string_view> f = split_fields(line);
    if (f.empty()) continue;
    const std::string_view key = f[0];

    if ((key == "PFX" || key == "SFX") && f.size() >= 4)
      add_affix_line(f);
    else if (key == "REP" && f.size() >= 2)
      add_replacement(f);
    else
      parse_setting(f);
  }
  return rules;
}

}  // namespace handshake::spelling
