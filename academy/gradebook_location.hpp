// Where the gradebook is when no --db names it: the user's config, else the classroom PC's, else the file
// in the user's data folder.
#pragma once

#include <string>

namespace stipple {

// $XDG_CONFIG_HOME/stipple/config.json (else ~/.config/...), then /etc/stipple/config.json:
// {"gradebook": "postgresql://server/academy"} or a file path; else default_gradebook_path().
// A bad config file is an InputError naming it and the field; a password in a URL is refused.
std::string default_gradebook_location();

// The config files read, in order (for messages and tests).
std::string user_config_path();
inline constexpr const char* kSystemConfigPath = "/etc/stipple/config.json";

}  // namespace stipple
