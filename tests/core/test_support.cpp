#include "test_support.h"

#include <dirent.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "utf8.h"

namespace handshake::testing {

namespace {

std::string env_or(const char* name, const char* fallback) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0' ? value : fallback;
}

std::string trim(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r' || s.back() == '\t')) s.pop_back();
  std::size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  return s.substr(i);
}

void list_notes(const std::string& dir, std::vector<std::string>& out) {
  DIR* d = opendir(dir.c_str());
  if (d == nullptr) return;
  while (dirent* entry = readdir(d)) {
    const std::string name = entry->d_name;
    if (name == "." || name == "..") continue;
    const std::string path = dir + "/" + name;
    if (name.size() > 6 && name.compare(name.size() - 6, 6, ".notes") == 0) {
      out.push_back(path);
    } else if (name.find('.') == std::string::npos) {
      list_notes(path, out);
    }
  }
  closedir(d);
}

// A raw encoded surrogate, as a JS string's lone surrogate reaches the core.
void append_code_point(std::string& out, unsigned long cp) {
  if (cp >= 0xD800 && cp <= 0xDFFF) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    append_utf8(out, static_cast<char32_t>(cp));
  }
}

}  // namespace

std::string data_dir() { return env_or("HANDSHAKE_DATA_DIR", HANDSHAKE_TEST_DATA_DIR); }
std::string fixtures_dir() { return HANDSHAKE_TEST_FIXTURES_DIR; }
std::string source_data_dir() { return HANDSHAKE_TEST_SOURCE_DATA_DIR; }
std::string dictionary_cache_dir() { return HANDSHAKE_TEST_DICT_CACHE_DIR; }

std::unique_ptr<Checker> make_checker(CheckerOptions options) {
  if (options.data_dir.empty()) options.data_dir = data_dir();
  std::string error;
  auto checker = Checker::create(options, &error);
  if (!checker) {
    std::fprintf(stderr, "cannot create checker: %s\n", error.c_str());
    std::abort();
  }
  return checker;
}

const Checker& shared_checker() {
  static const std::unique_ptr<Checker> checker = make_checker();
  return *checker;
}

const Speller& shared_en_us_speller() {
  static const std::unique_ptr<Speller> speller = [] {
    std::string error;
    auto opened = Speller::open(data_dir() + "/hunspell/en_US.aff",
                                data_dir() + "/hunspell/en_US.dic", &error);
    if (opened == nullptr) {
      std::fprintf(stderr, "the bundled en-US dictionary does not open: %s\n", error.c_str());
      std::abort();
    }
    return opened;
  }();
  return *speller;
}

spelling::WordIndex make_word_index(const std::vector<std::u32string>& forms) {
  spelling::WordIndex::Builder builder;
  for (const auto& form : forms) builder.add(form);
  return builder.build();
}

std::string unescape(const std::string& value) {
  std::string out;
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (value[i] != '\\' || i + 1 == value.size()) {
      out += value[i];
      continue;
    }
    const char next = value[++i];
    if (next == 'n') {
      out += '\n';
    } else if (next == 't') {
      out += '\t';
    } else if (next == '\\') {
      out += '\\';
    } else if (next == 'u' && i + 1 < value.size() && value[i + 1] == '{') {
      const std::size_t close = value.find('}', i);
      append_code_point(out, std::strtoul(value.substr(i + 2, close - i - 2).c_str(), nullptr, 16));
      i = close;
    } else {
      out += '\\';
      out += next;
    }
  }
  return out;
}

std::vector<GoldenCase> parse_golden(const std::string& file, const std::string& content,
                                     std::string* error) {
  std::vector<GoldenCase> cases;
  std::istringstream in(content);
  std::string line;
  int line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (trim(line).empty() || line[0] == '#') continue;
    if (line.rfind("=== ", 0) == 0) {
      GoldenCase c;
      c.file = file;
      c.line = line_number;
      c.name = trim(line.substr(4));
      cases.push_back(std::move(c));
      continue;
    }
    const std::size_t colon = line.find(':');
    if (cases.empty() || colon == std::string::npos) {
      *error = file + ":" + std::to_string(line_number) + ": expected '=== name' or 'key: value'";
      return {};
    }
    GoldenCase& c = cases.back();
    const std::string key = trim(line.substr(0, colon));
    const std::string value = trim(line.substr(colon + 1));
    if (key == "text") {
      c.draft.text = unescape(line.substr(colon + 2 <= line.size() ? colon + 2 : colon + 1));
    } else if (key == "platform") {
      c.draft.platform = value;
    } else if (key == "kind") {
      c.draft.kind = value;
    } else if (key == "recipient") {
      c.draft.recipient = unescape(value);
    } else if (key == "sender") {
      c.draft.sender = unescape(value);
    } else if (key == "history") {
      c.draft.history.push_back(unescape(value));
    } else if (key == "expect") {
      ExpectedIssue e;
      std::string rest = value;
      const std::size_t arrow = rest.find("=>");
      if (arrow != std::string::npos) {
        e.has_fix = true;
        e.fix = unescape(trim(rest.substr(arrow + 2)));
        rest = trim(rest.substr(0, arrow));
      }
      const std::size_t quote = rest.find('"');
      if (quote != std::string::npos) {
        const std::size_t last = rest.rfind('"');
        e.has_slice = true;
        e.slice = unescape(rest.substr(quote + 1, last - quote - 1));
        rest = trim(rest.substr(0, quote));
      }
      const std::size_t at = rest.find('@');
      if (at != std::string::npos) {
        e.severity = rest.substr(at + 1);
        rest = rest.substr(0, at);
        if (e.severity != "error" && e.severity != "warning" && e.severity != "info") {
          *error =
              file + ":" + std::to_string(line_number) + ": unknown severity '" + e.severity + "'";
          return {};
        }
      }
      e.rule = rest;
      c.expect.push_back(std::move(e));
    } else if (key == "forbid") {
      std::istringstream rules(value);
      std::string rule;
      while (std::getline(rules, rule, ',')) {
        rule = trim(rule);
        if (rule == "*") {
          c.forbid_others = true;
        } else if (!rule.empty()) {
          c.forbid.push_back(rule);
        }
      }
    } else if (key == "score") {
      const std::size_t dots = value.find("..");
      if (dots == std::string::npos) {
        *error = file + ":" + std::to_string(line_number) + ": score takes LO..HI";
        return {};
      }
      c.has_score = true;
      c.score_min = std::atoi(value.substr(0, dots).c_str());
      c.score_max = std::atoi(value.substr(dots + 2).c_str());
    } else if (key == "band") {
      c.band = value;
    } else if (key == "error") {
      c.error = value;
    } else {
      *error = file + ":" + std::to_string(line_number) + ": unknown key '" + key + "'";
      return {};
    }
  }
  return cases;
}

std::vector<GoldenCase> load_golden_cases() { return load_golden_cases(fixtures_dir()); }

std::vector<GoldenCase> load_golden_cases(const std::string& dir) {
  std::vector<std::string> files;
  list_notes(dir, files);
  std::sort(files.begin(), files.end());
  std::vector<GoldenCase> all;
  for (const std::string& path : files) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    std::string error;
    const std::string relative = path.substr(dir.size() + 1);
    auto cases = parse_golden(relative, buffer.str(), &error);
    if (!error.empty()) {
      std::fprintf(stderr, "%s\n", error.c_str());
      std::abort();
    }
    for (auto& c : cases) all.push_back(std::move(c));
  }
  return all;
}

std::string utf16_slice(const std::string& text, std::size_t start, std::size_t end) {
  std::string out;
  std::size_t units = 0;
  for (std::size_t i = 0; i < text.size();) {
    const DecodedChar c = decode_utf8(text, i);
    if (units >= start && units + c.utf16_units <= end) out.append(text, i, c.bytes);
    units += c.utf16_units;
    i += c.bytes;
  }
  return out;
}

std::string verify_case(const GoldenCase& c, const CheckResult& result) {
  std::ostringstream why;
  if (!c.error.empty()) {
    if (result.ok()) return "expected an error containing '" + c.error + "', got a report";
    if (result.error.find(c.error) == std::string::npos)
      return "expected an error containing '" + c.error + "', got '" + result.error + "'";
    return "";
  }
  if (!result.ok()) return "unexpected error: " + result.error;
  const Report& r = result.report;
  std::vector<bool> matched(r.issues.size(), false);
  for (const ExpectedIssue& e : c.expect) {
    bool found = false;
    for (std::size_t i = 0; i < r.issues.size() && !found; ++i) {
      const Issue& issue = r.issues[i];
      if (matched[i] || issue.rule != e.rule) continue;
      if (!e.severity.empty() && to_string(issue.severity) != e.severity) continue;
      if (e.has_slice && utf16_slice(c.draft.text, issue.start, issue.end) != e.slice) continue;
      if (e.has_fix && (issue.replacements.empty() || issue.replacements[0] != e.fix)) continue;
      found = true;
      matched[i] = true;
    }
    if (!found) {
      why << "missing " << e.rule;
      if (!e.severity.empty()) why << "@" << e.severity;
      if (e.has_slice) why << " \"" << e.slice << "\"";
      if (e.has_fix) why << " => " << e.fix;
      why << "; ";
    }
  }
  for (std::size_t i = 0; i < r.issues.size(); ++i) {
    const Issue& issue = r.issues[i];
    const bool forbidden =
        std::find(c.forbid.begin(), c.forbid.end(), issue.rule) != c.forbid.end() ||
        (c.forbid_others && !matched[i] &&
         std::none_of(c.expect.begin(), c.expect.end(),
                      [&](const ExpectedIssue& e) { return e.rule == issue.rule; }));
    if (forbidden)
      why << "unexpected " << issue.rule << " \""
          << utf16_slice(c.draft.text, issue.start, issue.end) << "\": " << issue.message << "; ";
  }
  if (c.has_score && (r.score < c.score_min || r.score > c.score_max))
    why << "score " << r.score << " outside " << c.score_min << ".." << c.score_max << "; ";
  return why.str();
}

}  // namespace handshake::testing
