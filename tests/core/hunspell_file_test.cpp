// Hunspell reads its files through a stdio stand-in for std::ifstream
// (cmake/Hunspell.cmake writes handshake_file.h and includes it first in
// every Hunspell source), which keeps libc++'s iostreams out of the wasm
// module. It must answer as std::ifstream does for the members Hunspell
// calls: FileMgr's lines and Hunzip's reads.
// clang-format off
#include "handshake_file.h"  // first, as in Hunspell's own sources
#include "filemgr.hxx"
#undef ifstream
// clang-format on

#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

namespace {

std::string write_temp_file(const std::string& name, const std::string& bytes) {
  const std::string path = ::testing::TempDir() + name;
  std::FILE* file = std::fopen(path.c_str(), "wb");
  EXPECT_NE(file, nullptr);
  if (file == nullptr) return path;
  EXPECT_EQ(std::fwrite(bytes.data(), 1, bytes.size(), file), bytes.size());
  std::fclose(file);
  return path;
}

std::vector<std::string> file_manager_lines(const std::string& bytes) {
  const std::string path = write_temp_file("handshake-filemgr.txt", bytes);
  FileMgr file(path.c_str());
  std::vector<std::string> lines;
  for (std::string line; file.getline(line);) lines.push_back(line);
  std::remove(path.c_str());
  return lines;
}

TEST(HunspellFile, FileManagerReadsLinesAsStdGetline) {
  using Lines = std::vector<std::string>;
  EXPECT_EQ(file_manager_lines(""), Lines{});
  EXPECT_EQ(file_manager_lines("a"), Lines{"a"});
  EXPECT_EQ(file_manager_lines("a\n"), Lines{"a"});
  EXPECT_EQ(file_manager_lines("a\n\nb\r\nc"), (Lines{"a", "", "b\r", "c"}));
  const std::string long_line(40000, 'w');  // longer than the file's buffer
  EXPECT_EQ(file_manager_lines(long_line + "\nx\n"), (Lines{long_line, "x"}));
}

TEST(HunspellFile, ReadsAsIstreamRead) {
  std::string bytes(20000, 'a');
  bytes[0] = 'H';
  bytes[19999] = 'z';
  const std::string path = write_temp_file("handshake-file-read.bin", bytes);
  handshake_hunspell::File file;
  char out[20000];
  EXPECT_FALSE(file.is_open());
  EXPECT_FALSE(file.read(out, 1));  // not open: nothing to read

  file.open(path.c_str(), std::ios_base::in);
  ASSERT_TRUE(file.is_open());
  ASSERT_TRUE(file.read(out, 3));
  EXPECT_EQ(file.gcount(), 3);
  EXPECT_EQ(std::string(out, 3), "Haa");
  EXPECT_EQ(file.rdbuf()->sbumpc(), 'a');
  // A read past the end: short, counted, and false from then on.
  EXPECT_FALSE(file.read(out, sizeof(out)));
  EXPECT_EQ(file.gcount(), 19996);
  EXPECT_EQ(out[19995], 'z');
  EXPECT_FALSE(file.read(out, 1));
  EXPECT_EQ(file.gcount(), 0);
  EXPECT_EQ(file.rdbuf()->sbumpc(), std::char_traits<char>::eof());
  file.close();
  EXPECT_FALSE(file.is_open());

  file.open((path + ".missing").c_str(), std::ios_base::in);
  EXPECT_FALSE(file.is_open());
  std::remove(path.c_str());
}

}  // namespace
