// Reading, validating and writing attempts (stipple-attempt/1).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "attempt.hpp"

namespace stipple {

inline constexpr const char* kAttemptFormat = "stipple-attempt/1";

Attempt attempt_from_json(const nlohmann::json& doc, const std::string& file);
Attempt load_attempt(const std::string& path);
nlohmann::ordered_json attempt_to_json(const Attempt& attempt);
void save_attempt(const std::string& path, const Attempt& attempt);  // atomic; 0600 (a trainee's work)

}  // namespace stipple
