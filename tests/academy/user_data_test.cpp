// The user's data folder (XDG rules), the folders in it, the one naming scheme for attempt, autosave and
// screenshot files, and "now".
#include <catch2/catch.hpp>

#include <cstdlib>
#include <optional>
#include <string>

#include <sys/stat.h>

#include "scoring/atomic_file.hpp"
#include "scoring/iso_time.hpp"
#include "academy/user_data.hpp"
#include "tests/test_support.hpp"

using namespace stipple;
namespace fs = std::filesystem;

namespace {
unsigned mode_of(const fs::path& p) {
    struct stat st {};
    REQUIRE(::stat(p.c_str(), &st) == 0);
    return st.st_mode & 07777;
}

// Sets (or unsets, for nullptr) an environment variable and restores it when the test ends.
struct EnvVar {
    std::string name;
    std::optional<std::string> old;
    EnvVar(std::string n, const char* value) : name(std::move(n)) {
        if (const char* v = std::getenv(name.c_str())) old = v;
        if (value) setenv(name.c_str(), value, 1);
        else unsetenv(name.c_str());
    }
    ~EnvVar() {
        if (old) setenv(name.c_str(), old->c_str(), 1);
        else unsetenv(name.c_str());
    }
};
}  // namespace

TEST_CASE("the data folder is $XDG_DATA_HOME/stipple, else ~/.local/share/stipple") {
    {
        const EnvVar xdg("XDG_DATA_HOME", "/data/x");
        CHECK(user_data_dir() == fs::path("/data/x/stipple"));
        CHECK(default_gradebook_path() == "/data/x/stipple/gradebook.sqlite");
    }
    {
        const EnvVar xdg("XDG_DATA_HOME", "relative/ignored");  // the XDG spec: relative paths are invalid
        const EnvVar home("HOME", "/home/ana");
        CHECK(user_data_dir() == fs::path("/home/ana/.local/share/stipple"));
        CHECK(default_gradebook_path() == "/home/ana/.local/share/stipple/gradebook.sqlite");
    }
    {
        const EnvVar xdg("XDG_DATA_HOME", nullptr);
        const EnvVar home("HOME", nullptr);
        CHECK_THROWS_WITH(user_data_dir(), "cannot find the data folder: neither XDG_DATA_HOME nor HOME is set");
    }
}

TEST_CASE("the cache folder is $XDG_CACHE_HOME/stipple, else ~/.cache/stipple; scalp pictures below it") {
    {
        const EnvVar xdg("XDG_CACHE_HOME", "/cache/x");
        CHECK(user_cache_dir() == fs::path("/cache/x/stipple"));
        CHECK(scalp_cache_dir(user_cache_dir()) == fs::path("/cache/x/stipple/scalp"));
    }
    {
        const EnvVar xdg("XDG_CACHE_HOME", "relative/ignored");
        const EnvVar home("HOME", "/home/ana");
        CHECK(user_cache_dir() == fs::path("/home/ana/.cache/stipple"));
    }
    {
        const EnvVar xdg("XDG_CACHE_HOME", nullptr);
        const EnvVar home("HOME", nullptr);
        CHECK_THROWS_WITH(user_cache_dir(), "cannot find the cache folder: neither XDG_CACHE_HOME nor HOME is set");
    }
}

TEST_CASE("attempts, autosaves and screenshots live beside the gradebook") {
    CHECK(data_dir_of("/data/stipple/gradebook.sqlite") == fs::path("/data/stipple"));
    CHECK(data_dir_of("gb.sqlite") == fs::path("."));
    CHECK(attempts_dir("/d") == fs::path("/d/attempts"));
    CHECK(autosaves_dir("/d") == fs::path("/d/autosave"));
    CHECK(screenshots_dir("/d") == fs::path("/d/screenshots"));
}

TEST_CASE("one naming scheme for attempts and autosaves: safe, readable, per trainee") {
    CHECK(attempt_file_name(std::string("Ana María"), "crown-fill", "2026-11-24T10:00:05Z") ==
          "ana-mar-a-crown-fill-20261124T100005Z.json");
    CHECK(attempt_file_name(std::string("../../etc"), "x", "") == "etc-x-undated.json");
    CHECK(attempt_file_name(std::string("***"), "", "2026") == "trainee-lesson-2026.json");
    CHECK(attempt_file_name(std::nullopt, "crown-fill", "2026-11-24T10:00:05.250Z") ==
          "crown-fill-20261124T100005250Z.json");
    CHECK(autosave_path("/d", std::string("Ana"), "crown-fill") == fs::path("/d/autosave/ana-crown-fill.json"));
    CHECK(autosave_path("/d", std::nullopt, "hairline-classic") == fs::path("/d/autosave/hairline-classic.json"));
}

TEST_CASE("a new attempt path never overwrites an earlier attempt") {
    test::ScratchDir dir;
    const fs::path first = new_attempt_path(dir.path(), std::string("ana"), "crown-fill", "2026-11-24T10:00:05Z");
    CHECK(first == dir.path() / "attempts" / "ana-crown-fill-20261124T100005Z.json");
    fs::create_directories(first.parent_path());
    test::write_text(first, "{}");
    const fs::path second = new_attempt_path(dir.path(), std::string("ana"), "crown-fill", "2026-11-24T10:00:05Z");
    CHECK(second == dir.path() / "attempts" / "ana-crown-fill-20261124T100005Z-2.json");
    test::write_text(second, "{}");
    CHECK(new_attempt_path(dir.path(), std::string("ana"), "crown-fill", "2026-11-24T10:00:05Z").filename() ==
          "ana-crown-fill-20261124T100005Z-3.json");
}

TEST_CASE("screenshots are named by their UTC time and never overwrite one another") {
    CHECK(screenshot_file_name("2026-11-24T10:00:05.250Z") == "stipple-20261124-100005.png");
    CHECK(screenshot_file_name("2026-11-24T10:00:05Z") == "stipple-20261124-100005.png");
    CHECK(screenshot_file_name("") == "stipple-undated.png");
    test::ScratchDir dir;
    const fs::path folder = screenshots_dir(dir.path());
    const fs::path first = new_screenshot_path(folder, "2026-11-24T10:00:05.250Z");
    CHECK(first == folder / "stipple-20261124-100005.png");
    fs::create_directories(folder);
    test::write_text(first, "png");
    const fs::path second = new_screenshot_path(folder, "2026-11-24T10:00:05.900Z");  // the same second
    CHECK(second == folder / "stipple-20261124-100005-2.png");
    test::write_text(second, "png");
    CHECK(new_screenshot_path(folder, "2026-11-24T10:00:05.990Z").filename() == "stipple-20261124-100005-3.png");
    CHECK(screenshot_file_name(now_iso8601_utc()).size() == std::string("stipple-20261124-100005.png").size());
}

TEST_CASE("now is UTC ISO 8601 with milliseconds, and parses back") {
    const std::string now = now_iso8601_utc();
    REQUIRE(now.size() == 24);
    CHECK(now.back() == 'Z');
    CHECK(format_iso8601_utc(*parse_iso8601(now)) == now);
}

TEST_CASE("private folders are 0700 where they are made; existing folders keep their mode") {
    test::ScratchDir dir;
    fs::permissions(dir.path(), fs::perms(0755));
    const fs::path deep = dir / "data" / "attempts";
    create_private_folder(deep);
    CHECK(mode_of(dir / "data") == 0700);
    CHECK(mode_of(deep) == 0700);
    CHECK(mode_of(dir.path()) == 0755);  // was there already
    CHECK_NOTHROW(create_private_folder(deep));  // again: nothing to do
    test::write_text(dir / "file", "x");
    CHECK_THROWS_WITH(create_private_folder(dir / "file"), Catch::Contains("not a folder"));
    CHECK_THROWS_WITH(create_private_folder(dir / "file" / "below"), Catch::Contains("cannot create the folder"));
}

TEST_CASE("an atomic write takes the mode asked for: 0600 for private records, 0644 by default") {
    test::ScratchDir dir;
    write_file_atomically((dir / "attempt.json").string(), "{}", kPrivateFileMode);
    CHECK(mode_of(dir / "attempt.json") == 0600);
    write_file_atomically((dir / "report.html").string(), "<p>");
    CHECK(mode_of(dir / "report.html") == 0644);
    write_file_atomically((dir / "report.html").string(), "<p>2", kPrivateFileMode);  // a replaced file too
    CHECK(mode_of(dir / "report.html") == 0600);
    CHECK(read_text_file((dir / "report.html").string()) == "<p>2");
}
