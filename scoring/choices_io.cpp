// Reading and writing lesson choices and an attempt's choice (see choices_io.hpp).
#include "choices_io.hpp"

#include <algorithm>

#include "input_limits.hpp"

namespace stipple {

using nlohmann::json;

namespace {

bool read_acceptable(const JsonReader& r, const json& option, const std::string& ptr) {
    const json& v = r.require(option, ptr, "acceptable");
    if (!v.is_boolean()) r.fail(ErrorCode::wrong_type, child_pointer(ptr, "acceptable"), "expected true or false");
    return v.get<bool>();
}

std::string read_reason(const JsonReader& r, const json& option, const std::string& ptr) {
    return r.non_empty_string(r.require(option, ptr, "reason"), child_pointer(ptr, "reason"), kMaxTextChars);
}

// An offered list: an array of 1..kMaxChoiceOptions objects.
void expect_options(const JsonReader& r, const json& list, const std::string& ptr, const std::string& what) {
    r.expect_array(list, ptr, what, kMaxChoiceOptions);
    if (list.empty()) r.fail(ErrorCode::too_few_items, ptr, "expected at least one option (leave the list out for no choice)");
    for (size_t i = 0; i < list.size(); ++i) r.expect_object(list[i], child_pointer(ptr, i));
}

template <class Option, class NameOf>
void require_unique_and_one_acceptable(const JsonReader& r, const std::vector<Option>& options, const std::string& ptr,
                                       const char* name_field, NameOf name_of) {
    for (size_t i = 1; i < options.size(); ++i)
        for (size_t k = 0; k < i; ++k)
            if (name_of(options[i]) == name_of(options[k]))
                r.fail(ErrorCode::duplicate_id, child_pointer(child_pointer(ptr, i), name_field),
                       "expected a name no other option has, found \"" + name_of(options[i]) + "\" twice");
    if (std::none_of(options.begin(), options.end(), [](const Option& o) { return o.acceptable; }))
        r.fail(ErrorCode::out_of_range, ptr, "expected at least one option with \"acceptable\": true");
}

}  // namespace

double read_shade_dilution(const JsonReader& r, const json& value, const std::string& ptr) {
    const double v = r.number(value, ptr);
    if (!(v >= kMinShadeDilution && v <= 1.0))
        r.fail(ErrorCode::out_of_range, ptr, "expected a share of full-strength pigment from 0.1 to 1 (1 = undiluted)");
    return v;
}

Choices read_choices(const JsonReader& r, const json& value, const std::string& ptr, const Lesson& lesson) {
    r.expect_object(value, ptr);
    Choices choices;
    if (const json* needles = r.find(value, ptr, "needles")) {
        const std::string np = child_pointer(ptr, "needles");
        expect_options(r, *needles, np, "needle options");
        for (size_t i = 0; i < needles->size(); ++i) {
            const std::string p = child_pointer(np, i);
            const json& o = (*needles)[i];
            NeedleOption option;
            option.needle.config = r.non_empty_string(r.require(o, p, "config"), child_pointer(p, "config"), kMaxNameChars);
            const std::string dp = child_pointer(p, "diameter_mm");
            option.needle.diameter_mm = r.positive_number(r.require(o, p, "diameter_mm"), dp);
            if (option.needle.diameter_mm > 3) r.fail(ErrorCode::above_maximum, dp, "expected a needle diameter of at most 3 mm");
            if (option.needle.diameter_mm > lesson.targets.spacing_mm)
                r.fail(ErrorCode::spacing_below_needle, dp, "expected a dot no wider than the lesson's spacing (" +
                                                                json(lesson.targets.spacing_mm).dump() + " mm)");
            option.acceptable = read_acceptable(r, o, p);
            option.reason = read_reason(r, o, p);
            choices.needles.push_back(std::move(option));
        }
        require_unique_and_one_acceptable(r, choices.needles, np, "config",
                                          [](const NeedleOption& o) { return o.needle.config; });
    }
    if (const json* shades = r.find(value, ptr, "shades")) {
        const std::string sp = child_pointer(ptr, "shades");
        expect_options(r, *shades, sp, "shade options");
        for (size_t i = 0; i < shades->size(); ++i) {
            const std::string p = child_pointer(sp, i);
            const json& o = (*shades)[i];
            ShadeOption option;
            option.name = r.non_empty_string(r.require(o, p, "name"), child_pointer(p, "name"), kMaxNameChars);
            option.dilution = read_shade_dilution(r, r.require(o, p, "dilution"), child_pointer(p, "dilution"));
            option.acceptable = read_acceptable(r, o, p);
            option.reason = read_reason(r, o, p);
            choices.shades.push_back(std::move(option));
        }
        require_unique_and_one_acceptable(r, choices.shades, sp, "name", [](const ShadeOption& o) { return o.name; });
    }
    if (choices.needles.empty() && choices.shades.empty())
        r.fail(ErrorCode::missing_field, ptr, "expected \"needles\" or \"shades\" (or both); leave \"choices\" out for no choice");
    return choices;
}

nlohmann::ordered_json choices_to_json(const Choices& choices) {
    nlohmann::ordered_json j = nlohmann::ordered_json::object();
    if (!choices.needles.empty()) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const NeedleOption& o : choices.needles)
            list.push_back({{"config", o.needle.config}, {"diameter_mm", o.needle.diameter_mm},
                            {"acceptable", o.acceptable}, {"reason", o.reason}});
        j["needles"] = std::move(list);
    }
    if (!choices.shades.empty()) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const ShadeOption& o : choices.shades)
            list.push_back({{"name", o.name}, {"dilution", o.dilution}, {"acceptable", o.acceptable}, {"reason", o.reason}});
        j["shades"] = std::move(list);
    }
    return j;
}

SessionChoice read_session_choice(const JsonReader& r, const json& value, const std::string& ptr) {
    r.expect_object(value, ptr);
    SessionChoice choice;
    if (const json* v = r.find(value, ptr, "needle"); v && !v->is_null())
        choice.needle = r.non_empty_string(*v, child_pointer(ptr, "needle"), kMaxNameChars);
    if (const json* v = r.find(value, ptr, "shade"); v && !v->is_null())
        choice.shade = r.non_empty_string(*v, child_pointer(ptr, "shade"), kMaxNameChars);
    return choice;
}

nlohmann::ordered_json session_choice_to_json(const SessionChoice& choice) {
    nlohmann::ordered_json j = nlohmann::ordered_json::object();
    if (!choice.needle.empty()) j["needle"] = choice.needle;
    if (!choice.shade.empty()) j["shade"] = choice.shade;
    return j;
}

}  // namespace stipple
