// libcurl, loaded when the first upload is made rather than when the kiosk starts: libcurl
// and what it links (OpenSSL, Kerberos, LDAP, ...) cost about 14 ms of every start on the
// benchmark machine, before main() even runs, and only the uploader thread uses it. Debian's
// libcurl4 (libcurl.so.4, the ABI of the headers we compile against) is a dependency of the
// package; the uploader says so plainly when it cannot be loaded.
#pragma once

#define CURL_DISABLE_TYPECHECK
#include <curl/curl.h>

#include <string>

namespace kiosk::sync {

struct CurlLibrary {
    decltype(&::curl_global_init) global_init;
    decltype(&::curl_easy_init) easy_init;
    decltype(&::curl_easy_cleanup) easy_cleanup;
    decltype(&::curl_easy_reset) easy_reset;
    decltype(&::curl_easy_setopt) easy_setopt;
    decltype(&::curl_easy_perform) easy_perform;
    decltype(&::curl_easy_getinfo) easy_getinfo;
    decltype(&::curl_easy_strerror) easy_strerror;
    decltype(&::curl_slist_append) slist_append;
    decltype(&::curl_slist_free_all) slist_free_all;
};

// Loads libcurl once (thread-safe) and calls curl_global_init; null with `error` set when it
// cannot be loaded.
const CurlLibrary* curl_library(std::string& error);

} // namespace kiosk::sync
