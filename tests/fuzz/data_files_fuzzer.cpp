// The project's own data files (dictionaries/data: word lists, phrase banks,
// platform table) as a hostile or broken edit would leave them. The first
// input byte picks a file, the rest replaces its content in a copy of the
// data folder; parse_list/parse_table read it, then Checker::create loads the
// whole folder and, if it accepts it, checks a few notes. Every file the
// checks load is covered, including ones added later.
#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "data_files.h"
#include "fuzz_support.h"

namespace {

using handshake::fuzz::read_file;
using handshake::fuzz::write_file;

struct DataCopy {
  handshake::fuzz::TempDir dir;
  std::vector<std::string> names;     // the data files, sorted
  std::vector<std::string> contents;  // their original content
};

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// A copy of the data folder with a small Hunspell dictionary (the real
// en_US.aff and the first words of en_US.dic), so Checker::create stays fast.
DataCopy& data_copy() {
  static const std::unique_ptr<DataCopy> copy = [] {
    auto c = std::make_unique<DataCopy>();
    const std::string source = handshake::fuzz::data_dir();
    DIR* d = opendir(source.c_str());
    if (d == nullptr) handshake::fuzz::fail("cannot list", source);
    while (dirent* entry = readdir(d)) {
      const std::string name = entry->d_name;
      if (entry->d_type == DT_REG && (ends_with(name, ".txt") || ends_with(name, ".tsv")))
        c->names.push_back(name);
    }
    closedir(d);
    std::sort(c->names.begin(), c->names.end());
    if (c->names.empty()) handshake::fuzz::fail("no data files in", source);
    for (const std::string& name : c->names) {
      c->contents.push_back(read_file(source + "/" + name));
      write_file(c->dir.file(name), c->contents.back());
    }
    const std::string hunspell = c->dir.file("hunspell");
    mkdir(hunspell.c_str(), 0700);
    write_file(hunspell + "/en_US.aff", read_file(source + "/hunspell/en_US.aff"));
    const std::string dic = read_file(source + "/hunspell/en_US.dic");
    const std::size_t first = dic.find('\n') + 1;  // past the word count
    std::size_t end = first;
    for (int line = 0; line < 3000 && end < dic.size(); ++line) end = dic.find('\n', end) + 1;
    write_file(hunspell + "/en_US.dic", "3000\n" + dic.substr(first, end - first));
    return c;
  }();
  return *copy;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  data_copy();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  DataCopy& copy = data_copy();
  const std::size_t which = data[0] % copy.names.size();
  const std::string& name = copy.names[which];
  const std::string_view content(reinterpret_cast<const char*>(data + 1), size - 1);

  std::string error;
  if (ends_with(name, ".tsv")) {
    handshake::TableFile table;
    if (handshake::parse_table(name, content, &table, &error)) {
      for (const auto& row : table.rows)
        if (row.size() != table.columns.size()) handshake::fuzz::fail("ragged table row");
    } else if (error.empty()) {
      handshake::fuzz::fail("parse_table failed without saying why");
    }
  } else {
    handshake::ListFile list;
    if (!handshake::parse_list(name, content, &list, &error) && error.empty())
      handshake::fuzz::fail("parse_list failed without saying why");
  }

  write_file(copy.dir.file(name), content);
  handshake::CheckerOptions options;
  options.data_dir = copy.dir.path();
  error.clear();
  const auto checker = handshake::Checker::create(options, &error);
  if (checker) {
    static const char* const kNotes[] = {
        "Hi Amy, I enjoyed your talk at RustConf on WebGPU. I'm building a renderer at Initech "
        "and would love to connect. Best, John",
        "I'd like to add you to my professional network. Let's connect!!! Book a demo ASAP: "
        "https://example.com {first_name}",
        "Thanks for accepting, Amy! Great to be connected.",
    };
    for (const char* note : kNotes) {
      handshake::Draft draft;
      draft.text = note;
      draft.recipient = "Amy Chen";
      draft.sender = "John Smith";
      draft.history = {"Hi Sam, I enjoyed your talk at RustConf."};
      handshake::fuzz::verify_result(draft, checker->check(draft));
    }
  } else if (error.empty()) {
    handshake::fuzz::fail("Checker::create failed without saying why");
  }
  write_file(copy.dir.file(name), copy.contents[which]);
  return 0;
}
