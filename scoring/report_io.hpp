// Writing and reading score reports (stipple-score/1). Numbers are rounded so output is byte-identical.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "score_report.hpp"

namespace stipple {

inline constexpr const char* kScoreFormat = "stipple-score/1";

double round_to(double value, int decimals);
nlohmann::ordered_json report_to_json(const ScoreReport& report);
ScoreReport report_from_json(const nlohmann::json& doc, const std::string& file);

}  // namespace stipple
