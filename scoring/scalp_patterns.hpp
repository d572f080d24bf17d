// The one table of scalp cases a lesson may name: the hair-loss patterns (scalp.pattern) and the Fitzpatrick
// skin types (scalp.skin). The lesson reader and its error text, the hints, the editor's lists, the virtual
// scalp and the JSON Schema test (tests/lessons) all read it; add a pattern here and nowhere else.
#pragma once

#include <array>
#include <string>
#include <string_view>

namespace stipple {

// How the virtual scalp draws a pattern: the family picks the shape, the stage its extent.
enum class PatternFamily { none, norwood, ludwig, diffuse, alopecia_areata };

struct ScalpPattern {
    std::string_view name;  // as written in a lesson
    PatternFamily family;
    int stage;              // Norwood 1-7, Ludwig 1-3; 0 for the others
};

// In the order the editor lists them and the JSON Schema's enum holds them.
inline constexpr std::array<ScalpPattern, 13> kScalpPatterns = {{
    {"none", PatternFamily::none, 0},
    {"norwood-1", PatternFamily::norwood, 1},
    {"norwood-2", PatternFamily::norwood, 2},
    {"norwood-3", PatternFamily::norwood, 3},
    {"norwood-4", PatternFamily::norwood, 4},
    {"norwood-5", PatternFamily::norwood, 5},
    {"norwood-6", PatternFamily::norwood, 6},
    {"norwood-7", PatternFamily::norwood, 7},
    {"ludwig-1", PatternFamily::ludwig, 1},
    {"ludwig-2", PatternFamily::ludwig, 2},
    {"ludwig-3", PatternFamily::ludwig, 3},
    {"diffuse", PatternFamily::diffuse, 0},
    {"alopecia-areata", PatternFamily::alopecia_areata, 0},
}};

// Fitzpatrick skin types I-VI: kSkinTypes[n - 1] is type n.
inline constexpr std::array<std::string_view, 6> kSkinTypes = {"fitzpatrick-1", "fitzpatrick-2", "fitzpatrick-3",
                                                               "fitzpatrick-4", "fitzpatrick-5", "fitzpatrick-6"};

// A scalp case's pattern and skin when a lesson names none (and a new lesson's in the editor).
inline constexpr std::string_view kDefaultScalpPattern = "norwood-3";
inline constexpr std::string_view kDefaultSkinType = "fitzpatrick-3";

// The pattern named `name`, or nullptr.
inline const ScalpPattern* find_scalp_pattern(std::string_view name) {
    for (const ScalpPattern& p : kScalpPatterns)
        if (p.name == name) return &p;
    return nullptr;
}

// The Fitzpatrick type 1-6 of a skin name, or 0 when it is none of them.
inline int fitzpatrick_type(std::string_view skin) {
    for (size_t i = 0; i < kSkinTypes.size(); ++i)
        if (kSkinTypes[i] == skin) return static_cast<int>(i) + 1;
    return 0;
}

inline bool is_known_pattern(std::string_view pattern) { return find_scalp_pattern(pattern) != nullptr; }
inline bool is_known_skin(std::string_view skin) { return fitzpatrick_type(skin) != 0; }

// The table as people read it: "none, norwood-1..norwood-7, ludwig-1..ludwig-3, diffuse, alopecia-areata"
// (a run of one family's stages is written first..last).
inline std::string scalp_pattern_list() {
    std::string out;
    for (size_t i = 0; i < kScalpPatterns.size();) {
        size_t last = i;
        while (kScalpPatterns[i].stage > 0 && last + 1 < kScalpPatterns.size() &&
               kScalpPatterns[last + 1].family == kScalpPatterns[i].family)
            ++last;
        if (!out.empty()) out += ", ";
        out += kScalpPatterns[i].name;
        if (last > i) (out += "..") += kScalpPatterns[last].name;
        i = last + 1;
    }
    return out;
}

// "fitzpatrick-1 .. fitzpatrick-6"
inline std::string skin_type_list() {
    return std::string(kSkinTypes.front()) + " .. " + std::string(kSkinTypes.back());
}

}  // namespace stipple
