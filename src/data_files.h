// The project's own data (dictionaries/data/): word lists, phrase banks and
// profile tables, read once when a Checker is created.
#ifndef HANDSHAKE_DATA_FILES_H_
#define HANDSHAKE_DATA_FILES_H_

#include <string>
#include <string_view>
#include <vector>

namespace handshake {

// A list file: entries one per line, `#` comments, and the rule's own
// examples (`@rule id`, `@flag note`, `@allow note`), which are tests.
// Examples may use the escapes \n, \t, \\ and \u{XXXX}.
// `@recipient NAME` sets the recipient of the examples after it (rules about
// the recipient's name need one); `@recipient` alone clears it.
struct ListFile {
  std::string name;
  std::string rule;
  std::vector<std::string> entries;
  std::vector<std::string> flag_examples;
  std::vector<std::string> allow_examples;
  // The recipient of each example, parallel to flag_examples/allow_examples.
  std::vector<std::string> flag_recipients;
  std::vector<std::string> allow_recipients;
};

// A tab-separated table whose first non-comment line names the columns.
struct TableFile {
  std::string name;
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
  // The column's index, or -1.
  int column(std::string_view column_name) const;
};

class DataDir {
 public:
  explicit DataDir(std::string root) : root_(std::move(root)) {}
  const std::string& root() const { return root_; }
  std::string path(std::string_view name) const;

  bool read_text(std::string_view name, std::string* out, std::string* error) const;
  bool read_list(std::string_view name, ListFile* out, std::string* error) const;
  bool read_table(std::string_view name, TableFile* out, std::string* error) const;

 private:
  std::string root_;
};

bool parse_list(std::string_view name, std::string_view content, ListFile* out, std::string* error);
bool parse_table(std::string_view name, std::string_view content, TableFile* out,
                 std::string* error);

// The whole file at `path` into *out, sized once and read in one call
// (reading through a stream buffer a character at a time was a tenth of
// loading a checker, more in wasm). False when it cannot be opened. Files are
// read with stdio, not iostreams: std::ifstream alone links libc++'s
// iostreams and locale facets, about 30 KB of the wasm module's gzipped
// download.
bool read_whole_file(const std::string& path, std::string* out);

// The size in bytes of the file at `path`; kUnreadableFile when it cannot be
// opened, kUnknownFileSize when it has no size (a pipe).
inline constexpr long long kUnreadableFile = -2;
inline constexpr long long kUnknownFileSize = -1;
long long file_size(const std::string& path);

}  // namespace handshake

#endif  // HANDSHAKE_DATA_FILES_H_
