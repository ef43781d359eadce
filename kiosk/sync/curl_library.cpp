// dlopen and dlsym, once.
#include "sync/curl_library.hpp"

#include <dlfcn.h>

#include <mutex>

namespace kiosk::sync {

namespace {

template <class F> bool find(void* library, const char* name, F& out) {
    out = reinterpret_cast<F>(dlsym(library, name));
    return out != nullptr;
}

} // namespace

const CurlLibrary* curl_library(std::string& error) {
    static std::once_flag once;
    static CurlLibrary api{};
    static const CurlLibrary* loaded = nullptr;
    static std::string problem;
    std::call_once(once, [] {
        void* lib = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
        if (!lib) {
            const char* why = dlerror();
            problem = std::string("libcurl could not be loaded (install Debian's libcurl4): ") +
                      (why ? why : "unknown reason");
            return;
        }
        const bool all = find(lib, "curl_global_init", api.global_init) &&
                         find(lib, "curl_easy_init", api.easy_init) &&
                         find(lib, "curl_easy_cleanup", api.easy_cleanup) &&
                         find(lib, "curl_easy_reset", api.easy_reset) &&
                         find(lib, "curl_easy_setopt", api.easy_setopt) &&
                         find(lib, "curl_easy_perform", api.easy_perform) &&
                         find(lib, "curl_easy_getinfo", api.easy_getinfo) &&
                         find(lib, "curl_easy_strerror", api.easy_strerror) &&
                         find(lib, "curl_slist_append", api.slist_append) &&
                         find(lib, "curl_slist_free_all", api.slist_free_all);
        if (!all) {
            problem = "libcurl.so.4 lacks a function the kiosk needs";
            return;
        }
        api.global_init(CURL_GLOBAL_DEFAULT);
        loaded = &api; // the library stays loaded for the process's life
    });
    if (!loaded)
        error = problem;
    return loaded;
}

} // namespace kiosk::sync
