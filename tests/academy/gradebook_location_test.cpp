// The gradebook setting: the user's config.json names the gradebook (a file or a postgresql:// URL); no
// setting means the file in the data folder; a password in the URL or a bad file is refused by name.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "academy/gradebook_location.hpp"
#include "academy/user_data.hpp"
#include "scoring/input_error.hpp"
#include "tests/test_support.hpp"

using namespace stipple;
using stipple::test::ScratchDir;

namespace {

void write_config(const ScratchDir& dir, const std::string& text) {
    std::filesystem::create_directories(dir / "stipple");
    std::ofstream(dir / "stipple/config.json") << text;
}

}  // namespace

TEST_CASE("the gradebook location comes from the user's config.json, else the data folder's file") {
    if (std::filesystem::exists(kSystemConfigPath)) {
        WARN("skipped: this machine has " << kSystemConfigPath);
        return;
    }
    ScratchDir dir;
    setenv("XDG_CONFIG_HOME", dir.path().c_str(), 1);
    const std::string config = (dir / "stipple/config.json").string();
    CHECK(user_config_path() == config);
    CHECK(default_gradebook_location() == default_gradebook_path());

    write_config(dir, R"({"gradebook": "postgresql://server/academy"})");
    CHECK(default_gradebook_location() == "postgresql://server/academy");
    write_config(dir, R"({"other": 1})");
    CHECK(default_gradebook_location() == default_gradebook_path());

    write_config(dir, R"({"gradebook": "postgresql://ana:secret@server/academy"})");
    CHECK_THROWS_WITH(default_gradebook_location(), Catch::Contains(config + ": /gradebook: a password") &&
                                                        Catch::Contains("use ~/.pgpass"));
    write_config(dir, R"({"gradebook": "postgresql://server/academy?password=x"})");
    CHECK_THROWS_WITH(default_gradebook_location(), Catch::Contains("use ~/.pgpass"));
    write_config(dir, R"({"gradebook": 12})");
    CHECK_THROWS_WITH(default_gradebook_location(), Catch::Contains(config + ": /gradebook"));
    write_config(dir, "{not json");
    CHECK_THROWS_AS(default_gradebook_location(), InputError);
    unsetenv("XDG_CONFIG_HOME");
}

TEST_CASE("a PostgreSQL gradebook keeps attempts and autosaves in the user's data folder") {
    CHECK(data_dir_of("postgresql://server/academy") == user_data_dir());
    CHECK(data_dir_of("/srv/academy/gradebook.sqlite") == "/srv/academy");
}
