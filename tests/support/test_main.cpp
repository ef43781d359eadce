// The one Catch2 main for every test executable. A test filter that matches no test fails
// (exit code 2): CTest cuts a test name at a ';', and such a test must not pass without running.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

int main(int argc, char** argv) {
    Catch::Session session;
    if (const int rc = session.applyCommandLine(argc, argv))
        return rc;
    Catch::ConfigData& data = session.configData();
    data.warnings = static_cast<Catch::WarnAbout::What>(data.warnings | Catch::WarnAbout::NoTests);
    return session.run();
}
