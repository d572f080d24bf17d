// The look of a pigment dot, fresh and healed, from needle, depth and skin (see pigment_model.hpp).
#include "pigment_model.hpp"

#include <algorithm>
#include <cmath>

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

// Carbon pigment seen through the epidermis: near-black with a touch of the skin, a cool cast when deep.
constexpr Rgb kInk{30, 29, 32};
constexpr Rgb kTyndallBlue{72, 88, 112};     // fresh blow-out: blue-grey
constexpr Rgb kHealedBlueGreen{70, 98, 100};  // healed blow-out: blue-green

// How far beyond the window a depth is, 0 inside, ~1 at half a millimetre too deep, capped at 2.
double excess_depth(double depth_mm, const SkinSite& site) {
    return std::clamp((depth_mm - site.depth_max_mm) / 0.5, 0.0, 2.0);
}

// The fresh look before scar unevenness, shared by the healed look.
DotLook base_look(const Needle& needle, double depth_mm, const SkinSite& site) {
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
    look.color = color_of(color, alpha);
    return look;
}

// Scar tissue takes pigment unevenly: per-dot variation in strength and spread, from the site's seed.
void apply_scar(DotLook& look, const SkinSite& site) {
    if (site.scar <= 0.0) return;
    const double n1 = hash01(static_cast<int64_t>(site.variation_seed), 1, 0x5ca7ull);
    const double n2 = hash01(static_cast<int64_t>(site.variation_seed), 2, 0x5ca7ull);
    const double alpha = look.color.a / 255.0 * (1.0 - 0.55 * site.scar * n1);
    look.radius_mm *= 1.0 + 0.35 * site.scar * (n2 - 0.3);
    look.blur_mm += 0.04 * site.scar;
    look.color.a = byte(alpha * 255.0);
}

}  // namespace

SkinSite skin_site(const Lesson& lesson, const VirtualScalp& scalp, Point at_mm) {
    SkinSite site;
    site.tone = skin_color_at(scalp, at_mm);
    site.scar = scar_factor(scalp, at_mm);
    site.depth_min_mm = lesson.targets.depth_min_mm;
    site.depth_max_mm = lesson.targets.depth_max_mm;
    site.variation_seed = splitmix64(static_cast<uint64_t>(std::llround(at_mm.x * 100.0)) * 0x9e37ull ^
                                     splitmix64(static_cast<uint64_t>(std::llround(at_mm.y * 100.0)) ^ scalp.seed));
    return site;
}

DotLook fresh_dot_look(const Needle& needle, double depth_mm, const SkinSite& site) {
    DotLook look = base_look(needle, depth_mm, site);
    apply_scar(look, site);
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
        const double n = hash01(static_cast<int64_t>(site.variation_seed), 3, 0x5ca7ull);
        retention *= 1.0 - 0.5 * site.scar * n * (1.0 - std::exp(-t / 20.0));
    }
    return std::clamp(retention, 0.0, 1.0);
}

DotLook healed_dot_look(const Needle& needle, double depth_mm, const SkinSite& site, double days,
                        bool sun_exposed) {
    DotLook look = base_look(needle, depth_mm, site);
    const double t = std::max(days, 0.0);
    const double settle = 1.0 - std::exp(-t / 14.0);
    const double e = excess_depth(depth_mm, site);
    // Healed dots soften and spread a little; blow-outs keep migrating and turn blue-green.
    look.radius_mm *= 1.0 + 0.08 * settle + 0.15 * e * settle;
    look.blur_mm += 0.02 * settle + 0.08 * e * settle;
    if (e > 0.0) {
        Rgb c = lerp(rgb_of(look.color), kHealedBlueGreen, std::min(1.0, 0.5 * e + 0.3) * settle);
        look.color = color_of(c, look.color.a / 255.0);
    }
    // Faded carbon looks greyer and cooler.
    const double retention = pigment_retention(depth_mm, site, t, sun_exposed);
    const double grey = std::clamp(1.0 - retention, 0.0, 1.0) * 0.25;
    Rgb c = lerp(rgb_of(look.color), Rgb{92, 96, 104}, grey);
    look.color = color_of(c, look.color.a / 255.0 * retention);
    if (site.scar > 0.0) {
        const double n2 = hash01(static_cast<int64_t>(site.variation_seed), 2, 0x5ca7ull);
        look.radius_mm *= 1.0 + 0.35 * site.scar * (n2 - 0.3);
        look.blur_mm += 0.04 * site.scar;
    }
    return look;
}

}  // namespace stipple
