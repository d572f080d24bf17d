// Warnings for lesson authors: a lesson that is valid but unwise (depth outside the dermis, unnatural
// spacing, a misplaced hairline, hours of work, ...), and fields the reader ignored (unknown_fields.hpp).
// The hints for errors are in lesson_hints.hpp.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

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
    double sitting_dots = 3600;            // about an hour at that pace: more is worked over several sittings
    double max_dots = 25000;               // more than a whole head needs (a Norwood 7, hairline to fringe: ~15000)
    double min_dots = 40;                  // fewer and spacing cannot be judged
    double min_pass_score = 50;
};

// Warnings for a lesson that passed validation: the unknown fields of `doc` (the lesson's JSON) first, then
// the domain's, one group per concern.
std::vector<LessonWarning> lesson_warnings(const Lesson& lesson, const nlohmann::json& doc,
                                           const AdviceLimits& limits = {});

}  // namespace stipple
