// Shared test helpers: the source tree, scratch folders, an environment variable set for one scope, the error a
// step throws, and running the built `stipple` program.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>
#include <random>
#include <sstream>
#include <string>

#include <sys/wait.h>

namespace stipple::test {

// True in the ASan+UBSan build: the heaviest sweeps probe fewer points there (same checks, coarser walk).
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kSanitized = true;
#else
inline constexpr bool kSanitized = false;
#endif

inline std::filesystem::path source_dir() { return STIPPLE_SOURCE_DIR; }

// What `step` throws (its what()), or "" when it returns normally.
inline std::string error_of(const std::function<void()>& step) {
    try {
        step();
    } catch (const std::exception& e) {
        return e.what();
    }
    return "";
}
inline std::filesystem::path lessons_dir() { return source_dir() / "lessons"; }

// A fresh folder under the system temp dir, removed when the object goes away.
class ScratchDir {
public:
    ScratchDir() {
        std::random_device rd;
        path_ = std::filesystem::temp_directory_path() / ("stipple-test-" + std::to_string(rd()) + std::to_string(rd()));
        std::filesystem::create_directories(path_);
    }
    ~ScratchDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

private:
    std::filesystem::path path_;
};

inline void write_text(const std::filesystem::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
}

inline std::string read_text(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Sets an environment variable for one scope (null: unsets it) and puts the old value back.
class ScopedEnv {
public:
    ScopedEnv(const char* name, const char* value) : name_(name) {
        if (const char* old = std::getenv(name)) old_ = old;
        if (value) ::setenv(name, value, 1);
        else ::unsetenv(name);
    }
    ~ScopedEnv() {
        if (old_) ::setenv(name_, old_->c_str(), 1);
        else ::unsetenv(name_);
    }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

private:
    const char* name_;
    std::optional<std::string> old_;
};

struct RunResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

// The built program: $STIPPLE_BIN when set, else the one this test executable was built with.
inline std::string stipple_program() {
    if (const char* bin = std::getenv("STIPPLE_BIN"); bin && *bin) return bin;
    return STIPPLE_BIN_PATH;
}

// Runs the built program with arguments (a shell-quoted string); captures stdout and stderr.
inline RunResult run_stipple(const std::string& args) {
    ScratchDir tmp;
    const std::string command = "\"" + stipple_program() + "\" " + args + " >\"" +
                                (tmp / "out").string() + "\" 2>\"" + (tmp / "err").string() + "\"";
    const int status = std::system(command.c_str());
    RunResult r;
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = read_text(tmp / "out");
    r.err = read_text(tmp / "err");
    return r;
}

}  // namespace stipple::test
