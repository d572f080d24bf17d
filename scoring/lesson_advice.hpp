// Advice for lesson authors: warnings for lessons that are valid but unwise, and a hint for each error.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "input_error.hpp"
#include "lesson.hpp"
#include "lesson_regions.hpp"  // expected_dot_count

namespace stipple {

// One thing an instructor should reconsider, at a JSON pointer in the lesson file.
struct LessonWarning {
    std::string pointer;
    std::string message;
};

// The domain's limits the warnings are measured against (defaults from SMP practice).
struct AdviceLimits {
    double dermis_top_mm = 0.3;            // shallower: pigment sits in the epidermis and fades in 30-45 days
    double dermis_bottom_mm = 1.0;         // deeper: blow-out (blurred, blue-green dots)
    double skin_thickness_mm = 1.8;        // whole scalp skin
    double natural_spacing_min_mm = 0.9;   // 1.0-1.3 mm is natural (60-100 follicular units/cm2), with slack
    double natural_spacing_max_mm = 1.5;
    double needle_max_mm = 0.4;            // fresh dots are 0.15-0.3 mm
    double dots_per_second = 1.0;          // a trainee's working pace
    double max_dots = 3600;                // about an hour at that pace
    double min_dots = 40;                  // fewer and spacing cannot be judged
    double min_pass_score = 50;
};


// Warnings for a lesson that passed validation. `doc` is the lesson's JSON (for misspelt, ignored fields).
std::vector<LessonWarning> lesson_warnings(const Lesson& lesson, const nlohmann::json& doc,
                                           const AdviceLimits& limits = {});

// A one-sentence hint telling an instructor how to fix an error from lesson_from_json / load_lesson.
std::string hint_for_error(const InputError& error);
// The same for an error in a curriculum file (stipple-curriculum/1) itself.
std::string hint_for_curriculum_error(const InputError& error);

}  // namespace stipple
