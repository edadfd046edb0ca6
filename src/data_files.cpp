#include "data_files.h"

#include <cstdio>

#include "lent_files.h"
#include "utf8.h"

namespace handshake {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  return s;
}

template <typename Visit>
void for_each_line(std::string_view content, Visit visit) {
  std::size_t line_number = 0;
  while (!content.empty()) {
    const std::size_t nl = content.find('\n');
    std::string_view line = content.substr(0, nl);
    content.remove_prefix(nl == std::string_view::npos ? content.size() : nl + 1);
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    visit(line, line_number);
  }
}

// Examples are notes, and notes have line breaks: `\n`, `\t`, `\\` and
// `\u{XXXX}` are escapes, as in the golden fixtures.
std::string unescape_example(std::string_view value) {
  std::string out;
  out.reserve(value.size());
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (value[i] != '\\' || i + 1 == value.size()) {
      out += value[i];
      continue;
    }
    const char next = value[i + 1];
    if (next == 'n' || next == 't' || next == '\\') {
      out += next == 'n' ? '\n' : next == 't' ? '\t' : '\\';
      ++i;
    } else if (next == 'u' && i + 2 < value.size() && value[i + 2] == '{') {
      const std::size_t close = value.find('}', i + 3);
      char32_t cp = 0;
      bool ok = close != std::string_view::npos && close > i + 3 && close - i - 3 <= 6;
      for (std::size_t k = i + 3; ok && k < close; ++k) {
        const char h = value[k];
        const int digit = h >= '0' && h <= '9'   ? h - '0'
                          : h >= 'a' && h <= 'f' ? h - 'a' + 10
                          : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                                 : -1;
        ok = digit >= 0;
        cp = cp * 16 + static_cast<char32_t>(digit < 0 ? 0 : digit);
      }
      if (!ok || cp > 0x10FFFF) {
        out += value[i];
        continue;
      }
      append_utf8(out, cp);
      i = close;
    } else {
      out += value[i];
    }
  }
  return out;
}

}  // namespace

int TableFile::column(std::string_view column_name) const {
  for (std::size_t i = 0; i < columns.size(); ++i)
    if (columns[i] == column_name) return static_cast<int>(i);
  return -1;
}

std::string DataDir::path(std::string_view name) const {
  std::string p = root_;
  if (!p.empty() && p.back() != '/') p += '/';
  p += name;
  return p;
}

bool DataDir::read_text(std::string_view name, std::string* out, std::string* error) const {
  const std::string file = path(name);
  if (!read_whole_file(file, out)) {
    *error = "cannot read data file " + file;
    return false;
  }
  return true;
}

long long file_size(const std::string& path) {
  if (std::string_view lent; LentFiles::find(path.c_str(), &lent))
    return static_cast<long long>(lent.size());
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) return kUnreadableFile;
  long long size = kUnknownFileSize;
  if (std::fseek(file, 0, SEEK_END) == 0) size = std::ftell(file);
  std::fclose(file);
  return size < 0 ? kUnknownFileSize : size;
}

bool read_whole_file(const std::string& path, std::string* out) {
  if (std::string_view lent; LentFiles::find(path.c_str(), &lent)) {
    out->assign(lent);
    return true;
  }
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) return false;
  long size = -1;
  if (std::fseek(file, 0, SEEK_END) == 0) size = std::ftell(file);
  if (std::fseek(file, 0, SEEK_SET) != 0) size = -1;
  out->clear();
  if (size >= 0) {
    out->resize(static_cast<std::size_t>(size));
    out->resize(std::fread(out->data(), 1, out->size(), file));
  } else {  // not seekable (a pipe): read it in chunks
    char chunk[16384];
    for (std::size_t got; (got = std::fread(chunk, 1, sizeof(chunk), file)) > 0;)
      out->append(chunk, got);
  }
  std::fclose(file);
  return true;
}

bool DataDir::read_list(std::string_view name, ListFile* out, std::string* error) const {
  std::string content;
  return read_text(name, &content, error) && parse_list(name, content, out, error);
}

bool DataDir::read_table(std::string_view name, TableFile* out, std::string* error) const {
  std::string content;
  return read_text(name, &content, error) && parse_table(name, content, out, error);
}

bool parse_list(std::string_view name, std::string_view content, ListFile* out,
                std::string* error) {
  *out = ListFile{};
  out->name = std::string(name);
  bool ok = true;
  std::string recipient;
  for_each_line(content, [&](std::string_view raw, std::size_t line_number) {
    const std::string_view line = trim(raw);
    if (line.empty() || line.front() == '#') return;
    if (line.front() == '@') {
      const std::size_t space = line.find(' ');
      const std::string_view key = line.substr(0, space);
      const std::string_view value =
          space == std::string_view::npos ? std::string_view() : trim(line.substr(space + 1));
      if (key == "@rule") {
        out->rule = std::string(value);
      } else if (key == "@flag") {
        out->flag_examples.push_back(unescape_example(value));
        out->flag_recipients.push_back(recipient);
      } else if (key == "@allow") {
        out->allow_examples.push_back(unescape_example(value));
        out->allow_recipients.push_back(recipient);
      } else if (key == "@recipient") {
        recipient = std::string(value);
      } else if (ok) {
        *error = std::string(name) + ":" + std::to_string(line_number) + ": unknown directive " +
                 std::string(key);
        ok = false;
      }
      return;
    }
    out->entries.emplace_back(line);
  });
  return ok;
}

bool parse_table(std::string_view name, std::string_view content, TableFile* out,
                 std::string* error) {
  *out = TableFile{};
  out->name = std::string(name);
  bool ok = true;
  for_each_line(content, [&](std::string_view line, std::size_t line_number) {
    if (!ok || trim(line).empty() || line.front() == '#') return;
    std::vector<std::string> cells;
    std::size_t start = 0;
    while (true) {
      const std::size_t tab = line.find('\t', start);
      cells.emplace_back(trim(line.substr(start, tab - start)));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    if (out->columns.empty()) {
      out->columns = std::move(cells);
    } else if (cells.size() != out->columns.size()) {
      *error = std::string(name) + ":" + std::to_string(line_number) + ": expected " +
               std::to_string(out->columns.size()) + " tab-separated columns, found " +
               std::to_string(cells.size());
      ok = false;
    } else {
      out->rows.push_back(std::move(cells));
    }
  });
  if (ok && out->columns.empty()) {
    *error = std::string(name) + ": no header line";
    ok = false;
  }
  return ok;
}

}  // namespace handshake
