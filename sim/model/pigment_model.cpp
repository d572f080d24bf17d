// The look of a pigment dot, fresh and healed, from needle, depth and skin (see pigment_model.hpp).
#include "pigment_model.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "noise.hpp"
#include "scoring/small_math.hpp"

namespace stipple {

namespace {

struct Rgb {
    double r, g, b;
};

Rgb lerp(Rgb a, Rgb b, double t) { return {a.r + (b.r - a.r) * t, a.g + (b.g - a.g) * t, a.b + (b.b - a.b) * t}; }
Rgb rgb_of(sf::Color c) { return {double(c.r), double(c.g), double(c.b)}; }
sf::Uint8 byte(double v) { return static_cast<sf::Uint8>(std::clamp(std::lround(v), 0l, 255l)); }
sf::Color color_of(Rgb c, double alpha01) {
    return sf::Color(byte(c.r), byte(c.g), byte(c.b), byte(alpha01 * 255.0));
}
double luminance(Rgb c) { return 0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b; }

// Carbon pigment seen through the epidermis: near-black with a touch of the skin, a cool cast when deep.
constexpr Rgb kInk{30, 29, 32};
constexpr Rgb kTyndallBlue{72, 88, 112};     // fresh blow-out: blue-grey
constexpr Rgb kHealedBlueGreen{70, 98, 100};  // healed blow-out: blue-green
constexpr Rgb kFollicleShadow{60, 66, 78};    // the blue-grey a hair shaft shows under shaved skin
constexpr Rgb kInflamed{214, 72, 70};         // irritated, freshly worked skin

// The healed haze: how far beyond the dot it reaches and its strength at the centre (calibrated with the
// buzz-cut check: tests/sim/buzz_cut_check_test.cpp).
constexpr double kHazeReachMm = 0.9;
constexpr double kHealedCoreFading = 0.3;
constexpr double kHazeStrength = 0.26;

// Salts of the per-dot variation draws (hash01(seed, k, salt)).
constexpr uint64_t kScarSalt = 0x5ca7ull;
constexpr uint64_t kImpressionSalt = 0x1a9e55ull;

double draw(const SkinSite& site, int k, uint64_t salt) {
    return hash01(static_cast<int64_t>(site.variation_seed), k, salt);
}

// How far beyond the window a depth is, 0 inside, ~1 at half a millimetre too deep, capped at 2.
double excess_depth(double depth_mm, const SkinSite& site) {
    return std::clamp((depth_mm - site.depth_max_mm) / 0.5, 0.0, 2.0);
}

// The dot by depth, before the impression's own variation.
DotLook depth_look(const Needle& needle, double depth_mm, const SkinSite& site) {
    const double r0 = std::clamp(needle.diameter_mm, 0.05, 2.0) * 0.5;
    const double lo = site.depth_min_mm, hi = std::max(site.depth_max_mm, lo + 1e-3);
    const double d = std::max(depth_mm, 0.0);
    DotLook look;
    Rgb color = lerp(kInk, rgb_of(site.tone), 0.12);
    double alpha = 0.92;
    if (d < lo) {
        // Shallow: mostly in the epidermis, a faint, slightly smaller dot.
        const double s = d / lo;
        alpha = 0.25 + 0.67 * s * s;
        color = lerp(kInk, rgb_of(site.tone), 0.12 + 0.3 * (1.0 - s));
        look.radius_mm = r0 * (0.8 + 0.2 * s);
        look.blur_mm = 0.015;
    } else if (d <= hi) {
        // In the window: a clean, crisp dot the size of the needle (slightly larger deeper in).
        const double rel = (d - lo) / (hi - lo);
        look.radius_mm = r0 * (1.0 + 0.12 * rel);
        look.blur_mm = 0.035;
    } else {
        // Too deep: pigment spreads in the lower dermis (blow-out): larger, blurred, blue-grey.
        const double e = excess_depth(d, site);
        // A dark core where the needle stopped, pigment spreading into a soft halo around it.
        look.radius_mm = r0 * (1.05 + 0.6 * e);
        look.blur_mm = 0.05 + 0.25 * e;
        color = lerp(color, kTyndallBlue, std::min(1.0, 0.35 + 0.5 * e));
        alpha = 0.92 - 0.12 * std::min(e, 1.0);
    }
    look.color = color_of(color, diluted_opacity(alpha, site.dilution));
    return look;
}

// The share of the full-strength haze a diluted pigment keeps (the haze is light scattered off the pigment).
double dilution_share(const SkinSite& site) { return diluted_opacity(0.92, site.dilution) / 0.92; }

// No two impressions are alike: the needle enters at a slightly different angle and pressure, the skin
// stretches differently. Size within the needle's own range (-7 %..+10 % of its diameter: 0.23-0.28 mm for a
// 0.25 mm 1RL, 0.33-0.39 mm for a 0.35 mm 3RL), a slightly oval, irregular outline, and +-7 % strength.
void vary_impression(DotLook& look, const SkinSite& site) {
    look.radius_mm *= 0.93 + 0.17 * draw(site, 1, kImpressionSalt);
    look.stretch = 1.0 + 0.22 * draw(site, 2, kImpressionSalt);
    look.axis_rad = std::numbers::pi * draw(site, 3, kImpressionSalt);
    look.wobble2 = 0.03 + 0.05 * draw(site, 4, kImpressionSalt);
    look.wobble3 = 0.02 + 0.04 * draw(site, 5, kImpressionSalt);
    look.phase2_rad = 2.0 * std::numbers::pi * draw(site, 6, kImpressionSalt);
    look.phase3_rad = 2.0 * std::numbers::pi * draw(site, 7, kImpressionSalt);
    const double strength = 0.93 + 0.14 * draw(site, 8, kImpressionSalt);
    look.color.a = byte(look.color.a * std::min(strength, 255.0 / std::max<double>(look.color.a, 1.0)));
    // A touch more or less of the skin showing through (tone).
    const double skin = 0.08 * (draw(site, 9, kImpressionSalt) - 0.5);
    look.color = color_of(lerp(rgb_of(look.color), rgb_of(site.tone), std::max(skin, 0.0)), look.color.a / 255.0);
}

// Scar tissue takes pigment unevenly: per-dot variation in strength and spread, from the site's seed.
void apply_scar(DotLook& look, const SkinSite& site) {
    if (site.scar <= 0.0) return;
    const double alpha = look.color.a / 255.0 * (1.0 - 0.55 * site.scar * draw(site, 1, kScarSalt));
    look.radius_mm *= 1.0 + 0.35 * site.scar * (draw(site, 2, kScarSalt) - 0.3);
    look.blur_mm += 0.04 * site.scar;
    look.color.a = byte(alpha * 255.0);
}

// Freshly worked skin reddens around each impression; more where the needle went deep, less visible on dark
// skin (melanin hides it). `left` 0..1 is how much of it remains.
void apply_redness(DotLook& look, double depth_mm, const SkinSite& site, double left) {
    if (left <= 0.0) return;
    const Rgb tone = rgb_of(site.tone);
    const double light = std::clamp(luminance(tone) / 170.0, 0.35, 1.0);
    const double trauma = std::clamp(depth_mm / std::max(site.depth_max_mm, 1e-3), 0.3, 1.6);
    look.redness_mm = 0.18 + 0.12 * std::min(trauma, 1.2) + 0.1 * draw(site, 10, kImpressionSalt);
    look.redness_color = color_of(lerp(tone, kInflamed, 0.55), 0.42 * light * trauma * left);
}

}  // namespace

double dot_outline_scale(const DotLook& look, double angle_rad) {
    // An ellipse of the same area (axes sqrt(stretch) and 1/sqrt(stretch)), then the wobble.
    const double s = std::max(look.stretch, 1.0);
    const double t = angle_rad - look.axis_rad;
    const double a = std::sqrt(s), b = 1.0 / a;
    const double ellipse = a * b / std::hypot(b * std::cos(t), a * std::sin(t));
    const double wobble = 1.0 + look.wobble2 * std::sin(2.0 * angle_rad + look.phase2_rad) +
                          look.wobble3 * std::sin(3.0 * angle_rad + look.phase3_rad);
    return ellipse * wobble;
}

double dot_reach_mm(const DotLook& look) {
    const double outline = std::sqrt(std::max(look.stretch, 1.0)) * (1.0 + std::abs(look.wobble2) + std::abs(look.wobble3));
    const double redness = look.redness_color.a > 0 ? look.radius_mm + look.redness_mm : 0.0;
    const double haze = look.haze_color.a > 0 ? look.haze_mm : 0.0;
    return std::max({look.radius_mm * outline + 0.5 * look.blur_mm, redness, haze});
}

SkinSite skin_site(const Lesson& lesson, const VirtualScalp& scalp, Point at_mm) {
    SkinSite site;
    site.tone = skin_color_at(scalp, at_mm);
    site.hair = scalp.hair_color;
    site.scar = scar_factor(scalp, at_mm);
    site.depth_min_mm = lesson.targets.depth_min_mm;
    site.depth_max_mm = lesson.targets.depth_max_mm;
    site.dilution = lesson.shade_dilution;
    site.variation_seed = splitmix64(static_cast<uint64_t>(std::llround(at_mm.x * 100.0)) * 0x9e37ull ^
                                     splitmix64(static_cast<uint64_t>(std::llround(at_mm.y * 100.0)) ^ scalp.seed));
    return site;
}

double diluted_opacity(double full_strength_opacity, double dilution) {
    const double a = std::clamp(full_strength_opacity, 0.0, 1.0);
    const double d = std::clamp(dilution, 0.0, 1.0);
    if (a >= 1.0) return d > 0.0 ? 1.0 : 0.0;
    return 1.0 - std::pow(1.0 - a, d);
}

namespace {
double linear_channel(double v8) {
    const double v = v8 / 255.0;
    return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}
double linear_luminance(Rgb c) {
    return 0.2126 * linear_channel(c.r) + 0.7152 * linear_channel(c.g) + 0.0722 * linear_channel(c.b);
}
}  // namespace

double dot_contrast(const DotLook& look, sf::Color skin) {
    const Rgb bare = rgb_of(skin);
    const Rgb seen = lerp(bare, rgb_of(look.color), look.color.a / 255.0);
    const double y_skin = linear_luminance(bare);
    return y_skin > 0.0 ? (y_skin - linear_luminance(seen)) / y_skin : 0.0;
}

double redness_left(double days) {
    const double t = std::max(days, 0.0);
    return t >= 7.0 ? 0.0 : std::exp(-t / 1.7) * (1.0 - smoothstep(5.0, 7.0, t));
}

DotLook fresh_dot_look(const Needle& needle, double depth_mm, const SkinSite& site) {
    DotLook look = depth_look(needle, depth_mm, site);
    vary_impression(look, site);
    apply_scar(look, site);
    apply_redness(look, depth_mm, site, 1.0);
    return look;
}

double pigment_retention(double depth_mm, const SkinSite& site, double days, bool sun_exposed) {
    const double t = std::max(days, 0.0);
    const double lo = site.depth_min_mm;
    // Healing: the first month sheds part of every dot's pigment with the crust.
    const double healing = 1.0 - 0.22 * (1.0 - std::exp(-t / 10.0));
    // Epidermal pigment is gone with the skin's turnover within 30-45 days (sooner the shallower).
    const double dermal = smoothstep(0.75 * lo, lo, depth_mm);
    const double s = std::clamp(depth_mm / lo, 0.0, 1.0);
    const double gone_by_days = 30.0 + 15.0 * s;
    const double epidermal = std::pow(std::max(0.0, 1.0 - t / gone_by_days), 0.8);
    // Dermal pigment fades over 3-5 years (to about a third after four years), faster in the sun;
    // deep (blown-out) pigment lingers longer.
    double tau_days = 1390.0 * (sun_exposed ? 0.62 : 1.0);
    tau_days *= 1.0 + 0.5 * excess_depth(depth_mm, site);
    const double longterm = std::exp(-t / tau_days);
    double retention = (dermal * longterm + (1.0 - dermal) * epidermal) * healing;
    if (site.scar > 0.0) {
        // Scar tissue holds pigment unevenly: some dots lose much more.
        retention *= 1.0 - 0.5 * site.scar * draw(site, 3, kScarSalt) * (1.0 - std::exp(-t / 20.0));
    }
    return std::clamp(retention, 0.0, 1.0);
}

DotLook healed_dot_look(const Needle& needle, double depth_mm, const SkinSite& site, double days,
                        bool sun_exposed) {
    DotLook look = depth_look(needle, depth_mm, site);
    vary_impression(look, site);
    const double t = std::max(days, 0.0);
    const double settle = 1.0 - std::exp(-t / 14.0);
    const double e = excess_depth(depth_mm, site);
    // Healed dots lose their crisp edge: the core draws in a little while a soft edge spreads around it, the
    // outline rounds off, and the black cools toward the grey-blue of a hair shaft seen under shaved skin,
    // so healed work reads as stubble rather than as printed dots. Blow-outs keep migrating, blue-green.
    look.radius_mm *= 1.0 - 0.06 * settle + 0.15 * e * settle;
    look.blur_mm += 0.09 * settle + 0.08 * e * settle;
    look.stretch = 1.0 + (look.stretch - 1.0) * (1.0 - 0.5 * settle);
    look.wobble2 *= 1.0 - 0.5 * settle;
    look.wobble3 *= 1.0 - 0.5 * settle;
    const Rgb stubble = lerp(rgb_of(site.hair), kFollicleShadow, 0.5);
    Rgb c = lerp(rgb_of(look.color), stubble, 0.45 * settle * (1.0 - std::min(e, 1.0)));
    if (e > 0.0) c = lerp(c, kHealedBlueGreen, std::min(1.0, 0.5 * e + 0.3) * settle);
    // Seen through the healed epidermis the core is fainter than the fresh ink on top of it.
    look.color = color_of(c, look.color.a / 255.0 * (1.0 - kHealedCoreFading * settle));
    // Faded carbon looks greyer and cooler.
    const double retention = pigment_retention(depth_mm, site, t, sun_exposed);
    const double grey = std::clamp(1.0 - retention, 0.0, 1.0) * 0.25;
    c = lerp(rgb_of(look.color), Rgb{92, 96, 104}, grey);
    look.color = color_of(c, look.color.a / 255.0 * retention);
    // Settled in the dermis, the pigment is seen through scattering skin: a soft stubble-toned haze around
    // the dot, wider the deeper it sits (none for epidermal pigment, which is shed).
    const double dermal = smoothstep(0.75 * site.depth_min_mm, site.depth_min_mm, depth_mm);
    look.haze_mm = look.radius_mm + kHazeReachMm + 0.1 * std::min(e, 1.0);
    look.haze_color = color_of(lerp(rgb_of(look.color), stubble, 0.5),
                               kHazeStrength * settle * dermal * retention * dilution_share(site));
    if (site.scar > 0.0) {
        look.radius_mm *= 1.0 + 0.35 * site.scar * (draw(site, 2, kScarSalt) - 0.3);
        look.blur_mm += 0.04 * site.scar;
    }
    apply_redness(look, depth_mm, site, redness_left(t) * (look.color.a > 0 ? 1.0 : 0.0));
    return look;
}

}  // namespace stipple
