// Finds the built `stipple` for the lessons' command-line tests when ctest did not pass STIPPLE_BIN (ctest's
// catch_discover_tests keeps only the first ENVIRONMENT entry): the program sits next to the test binary.
#pragma once

#include <cstdlib>
#include <filesystem>

namespace stipple::test {

inline void ensure_stipple_bin() {
    if (std::getenv("STIPPLE_BIN")) return;
    std::error_code ec;
    const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (ec) return;
    const std::filesystem::path bin = self.parent_path() / "stipple";
    if (std::filesystem::exists(bin, ec)) ::setenv("STIPPLE_BIN", bin.c_str(), 0);
}

}  // namespace stipple::test
