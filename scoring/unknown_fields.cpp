// Unknown fields in a lesson and the field each one probably meant (see unknown_fields.hpp).
#include "unknown_fields.hpp"

#include <algorithm>
#include <string>

#include "json_reader.hpp"  // child_pointer

namespace stipple {

using nlohmann::json;

namespace {

size_t edit_distance(const std::string& a, const std::string& b) {
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            const size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

void warn_unknown_keys(const json& object, const std::string& ptr, const std::vector<std::string>& known,
                       std::vector<LessonWarning>& out) {
    if (!object.is_object()) return;
    for (const auto& [key, value] : object.items()) {
        (void)value;
        if (std::find(known.begin(), known.end(), key) != known.end()) continue;
        if (key == "$comment" || (!key.empty() && key[0] == '_')) continue;  // authors' notes
        std::string best;
        size_t best_distance = std::clamp<size_t>(key.size() / 3, 1, 3) + 1;  // suggest only close misspellings
        for (const std::string& k : known) {
            const bool unit_missing = k.rfind(key + "_", 0) == 0;  // "spacing" for "spacing_mm"
            const size_t d = unit_missing ? 1 : edit_distance(key, k);
            if (d < best_distance) {
                best_distance = d;
                best = k;
            }
        }
        std::string message = "unknown field, ignored";
        message += best.empty() ? " (start a note's name with \"_\" to keep it silently)"
                                : "; did you mean \"" + best + "\"?";
        out.push_back({child_pointer(ptr, key), message});
    }
}

}  // namespace

const std::vector<LessonFieldSection>& lesson_field_names() {
    static const std::vector<LessonFieldSection> sections = {
        {"", {"format", "$schema", "id", "title", "brief", "scalp", "needle", "zone", "hairline", "targets", "weights",
              "pass_score", "component_floor", "critical", "time_limit_s", "session", "existing", "hand", "numbing_wait_s",
              "design", "shade_dilution", "choices"}},
        // Sections in the order their warnings are listed (named sections alphabetically, then each scar).
        {"choices", {"needles", "shades"}},
        {"critical", {"blowout_share", "completion_share"}},
        {"design", {"client_age", "face_shape", "loss_stage", "wishes", "rules"}},
        {"design/rules", {"mid_frontal_mm", "recession_mm", "temporal_forward_mm", "frontal_width_mm", "temporal_reach_mm",
                          "asymmetry_max_mm"}},
        {"existing", {"kind", "density_fraction", "seed", "marks"}},
        {"hairline", {"curve", "transition_mm"}},
        {"hand", {"frequency_hz", "damping", "tremor_mm"}},
        {"needle", {"config", "diameter_mm"}},
        {"scalp", {"pattern", "skin", "seed", "scars", "head"}},
        {"scalp/head", {"form", "face_length", "head_width"}},
        {"session", {"number", "density_fraction"}},
        {"targets", {"spacing_mm", "depth_mm"}},
        {"weights", {"spacing", "depth", "hairline", "design"}},
        {"scalp/scars/*", {"kind", "path", "width_mm", "area", "count", "diameter_mm"}},
        {"choices/needles/*", {"config", "diameter_mm", "acceptable", "reason"}},
        {"choices/shades/*", {"name", "dilution", "acceptable", "reason"}},
    };
    return sections;
}

std::vector<LessonWarning> unknown_field_warnings(const json& doc) {
    std::vector<LessonWarning> out;
    for (const LessonFieldSection& s : lesson_field_names()) {
        if (s.section.empty()) {
            warn_unknown_keys(doc, "", s.names, out);
        } else if (s.section == "scalp/scars/*") {
            if (!doc.contains("scalp") || !doc["scalp"].is_object() || !doc["scalp"].contains("scars") ||
                !doc["scalp"]["scars"].is_array())
                continue;
            const json& scars = doc["scalp"]["scars"];
            for (size_t i = 0; i < scars.size(); ++i)
                warn_unknown_keys(scars[i], child_pointer("/scalp/scars", i), s.names, out);
        } else if (s.section == "design/rules") {
            if (doc.contains("design") && doc["design"].is_object() && doc["design"].contains("rules"))
                warn_unknown_keys(doc["design"]["rules"], "/design/rules", s.names, out);
        } else if (s.section == "scalp/head") {
            if (doc.contains("scalp") && doc["scalp"].is_object() && doc["scalp"].contains("head"))
                warn_unknown_keys(doc["scalp"]["head"], "/scalp/head", s.names, out);
        } else if (s.section == "choices/needles/*" || s.section == "choices/shades/*") {
            const std::string list = s.section.substr(8, s.section.size() - 10);  // needles | shades
            if (!doc.contains("choices") || !doc["choices"].is_object() || !doc["choices"].contains(list) ||
                !doc["choices"][list].is_array())
                continue;
            const json& options = doc["choices"][list];
            for (size_t i = 0; i < options.size(); ++i)
                warn_unknown_keys(options[i], child_pointer("/choices/" + list, i), s.names, out);
        } else if (doc.contains(s.section)) {
            warn_unknown_keys(doc[s.section], "/" + s.section, s.names, out);
        }
    }
    return out;
}

}  // namespace stipple
