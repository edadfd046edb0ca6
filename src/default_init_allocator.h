// An allocator with which a vector's resize leaves new elements of a
// trivial type uninitialized instead of zeroing them: for arrays sized
// exactly and then filled in full (the word index's), where zeroing first
// was a pass over megabytes that the fill overwrote. Elements constructed
// from a value (push_back, assign(n, value), a resize with a value) are
// constructed as usual.
#ifndef HANDSHAKE_DEFAULT_INIT_ALLOCATOR_H_
#define HANDSHAKE_DEFAULT_INIT_ALLOCATOR_H_

#include <memory>
#include <new>
#include <utility>
#include <vector>

namespace handshake {

template <typename T>
class DefaultInitAllocator : public std::allocator<T> {
 public:
  template <typename U>
  struct rebind {
    using other = DefaultInitAllocator<U>;
  };
  DefaultInitAllocator() = default;
  template <typename U>
  DefaultInitAllocator(const DefaultInitAllocator<U>&) noexcept {}

  template <typename U>
  void construct(U* p) {
    ::new (static_cast<void*>(p)) U;  // default-initialized: no value for a trivial type
  }
  template <typename U, typename... Args>
  void construct(U* p, Args&&... args) {
    ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
  }
};

// A vector whose resize() does not zero what it adds; fill it before reading.
template <typename T>
using FillVector = std::vector<T, DefaultInitAllocator<T>>;

}  // namespace handshake

#endif  // HANDSHAKE_DEFAULT_INIT_ALLOCATOR_H_
