// Files held in memory under a path, which every file reader of the core
// and of Hunspell looks up before the file system. The wasm module has no
// file system (Emscripten's took 13.5 KB of the 25 KB gzipped JS glue, and
// kept a second copy of every file): its project data is compiled in and
// lent here at start-up (wasm/CMakeLists.txt), and the library lends a
// language's dictionary files for as long as createChecker reads them.
// Natively nothing is lent unless a caller does, and files are read from disk.
//
// Header-only, so that Hunspell's sources (compiled apart from the core)
// share the one table.
#ifndef HANDSHAKE_LENT_FILES_H_
#define HANDSHAKE_LENT_FILES_H_

#include <cstddef>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace handshake {

class LentFiles {
 public:
  // Lends `bytes` under `path` (replacing what was lent under it) until
  // taken back; the caller keeps the bytes alive and unchanged until then.
  static void lend(std::string path, std::string_view bytes) {
    Table& t = table();
    std::lock_guard<std::mutex> lock(t.mutex);
    if (const std::size_t i = t.index_of(path); i < t.files.size())
      t.files[i].second = bytes;
    else
      t.files.emplace_back(std::move(path), bytes);
  }

  static void take_back(std::string_view path) {
    Table& t = table();
    std::lock_guard<std::mutex> lock(t.mutex);
    if (const std::size_t i = t.index_of(path); i < t.files.size())
      t.files.erase(t.files.begin() + static_cast<std::ptrdiff_t>(i));
  }

  // The bytes lent under `path`; false when none are.
  static bool find(const char* path, std::string_view* bytes) {
    if (path == nullptr) return false;
    Table& t = table();
    std::lock_guard<std::mutex> lock(t.mutex);
    const std::size_t i = t.index_of(path);
    if (i == t.files.size()) return false;
    *bytes = t.files[i].second;
    return true;
  }

 private:
  // A few dozen files at most: a list is enough, and the smallest code.
  struct Table {
    std::mutex mutex;
    std::vector<std::pair<std::string, std::string_view>> files;
    // The file lent under `path`, or files.size().
    std::size_t index_of(std::string_view path) const {
      std::size_t i = 0;
      while (i < files.size() && files[i].first != path) ++i;
      return i;
    }
  };
  static Table& table() {
    static Table t;
    return t;
  }
};

// Lends a file for as long as it lives; what was lent under its path before
// (the library's .dic, which the speller lends again as the text it keeps)
// is lent again afterwards.
class ScopedLentFile {
 public:
  ScopedLentFile(std::string path, std::string_view bytes) : path_(std::move(path)) {
    had_previous_ = LentFiles::find(path_.c_str(), &previous_);
    LentFiles::lend(path_, bytes);
  }
  ~ScopedLentFile() {
    if (had_previous_)
      LentFiles::lend(path_, previous_);
    else
      LentFiles::take_back(path_);
  }
  ScopedLentFile(const ScopedLentFile&) = delete;
  ScopedLentFile& operator=(const ScopedLentFile&) = delete;

 private:
  std::string path_;
  bool had_previous_ = false;
  std::string_view previous_;
};

}  // namespace handshake

#endif  // HANDSHAKE_LENT_FILES_H_
