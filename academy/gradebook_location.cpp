// The gradebook setting (see gradebook_location.hpp).
#include "academy/gradebook_location.hpp"

#include <cstdlib>
#include <filesystem>

#include "academy/pg_connection.hpp"
#include "academy/user_data.hpp"
#include "scoring/input_error.hpp"
#include "scoring/json_reader.hpp"

namespace stipple {

namespace fs = std::filesystem;

std::string user_config_path() {
    const char* xdg = std::getenv("XDG_CONFIG_HOME");
    if (xdg && *xdg) return (fs::path(xdg) / "stipple" / "config.json").string();
    const char* home = std::getenv("HOME");
    if (home && *home) return (fs::path(home) / ".config" / "stipple" / "config.json").string();
    return "";
}

std::string default_gradebook_location() {
    for (const std::string& file : {user_config_path(), std::string(kSystemConfigPath)}) {
        std::error_code ec;
        if (file.empty() || !fs::is_regular_file(file, ec)) continue;
        const nlohmann::json config = parse_json_file(file);
        if (!config.is_object()) throw InputError(ErrorCode::wrong_type, file, "", "an object was expected");
        if (!config.contains("gradebook")) continue;
        const nlohmann::json& value = config["gradebook"];
        if (!value.is_string() || value.get<std::string>().empty())
            throw InputError(ErrorCode::wrong_type, file, "/gradebook", "a non-empty string was expected");
        const std::string location = value.get<std::string>();
        if (is_postgresql_location(location)) {
            const std::string credentials = location.substr(location.find("//") + 2, location.find_first_of("/?", location.find("//") + 2) - location.find("//") - 2);
            if (credentials.find('@') != std::string::npos && credentials.substr(0, credentials.find('@')).find(':') != std::string::npos)
                throw InputError(ErrorCode::out_of_range, file, "/gradebook",
                                 "a password in the gradebook location is refused: use ~/.pgpass");
            if (location.find("password=") != std::string::npos)
                throw InputError(ErrorCode::out_of_range, file, "/gradebook",
                                 "a password in the gradebook location is refused: use ~/.pgpass");
        }
        return location;
    }
    return default_gradebook_path();
}

}  // namespace stipple
