// Does treated skin read like a buzz cut from a conversation's distance? At 1.5 m an eye resolves about one
// arcminute (0.44 mm): pictures are averaged into cells that size, and what the marks (pigment dots, or a
// shaved head's stubble) do to the light of the bare skin under them is summed up as a few statistics: how
// much light they take away (coverage), how grainy and how blotchy that is, whether the texture runs in
// rows, and the colour cast they add. The treated area passes when its statistics fall within a stated band
// of the same scalp's shaved existing-hair area. Pure and headless (pictures in, numbers out).
#pragma once

#include <optional>
#include <string>

#include <SFML/Graphics/Image.hpp>

#include "scoring/geometry.hpp"
#include "virtual_scalp.hpp"

namespace stipple {

inline constexpr double kConversationDistanceM = 1.5;

// What one resolved picture cell spans at `distance_m`: one arcminute (0.436 mm at 1.5 m).
double eye_resolution_mm(double distance_m);

struct MarkStats {
    double coverage = 0.0;  // mean share of the bare skin's light the marks take away (0 none, 1 black)
    double grain = 0.0;     // standard deviation of that share between resolved cells: the fine texture
    double blotch = 0.0;    // standard deviation between blocks of 8 x 8 cells (3.5 mm): clumps, gaps, patches
    double streak = 0.0;    // 0..1: how much the texture's edges run one way (0 no direction; rows, lines -> 1)
    double cast = 0.0;      // the blue minus the mean of red and green the marks add, in 8-bit units
    int cells = 0;          // resolved cells measured
};

// The statistics of the marks in `marked` over `bare` (the same region and scale without the marks), both
// at `px_per_mm` (at least two picture pixels per resolved cell, else nullopt; nullopt too when the pictures
// differ in size or hold fewer than 8 x 8 cells).
std::optional<MarkStats> marks_at_distance(const sf::Image& bare, const sf::Image& marked, double px_per_mm,
                                           double distance_m = kConversationDistanceM);

// How close the treated area's statistics must be to the shaved area's: ratios treated / shaved, and
// differences treated - shaved; patchiness is the treated area's own (blotch / coverage), since stubble's
// blotchiness is too small and varies too much between hair areas to be a yardstick. Calibrated on the expert demo, sparse, blown-out and patterned work (README
// "Dots that look like hair"; tests/sim/buzz_cut_check_test.cpp).
struct BuzzCutBand {
    double coverage_ratio_min = 0.75, coverage_ratio_max = 1.50;
    double grain_ratio_min = 0.60, grain_ratio_max = 1.90;
    double patchiness_max = 0.12;  // treated blotch / treated coverage (the hair's own is 0.04-0.05)
    double streak_excess_max = 0.12;
    double cast_excess_max = 3.0;
};

struct BuzzCutVerdict {
    bool reads_as_buzz_cut = false;
    double coverage_ratio = 0.0, grain_ratio = 0.0;
    double patchiness = 0.0;  // the treated area's blotch relative to its coverage
    double streak_excess = 0.0, cast_excess = 0.0;
    std::string why;  // the first statistic outside the band ("" when inside)
};

BuzzCutVerdict compare_to_buzz_cut(const MarkStats& treated, const MarkStats& shaved, const BuzzCutBand& band = {});

// A side_mm square of the scalp with shaved hair at full density (hair_density >= 0.75 across it, stubble in
// every 2 mm of it, so never on an ear or a scar; above y 40, clear of the brows), the nearest one to
// `near_mm`; nullopt when the scalp has none.
std::optional<Bounds> shaved_hair_region(const VirtualScalp& scalp, double side_mm, Point near_mm);

// The same scalp with no hair at all (no stubble, no shadow of shafts): the bare skin under a shaved area.
VirtualScalp without_hair(const VirtualScalp& scalp);

}  // namespace stipple
