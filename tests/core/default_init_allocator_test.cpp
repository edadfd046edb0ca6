#include "default_init_allocator.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>

namespace handshake {
namespace {

// Only what is constructed from a value has a value: resize() without one
// leaves room to fill, and the vector behaves as a vector otherwise.
TEST(DefaultInitAllocator, ConstructsFromValuesAsAVectorDoes) {
  FillVector<std::uint32_t> numbers;
  numbers.resize(1000);
  for (std::uint32_t i = 0; i < numbers.size(); ++i) numbers[i] = i;
  numbers.push_back(7);
  numbers.resize(2000, 5);  // with a value: the new elements hold it
  ASSERT_EQ(numbers.size(), 2000u);
  EXPECT_EQ(numbers[999], 999u);
  EXPECT_EQ(numbers[1000], 7u);
  EXPECT_EQ(numbers[1999], 5u);
  numbers.assign(10, 0);
  EXPECT_EQ(numbers, FillVector<std::uint32_t>(10, 0));

  FillVector<std::string> words(3);  // a class type is still default-constructed
  EXPECT_EQ(words[2], "");
  words.emplace_back(3, 'a');
  EXPECT_EQ(words.back(), "aaa");
}

}  // namespace
}  // namespace handshake
