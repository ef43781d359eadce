// Text that must not linger in memory (what a visitor typed, a PIN): a std::string whose
// heap buffers are overwritten with zeros before they are freed. Short strings live inside
// the object (small-string optimisation); those bytes are wiped by whoever owns the object
// (TextField wipes itself, the visit is zeroed when it is replaced: visit.hpp).
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include <string.h> // explicit_bzero: a write the compiler may not drop

namespace kiosk {

template <class T> struct WipingAllocator {
    using value_type = T;
    WipingAllocator() noexcept = default;
    template <class U> WipingAllocator(const WipingAllocator<U>&) noexcept {}
    T* allocate(std::size_t n) { return std::allocator<T>{}.allocate(n); }
    void deallocate(T* p, std::size_t n) noexcept {
        explicit_bzero(p, n * sizeof(T));
        std::allocator<T>{}.deallocate(p, n);
    }
    friend bool operator==(const WipingAllocator&, const WipingAllocator&) { return true; }
};

using WipedString = std::basic_string<char, std::char_traits<char>, WipingAllocator<char>>;

inline WipedString wiped(std::string_view text) {
    return WipedString(text.data(), text.size());
}

// Zeroes every byte a string holds, including its unused capacity, then empties it.
template <class S> void wipe_bytes(S& text) {
    explicit_bzero(text.data(), text.capacity());
    text.clear();
}

} // namespace kiosk
