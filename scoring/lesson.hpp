// A lesson (format stipple-lesson/1): the scalp case, treatment zone, target hairline, targets and weights.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "geometry.hpp"
#include "scalp_patterns.hpp"

namespace stipple {

// A scar on the virtual scalp. Scar tissue takes pigment unevenly and resists the needle.
struct Scar {
    std::string kind;          // "strip" (linear donor scar), "punch" (scattered FUE scars), "burn" (patch)
    Polyline path;             // strip: the scar's centre line
    double width_mm = 0.0;     // strip: full width
    Polygon area;              // punch: region the punches are scattered in; burn: the patch outline
    int count = 0;             // punch: number of punch scars
    double diameter_mm = 0.0;  // punch: diameter of each punch scar
};

// Optional: the client's head (sim/head/head_shape.hpp): form and proportions. Every lesson gets a head.
struct HeadForm {
    std::string form;          // "male" | "female"; empty = female for the Ludwig patterns, male otherwise
    double face_length = 1.0;  // relative, 0.85..1.15
    double head_width = 1.0;   // relative, 0.85..1.15
};

struct ScalpCase {
    std::string pattern{kDefaultScalpPattern};  // a name from kScalpPatterns (scalp_patterns.hpp)
    std::string skin{kDefaultSkinType};         // a name from kSkinTypes (scalp_patterns.hpp)
    uint64_t seed = 1;                   // makes the generated scalp deterministic
    std::vector<Scar> scars;             // optional
    HeadForm head;                       // optional (scalp.head)
};

struct Needle {
    std::string config = "1RL";  // e.g. 1RL, 3RL
    double diameter_mm = 0.25;
};

// Optional (issue 14, part D): the needle and pigment dilution the trainee chooses for this session, each
// option judged against the lesson's acceptable set with the reason in words (session_choice.hpp).
struct NeedleOption {
    Needle needle;               // config + diameter_mm (the follicle size it imitates)
    bool acceptable = true;
    std::string reason;          // why it suits this client or not, shown when it is chosen
};
struct ShadeOption {
    std::string name;            // e.g. "full strength", "diluted 1:1"
    double dilution = 1.0;       // share of full-strength pigment, 0.1..1 (1 = undiluted carbon black)
    bool acceptable = true;
    std::string reason;
};
struct Choices {
    std::vector<NeedleOption> needles;   // empty: the lesson's needle, no choice
    std::vector<ShadeOption> shades;     // empty: the lesson's shade_dilution, no choice
};

// Optional (issue 14, part B): a hairline design lesson. The trainee draws the hairline (Attempt::design_line)
// for the client described here; no dots. The design component judges it against `rules` (design_metric.hpp).
struct DesignRules {
    double mid_frontal_min_mm = 70;   // map y of the mid-frontal point (arc from the glabella on the midline)
    double mid_frontal_max_mm = 100;
    // The fronto-temporal angles (the recession corners: the line's rearmost point on each side) lie this far
    // behind the mid-frontal point (map y).
    double recession_min_mm = 6;
    double recession_max_mm = 20;
    // The temporal points (the line's foremost point beyond each corner) come this far forward of their corner.
    double temporal_forward_min_mm = 3;
    double temporal_forward_max_mm = 15;
    // The frontal width: across (map x) from the left corner to the right one.
    double frontal_width_min_mm = 65;
    double frontal_width_max_mm = 100;
    // How far out (|x|) each end of the line reaches: onto the temple, not past it toward the ear.
    double temporal_reach_min_mm = 50;
    double temporal_reach_max_mm = 75;
    // Lopsided beyond this: the mean height difference between the left half and the mirrored right half.
    double asymmetry_max_mm = 3;
};
struct DesignBrief {
    int client_age = 30;
    std::string face_shape = "oval";   // oval | round | square | long | heart
    std::string loss_stage;            // e.g. "norwood-3" (words for the brief; the scalp pattern draws it)
    std::string wishes;                // the client's wishes in words
    DesignRules rules;
};

struct Hairline {
    Polyline curve;             // target front edge, left to right
    double transition_mm = 8;   // soft zone behind the curve where density ramps up to full
};

struct Targets {
    double spacing_mm = 1.2;     // mean nearest-neighbour distance where density is full
    double depth_min_mm = 0.4;   // acceptable deposit depth window
    double depth_max_mm = 0.9;
};

struct Weights {
    double spacing = 1.0;
    double depth = 1.0;
    double hairline = 1.0;
    double design = 1.0;   // counts only in design lessons
};

// Optional: this session builds only part of the final density (layering over 2-3 sessions).
struct Session {
    int number = 1;
    double density_fraction = 1.0;  // share of full density the trainee should reach this session
};

// One explicit earlier-session dot (issue 14: a case's healed previous session, written by `stipple case next`):
// where, how deep, with which needle and dilution, and how long it has healed.
struct ExistingMark {
    double x = 0.0;
    double y = 0.0;
    double depth_mm = 0.6;
    double diameter_mm = 0.25;
    double dilution = 1.0;
    double healed_days = 0.0;   // days since it was placed when this lesson starts
    bool sun = false;           // healed with sun exposure
};

// Optional: marks already on the scalp inside the zone before the trainee starts, generated deterministically.
// "dots": pigment from an earlier session; "hair": existing follicles (thinning hair) to place dots between.
// Both count toward density and spacing; a new dot on top of one is a clump.
struct Existing {
    std::string kind = "dots";       // dots | hair
    double density_fraction = 0.3;   // of the lesson's full density
    uint64_t seed = 1;
    // kind "dots" only: when not empty, these are the marks (the trainee's own healed earlier session) and
    // density_fraction/seed are not used to generate any.
    std::vector<ExistingMark> marks = {};
};

// Optional: how steady the trainee's hand is in the simulator (Box2D mouse joint and tremor).
struct Hand {
    double frequency_hz = 6.0;
    double damping = 0.8;
    double tremor_mm = 0.0;   // amplitude of an 8-12 Hz tremor
};

// Optional: faults that fail an attempt whatever its total (see scoring.hpp for the pass rule).
struct CriticalLimits {
    double blowout_share = 0.05;     // share of the zone's dots allowed deeper than the depth window (0..1)
    double completion_share = 0.8;  // share of the session's visible target density that must be reached (0..1)
};

struct Lesson {
    std::string schema;   // the "$schema" reference, kept so a saved lesson still points to the JSON Schema
    std::string id;
    std::string title;
    std::string brief;
    ScalpCase scalp;
    Needle needle;
    Polygon zone;
    std::optional<Hairline> hairline;
    Targets targets;
    Weights weights;
    double pass_score = 75;
    double component_floor = 50;  // every weighted component must reach this to pass (0..100)
    CriticalLimits critical;
    // Optional extensions, each documented in lessons/README.md.
    std::optional<double> time_limit_s;
    Session session;
    std::optional<Existing> existing;
    Hand hand;
    // Issue 14:
    double shade_dilution = 1.0;           // the pigment's dilution when the lesson offers no shade choice
    std::optional<Choices> choices;        // part D
    std::optional<DesignBrief> design;     // part B: a hairline design lesson (no dots)
    // Seconds on the compressed numbing clock before the first dot (a case's numbing step writes it into its
    // session's lesson). The work screen shows the clock; case_score judges the first dot's time against it.
    std::optional<double> numbing_wait_s;
};

}  // namespace stipple
