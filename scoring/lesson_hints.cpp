// Fix-it hints for lesson and curriculum errors, chosen by the error's code and pointer (see lesson_hints.hpp).
#include "lesson_hints.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <vector>

#include "scalp_patterns.hpp"

namespace stipple {

namespace {

// "/scalp/scars/3/kind" -> "/scalp/scars/*/kind"
std::string generic_pointer(const std::string& pointer) {
    std::string out;
    size_t i = 0;
    while (i < pointer.size()) {
        const size_t next = pointer.find('/', i + 1);
        const std::string token = pointer.substr(i, next == std::string::npos ? std::string::npos : next - i);
        const bool index = token.size() > 1 && std::all_of(token.begin() + 1, token.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
        out += index ? "/*" : token;
        if (next == std::string::npos) break;
        i = next;
    }
    return out;
}

bool starts_with_segment(const std::string& pointer, const std::string& prefix) {
    return pointer == prefix || (pointer.rfind(prefix, 0) == 0 && pointer[prefix.size()] == '/');
}

// A hint for errors whose generic pointer starts with `pointer` ("" matches all) and whose code is `code`
// (any code when absent). The first rule that matches gives the hint.
struct HintRule {
    const char* pointer;
    std::optional<ErrorCode> code;
    std::string hint;
};

const char* const kPolygonHint =
    "list the corners in order around the area so the outline never crosses itself, and do not repeat the first "
    "point at the end";

// The rules in order, built once (the pattern and skin hints read the one table of scalp cases).
const std::vector<HintRule>& hint_rules() {
    static const std::vector<HintRule> rules = {
        {"", ErrorCode::not_json, "look near the line and column given for a missing comma, quote or bracket; JSON allows "
                               "no comments and no comma after the last item"},
        {"", ErrorCode::cannot_open, "check the file's name and folder (relative paths start from the current folder)"},
        // The caps of input_limits.hpp and the impossible lessons (lessons/README.md, "Limits").
        {"", ErrorCode::nested_too_deep, "a lesson nests objects and arrays only a few levels deep; look for brackets opened "
                               "many times over at the place named"},
        {"", ErrorCode::file_too_large, "a lesson or attempt is a few hundred kB at most; this is not a file Stipple wrote"},
        {"", ErrorCode::too_many_shape_points, "the zone, the hairline curve and the scars need a few dozen corners "
                                                  "each; simplify the outlines"},
        {"", ErrorCode::off_map, "a head spans about -150..150 mm across and 0..300 mm back from the glabella; a "
                                 "point thousands of mm away is a typing mistake"},
        {"/zone", ErrorCode::too_many_dots, "an hour's work is about 3600 dots and a whole head about 15000; make "
                                                "the zone smaller, split it into several lessons or raise /targets/spacing_mm"},
        {"/targets/spacing_mm", ErrorCode::spacing_below_needle, "dots closer than the needle's own dot land on top of each other: make "
                                                "the spacing larger than /needle/diameter_mm (natural: 1.0-1.3 mm)"},
        {"/weights", ErrorCode::above_maximum, "weights compare the parts with each other, so small numbers do: e.g. 1, 1 and 1.5"},
        {"", ErrorCode::too_many_items, "this is far more than any lesson needs; see \"Limits\" in lessons/README.md"},
        {"", ErrorCode::too_long, "shorten it; see \"Limits\" in lessons/README.md"},
        {"/format", std::nullopt, "the first field must read \"format\": \"stipple-lesson/1\""},
        {"/$schema", std::nullopt, "\"$schema\" is the path to the JSON Schema, e.g. \"./stipple-lesson-1.schema.json\""},
        {"/id", std::nullopt, "a short unique name such as \"hairline-classic\": lower-case letters, digits and dashes"},
        {"/title", std::nullopt, "the lesson's name as the trainee sees it in the lesson picker, e.g. \"Classic adult hairline\""},
        {"/brief", std::nullopt, "the instructions shown before the trainee starts: what to do, the spacing, the depth window"},
        {"/scalp/pattern", std::nullopt, "the client's hair loss, one of " + scalp_pattern_list() +
                                          " (norwood: men, ludwig: women)"},
        {"/scalp/skin", std::nullopt, "Fitzpatrick skin type I-VI: " + std::string(kSkinTypes.front()) + " (very fair) to " +
                                          std::string(kSkinTypes.back()) + " (deeply pigmented)"},
        {"/scalp/seed", std::nullopt, "any whole number from 0; another seed gives another, equally repeatable, scalp"},
        {"/scalp/scars/*/kind", std::nullopt, "\"strip\" needs path and width_mm; \"punch\" needs area, count and diameter_mm; "
                                    "\"burn\" needs area"},
        {"/scalp/scars/*/path", std::nullopt, "the strip scar's centre line: at least 2 points [x, y] in mm, e.g. across the back "
                                    "of the head near y = 320"},
        {"/scalp/scars/*/width_mm", std::nullopt, "the strip scar's full width in mm; donor strip scars are usually 2-10 mm"},
        {"/scalp/scars/*/area", ErrorCode::not_simple_polygon, kPolygonHint},
        {"/scalp/scars/*/area", std::nullopt, "the outline the scars are scattered in: at least 3 corners [x, y] in mm"},
        {"/scalp/scars/*/count", std::nullopt, "how many punch scars there are, from 1; an FUE harvest leaves hundreds"},
        {"/scalp/scars/*/diameter_mm", std::nullopt, "the diameter of one punch scar in mm; FUE punches are about 0.8-1.0 mm"},
        {"/scalp/scars", std::nullopt, "a list of scars: [{\"kind\": \"strip\", \"path\": [[-40, 320], [40, 320]], "
                             "\"width_mm\": 4}]"},
        {"/scalp/head/form", std::nullopt, "\"male\" or \"female\"; leave it out for female with the ludwig patterns, male otherwise"},
        {"/scalp/head/face_length", std::nullopt, "the face's length relative to the average adult's: 0.85 (short) to 1.15 (long), 1 by default"},
        {"/scalp/head/head_width", std::nullopt, "the head's width relative to the average adult's: 0.85 (narrow) to 1.15 (broad), 1 by default"},
        {"/scalp/head", std::nullopt, "the client's head: {\"form\": \"male\", \"face_length\": 1, \"head_width\": 1}, every field optional"},
        {"/scalp", std::nullopt, "the virtual client: {\"pattern\": \"norwood-3\", \"skin\": \"fitzpatrick-3\", \"seed\": 1}"},
        {"/needle/diameter_mm", std::nullopt, "the needle's diameter in mm; SMP uses about 0.25-0.35 mm (fresh dots 0.15-0.3 mm)"},
        {"/needle", std::nullopt, "the needle: {\"config\": \"1RL\", \"diameter_mm\": 0.25}"},
        {"/zone", ErrorCode::not_simple_polygon, kPolygonHint},
        {"/zone", ErrorCode::zero_area, "the corners must not all lie on one line; list them in order around the area"},
        {"/zone", std::nullopt, "the treatment area: at least 3 corners [x, y] in mm; x across the head (0 = midline, negative = "
                      "left), y back from the glabella (hairline near 80, crown near 190)"},
        {"/hairline/curve/*", ErrorCode::not_left_to_right, "each point's x must be larger than the one before: list the points from "
                                               "the left temple to the right"},
        {"/hairline/curve", std::nullopt, "the target front edge: at least 2 points [x, y] from left to right, the mid-frontal "
                                "point near [0, 80]"},
        {"/hairline/transition_mm", std::nullopt, "the soft zone behind the curve where density ramps up, in mm: 5-10 mm is "
                                        "natural"},
        {"/hairline", std::nullopt, "{\"curve\": [[x, y], ...], \"transition_mm\": 8}; leave it out for a lesson without a hairline"},
        {"/targets/spacing_mm", std::nullopt, "the distance between neighbouring dots where density is full, in mm: natural "
                                    "scalps have 1.0-1.3 mm"},
        {"/targets/depth_mm", std::nullopt, "the acceptable depth window [min, max] in mm; pigment belongs in the upper dermis, "
                                  "e.g. [0.4, 0.9]"},
        {"/targets", std::nullopt, "what the trainee aims for: {\"spacing_mm\": 1.2, \"depth_mm\": [0.4, 0.9]}"},
        {"/weights", std::nullopt, "how much each part counts, numbers from 0: {\"spacing\": 1, \"depth\": 1, \"hairline\": 1.5}; "
                         "a missing weight counts 1"},
        {"/pass_score", std::nullopt, "the total from 0 to 100 a trainee needs to pass; 75 is usual"},
        {"/component_floor", std::nullopt, "the score from 0 to 100 every part (spacing, depth, hairline) must reach to pass; "
                                 "50 if left out"},
        {"/critical/blowout_share", std::nullopt, "the largest share of dots allowed too deep, from 0 to 1: 0.05 accepts 5 %"},
        {"/critical/completion_share", std::nullopt, "the share of the session's target density the zone must reach, from 0 to "
                                           "1: 0.8 is usual"},
        {"/critical", std::nullopt, "{\"blowout_share\": 0.05, \"completion_share\": 0.8}; leave it out for these defaults"},
        {"/time_limit_s", std::nullopt, "the time allowed in seconds (more than 0); leave it out for no limit"},
        {"/session/number", std::nullopt, "which session of the treatment this is: 1 to 10 (usually 1, 2 or 3)"},
        {"/session/density_fraction", std::nullopt, "the share of full density to reach by the end of this session: 0.3 after "
                                          "the first, 0.7 after the second, 1 when finished"},
        {"/session", std::nullopt, "{\"number\": 1, \"density_fraction\": 0.3}; leave it out for a single full-density session"},
        {"/existing/kind", std::nullopt, "\"dots\" for pigment from an earlier session, \"hair\" for the client's remaining hair"},
        {"/existing/density_fraction", std::nullopt, "how dense the marks already are, as a share of full density: more than 0, "
                                           "at most 1 (e.g. 0.3)"},
        {"/existing/seed", std::nullopt, "any whole number from 0; another seed scatters the marks differently"},
        {"/existing", std::nullopt, "{\"kind\": \"dots\", \"density_fraction\": 0.3}; leave it out for bare skin"},
        {"/hand/frequency_hz", std::nullopt, "how quickly the virtual hand follows the pointer, in Hz (more than 0); 6 is "
                                   "a steady hand"},
        {"/hand/damping", std::nullopt, "0 to 5; 0.8 follows without wobble, lower values overshoot"},
        {"/hand/tremor_mm", std::nullopt, "the amplitude of a slight tremor in mm, 0 to 5; 0 for a steady hand"},
        {"/hand", std::nullopt, "{\"frequency_hz\": 6, \"damping\": 0.8, \"tremor_mm\": 0}; leave it out for a steady hand"},
        {"/design/client_age", std::nullopt, "the client's age in whole years, 16 to 100: the older, the higher and more "
                                   "conservative the line"},
        {"/design/face_shape", std::nullopt, "one of \"oval\", \"round\", \"square\", \"long\", \"heart\""},
        {"/design/rules/asymmetry_max_mm", std::nullopt, "the largest mean height difference between the sides in mm (more "
                                   "than 0); 3 is usual"},
        {"/design/rules", std::nullopt, "each rule is [min, max] in mm with 0 <= min < max <= 300, e.g. \"mid_frontal_mm\": "
                                   "[72, 84]; see \"Hairline design lessons\" in lessons/README.md"},
        {"/design", std::nullopt, "{\"client_age\": 30, \"face_shape\": \"oval\", \"rules\": {...}}; leave it out for a lesson "
                                   "with dots"},
        // Issue 14, part D: the needle and shade the trainee chooses (choices_io.hpp).
        {"/shade_dilution", std::nullopt, "the pigment's share of full strength, 0.1 to 1: 1 undiluted, 0.5 diluted 1:1; leave it "
                                  "out for full strength"},
        {"/choices/needles/*/diameter_mm", std::nullopt, "the dot this needle makes in mm (about 0.2-0.4), no wider than "
                                                "/targets/spacing_mm"},
        {"/choices/shades/*/dilution", std::nullopt, "the shade's share of full-strength pigment, 0.1 to 1: 1 undiluted, 0.5 "
                                            "diluted 1:1, 0.25 diluted 1:3"},
        {"/choices/needles/*/reason", std::nullopt, "every option says why it suits this client or not, in words the trainee reads "
                                     "after choosing"},
        {"/choices/shades/*/reason", std::nullopt, "every option says why it suits this client or not, in words the trainee reads "
                                     "after choosing"},
        {"/choices/needles/*/acceptable", std::nullopt, "true when the option suits this client and session, false when it is a "
                                         "mistake"},
        {"/choices/shades/*/acceptable", std::nullopt, "true when the option suits this client and session, false when it is a "
                                         "mistake"},
        {"/choices", std::nullopt, "{\"needles\": [{\"config\": \"1RL\", \"diameter_mm\": 0.25, \"acceptable\": true, "
                         "\"reason\": \"...\"}], \"shades\": [{\"name\": \"diluted 1:1\", \"dilution\": 0.5, "
                         "\"acceptable\": true, \"reason\": \"...\"}]}: at least one acceptable option in each list, names "
                         "unique"},
        {"/", ErrorCode::wrong_type, "a lesson file is one JSON object: { \"format\": \"stipple-lesson/1\", ... }"},
    };
    return rules;
}

}  // namespace

std::string hint_for_error(const InputError& error) {
    const std::string pointer = generic_pointer(error.pointer());
    for (const HintRule& rule : hint_rules()) {
        const std::string prefix = rule.pointer;
        const bool pointer_ok = prefix.empty() || (prefix == "/" ? pointer == "/" : starts_with_segment(pointer, prefix));
        if (pointer_ok && (!rule.code || *rule.code == error.code())) return rule.hint;
    }
    return "see lessons/README.md for every field, its unit and an example";
}

std::string hint_for_curriculum_error(const InputError& error) {
    const std::string pointer = generic_pointer(error.pointer());
    if (error.code() == ErrorCode::not_json || error.code() == ErrorCode::cannot_open) return hint_for_error(error);
    if (starts_with_segment(pointer, "/format")) return "the first field must read \"format\": \"stipple-curriculum/1\"";
    if (starts_with_segment(pointer, "/title")) return "the curriculum's name as trainees and instructors see it";
    if (starts_with_segment(pointer, "/proficiency"))
        return "{\"consecutive_passes\": 2}: how many passes in a row prove a lesson mastered (1 to 20)";
    if (starts_with_segment(pointer, "/lessons/*/file"))
        return "the lesson file's name, relative to the curriculum's folder, e.g. \"hairline-classic.json\"";
    if (starts_with_segment(pointer, "/lessons/*/requires"))
        return "list the ids of lessons taught earlier in the order that must be mastered first";
    if (starts_with_segment(pointer, "/lessons"))
        return "the lessons in teaching order: [{\"file\": \"first-dots.json\", \"requires\": []}, ...]";
    return "see \"The curriculum\" in lessons/README.md";
}

}  // namespace stipple
