// Making and wiping visits.
#include "visit.hpp"

#include <new>

#include <string.h>

namespace kiosk {

Visit fresh_visit(const std::string& language) {
    Visit v;
    v.language = language;
    return v;
}

void VisitWiper::operator()(Visit* visit) const noexcept {
    if (!visit)
        return;
    visit->~Visit();
    explicit_bzero(static_cast<void*>(visit), sizeof(Visit));
    ::operator delete(static_cast<void*>(visit), sizeof(Visit));
}

VisitPtr make_visit(const std::string& language) {
    void* raw = ::operator new(sizeof(Visit));
    try {
        VisitPtr visit(new (raw) Visit());
        visit->language = language;
        return visit;
    } catch (...) {
        ::operator delete(raw, sizeof(Visit));
        throw;
    }
}

} // namespace kiosk
