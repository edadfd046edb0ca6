#include "fuzz_support.h"

#include <dirent.h>
#include <stdlib.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>

#include "rules.h"
#include "utf8.h"

namespace handshake::fuzz {

std::string data_dir() {
  const char* env = std::getenv("HANDSHAKE_DATA_DIR");
  return env != nullptr && *env != '\0' ? env : HANDSHAKE_FUZZ_DATA_DIR;
}

void fail(std::string_view what, std::string_view detail) {
  std::fprintf(stderr, "fuzz invariant broken: %.*s %.*s\n", static_cast<int>(what.size()),
               what.data(), static_cast<int>(detail.size()), detail.data());
  std::abort();
}

const Checker& shared_checker() {
  static const std::unique_ptr<Checker> checker = [] {
    CheckerOptions options;
    options.data_dir = data_dir();
    std::string error;
    auto created = Checker::create(options, &error);
    if (!created) fail("cannot create the checker:", error);
    return created;
  }();
  return *checker;
}

void verify_result(const Draft& draft, const CheckResult& result) {
  const Report& report = result.report;
  if (!result.ok()) {
    if (!report.issues.empty() || report.score != 0) fail("an error came with a report");
    return;
  }
  if (report.score < 0 || report.score > 100) fail("score out of 0..100");
  if (report.grade.empty()) fail("empty grade");
  for (int c = 0; c < kCategoryCount; ++c)
    if (report.categories[c] < 0 || report.categories[c] > 100) fail("category out of 0..100");
  const std::size_t length = utf16_length(draft.text);
  // However the platform counts (UTF-16 units or code points), never more
  // than the text's UTF-16 length.
  if (report.stats.characters > length) fail("stats.characters exceeds the text's length");
  std::size_t previous_start = 0;
  for (const Issue& issue : report.issues) {
    if (find_rule(issue.rule) == nullptr) fail("unknown rule id", issue.rule);
    if (issue.message.empty()) fail("empty message for", issue.rule);
    if (issue.start > issue.end) fail("start after end for", issue.rule);
    if (issue.end > length) fail("span past the end of the text for", issue.rule);
    if (issue.start < previous_start) fail("issues out of order at", issue.rule);
    previous_start = issue.start;
    for (const std::string& replacement : issue.replacements)
      if (replacement.size() > kMaxTextBytes) fail("oversized replacement for", issue.rule);
  }
}

Draft decode_draft(std::string_view bytes) {
  Draft draft;
  std::size_t field = 0;
  while (true) {
    const std::size_t end = bytes.find(kFieldSeparator);
    const std::string_view value = bytes.substr(0, end);
    switch (field) {
      case 0:
        draft.text = std::string(value);
        break;
      case 1:
        if (!value.empty()) draft.platform = std::string(value);
        break;
      case 2:
        if (!value.empty()) draft.kind = std::string(value);
        break;
      case 3:
        draft.recipient = std::string(value);
        break;
      case 4:
        draft.sender = std::string(value);
        break;
      default:
        draft.history.emplace_back(value);
        break;
    }
    ++field;
    if (end == std::string_view::npos) break;
    bytes.remove_prefix(end + 1);
  }
  return draft;
}

TempDir::TempDir() {
  const char* base = std::getenv("TMPDIR");
  std::string pattern =
      std::string(base != nullptr && *base != '\0' ? base : "/tmp") + "/handshake-fuzz-XXXXXX";
  if (mkdtemp(pattern.data()) == nullptr) fail("cannot create a temporary folder");
  path_ = pattern;
}

namespace {

void remove_tree(const std::string& path) {
  if (DIR* d = opendir(path.c_str())) {
    while (dirent* entry = readdir(d)) {
      const std::string name = entry->d_name;
      if (name == "." || name == "..") continue;
      const std::string child = path + "/" + name;
      if (entry->d_type == DT_DIR) {
        remove_tree(child);
      } else {
        unlink(child.c_str());
      }
    }
    closedir(d);
  }
  rmdir(path.c_str());
}

}  // namespace

TempDir::~TempDir() { remove_tree(path_); }

void write_file(const std::string& path, std::string_view content) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
  if (!out) fail("cannot write", path);
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) fail("cannot read", path);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace handshake::fuzz
