// The persistent pigment layer: dots drawn once into tiled render textures, composited with premultiplied
// alpha, so a frame's cost depends on the number of tiles, never on the number of dots.
#include "dot_canvas.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <stdexcept>
#include <string>

#include <SFML/Graphics/Sprite.hpp>
#include <SFML/Graphics/Texture.hpp>
#include <SFML/Graphics/VertexArray.hpp>


namespace stipple {

namespace {

// Drawing into the layer: colour over (src*a + dst*(1-a)) and alpha over (a + dst_a*(1-a)); the layer ends
// up holding premultiplied colour, which the frame composites with One / OneMinusSrcAlpha.
const sf::BlendMode kIntoLayer(sf::BlendMode::SrcAlpha, sf::BlendMode::OneMinusSrcAlpha, sf::BlendMode::Add,
                               sf::BlendMode::One, sf::BlendMode::OneMinusSrcAlpha, sf::BlendMode::Add);
const sf::BlendMode kPremultiplied(sf::BlendMode::One, sf::BlendMode::OneMinusSrcAlpha, sf::BlendMode::Add);

constexpr int kSegments = 28;

// One dot as triangles, as its DotLook says (pigment_model decides the look; this only draws it): the
// healed haze and the redness of fresh skin as soft discs fading outward, then the impression's outline (dot_outline_scale) as
// an opaque core fan and a ring fading to transparent.
void append_dot(sf::VertexArray& va, sf::Vector2f c, double px_per_mm, const DotLook& look) {
    const double radius_px = look.radius_mm * px_per_mm;
    // At least a pixel of soft edge so dots stay anti-aliased at any resolution.
    const double blur_px = std::max(look.blur_mm * px_per_mm, 1.0);
    // Screen y points down while the map's y points up: the angle is mirrored.
    auto at = [&](int i, double r, bool outline) {
        const double t = 2.0 * std::numbers::pi * i / kSegments;
        const double k = outline ? dot_outline_scale(look, -t) : 1.0;
        return sf::Vector2f(c.x + static_cast<float>(std::cos(t) * r * k), c.y + static_cast<float>(std::sin(t) * r * k));
    };
    auto fan = [&](double inner, double outer, sf::Color color, bool outline) {
        sf::Color clear = color;
        clear.a = 0;
        for (int i = 0; i < kSegments; ++i) {
            const sf::Vector2f i0 = at(i, inner, outline), i1 = at(i + 1, inner, outline);
            const sf::Vector2f o0 = at(i, outer, outline), o1 = at(i + 1, outer, outline);
            if (inner > 0.0) {
                va.append({c, color});
                va.append({i0, color});
                va.append({i1, color});
            }
            va.append({i0, color});
            va.append({o0, clear});
            va.append({o1, clear});
            va.append({i0, color});
            va.append({o1, clear});
            va.append({i1, color});
        }
    };
    if (look.haze_color.a > 0 && look.haze_mm > 0.0) fan(0.0, look.haze_mm * px_per_mm, look.haze_color, false);
    if (look.redness_color.a > 0 && look.redness_mm > 0.0) {
        fan(0.0, radius_px + look.redness_mm * px_per_mm, look.redness_color, false);
    }
    fan(std::max(0.0, radius_px - 0.5 * blur_px), radius_px + 0.5 * blur_px, look.color, true);
}

}  // namespace

double dot_canvas_px_per_mm(double width_mm, double height_mm, double wanted_px_per_mm) {
    const double ppm = std::clamp(wanted_px_per_mm, kMinPxPerMm, kMaxPxPerMm);
    const double area_mm2 = std::max(width_mm, 1.0) * std::max(height_mm, 1.0);
    return std::max(kMinPxPerMm, std::min(ppm, std::sqrt(DotCanvas::kMaxTotalPixels / area_mm2)));
}

DotCanvas::DotCanvas(Bounds bounds_mm, double margin_mm, double px_per_mm) {
    const double margin = std::max(margin_mm, 0.0);
    Bounds b{{bounds_mm.min.x - margin, bounds_mm.min.y - margin}, {bounds_mm.max.x + margin, bounds_mm.max.y + margin}};
    const double w_mm = std::max(b.width(), 1.0), h_mm = std::max(b.height(), 1.0);
    const double ppm = dot_canvas_px_per_mm(w_mm, h_mm, px_per_mm);
    px_per_mm_ = ppm;
    width_px_ = static_cast<unsigned>(std::ceil(w_mm * ppm));
    height_px_ = static_cast<unsigned>(std::ceil(h_mm * ppm));
    // The covered area, snapped to whole pixels (top-left anchored at min.x, max.y).
    bounds_mm_ = {{b.min.x, b.max.y - height_px_ / ppm}, {b.min.x + width_px_ / ppm, b.max.y}};
    const unsigned tile = std::min(kMaxTilePx, sf::Texture::getMaximumSize());
    for (unsigned y0 = 0; y0 < height_px_; y0 += tile) {
        for (unsigned x0 = 0; x0 < width_px_; x0 += tile) {
            Tile t;
            t.x0_px = x0;
            t.y0_px = y0;
            t.w_px = std::min(tile, width_px_ - x0);
            t.h_px = std::min(tile, height_px_ - y0);
            t.bounds_mm = {{bounds_mm_.min.x + x0 / ppm, bounds_mm_.max.y - (y0 + t.h_px) / ppm},
                           {bounds_mm_.min.x + (x0 + t.w_px) / ppm, bounds_mm_.max.y - y0 / ppm}};
            t.texture = std::make_unique<sf::RenderTexture>();
            if (!t.texture->create(t.w_px, t.h_px)) {
                throw std::runtime_error("DotCanvas: cannot create a " + std::to_string(t.w_px) + "x" +
                                         std::to_string(t.h_px) + " render texture");
            }
            t.texture->setSmooth(true);
            t.texture->clear(sf::Color::Transparent);
            t.texture->display();
            tiles_.push_back(std::move(t));
        }
    }
}

DotCanvas::~DotCanvas() = default;

void DotCanvas::add(const Dot& dot, const DotLook& look) {
    ++dot_count_;
    const double reach_mm = dot_reach_mm(look);
    sf::VertexArray va(sf::Triangles);
    for (Tile& t : tiles_) {
        if (dot.x + reach_mm < t.bounds_mm.min.x || dot.x - reach_mm > t.bounds_mm.max.x ||
            dot.y + reach_mm < t.bounds_mm.min.y || dot.y - reach_mm > t.bounds_mm.max.y) {
            continue;
        }
        va.clear();
        const sf::Vector2f c(static_cast<float>((dot.x - t.bounds_mm.min.x) * px_per_mm_),
                             static_cast<float>((t.bounds_mm.max.y - dot.y) * px_per_mm_));
        append_dot(va, c, px_per_mm_, look);
        t.texture->draw(va, sf::RenderStates(kIntoLayer));
        t.texture->display();
        t.mipmaps_stale = true;
    }
}

void DotCanvas::clear() {
    for (Tile& t : tiles_) {
        t.texture->clear(sf::Color::Transparent);
        t.texture->display();
        t.mipmaps_stale = true;
    }
    dot_count_ = 0;
}

void DotCanvas::rebuild(const std::vector<Dot>& dots, const std::function<DotLook(const Dot&)>& look) {
    clear();
    // Batch every dot of a tile into one vertex array per tile (fast for 100k+ dots).
    std::vector<sf::VertexArray> batches(tiles_.size(), sf::VertexArray(sf::Triangles));
    for (const Dot& dot : dots) {
        ++dot_count_;
        const DotLook l = look(dot);
        const double reach_mm = dot_reach_mm(l);
        for (size_t i = 0; i < tiles_.size(); ++i) {
            const Tile& t = tiles_[i];
            if (dot.x + reach_mm < t.bounds_mm.min.x || dot.x - reach_mm > t.bounds_mm.max.x ||
                dot.y + reach_mm < t.bounds_mm.min.y || dot.y - reach_mm > t.bounds_mm.max.y) {
                continue;
            }
            const sf::Vector2f c(static_cast<float>((dot.x - t.bounds_mm.min.x) * px_per_mm_),
                                 static_cast<float>((t.bounds_mm.max.y - dot.y) * px_per_mm_));
            append_dot(batches[i], c, px_per_mm_, l);
            if (batches[i].getVertexCount() > 900000) {  // keep each draw call's buffer bounded
                tiles_[i].texture->draw(batches[i], sf::RenderStates(kIntoLayer));
                batches[i].clear();
            }
        }
    }
    for (size_t i = 0; i < tiles_.size(); ++i) {
        if (batches[i].getVertexCount() > 0) tiles_[i].texture->draw(batches[i], sf::RenderStates(kIntoLayer));
        tiles_[i].texture->display();
        tiles_[i].mipmaps_stale = true;
    }
}

void DotCanvas::draw(sf::RenderTarget& target, const ViewTransform& view) const {
    const sf::Transform to_screen_tf = scalp_to_screen_transform(view);
    const Point a = to_scalp(view, {0.0f, 0.0f});
    const Point b = to_scalp(view, {view.viewport_w_px, view.viewport_h_px});
    const Bounds visible{{std::min(a.x, b.x), std::min(a.y, b.y)}, {std::max(a.x, b.x), std::max(a.y, b.y)}};
    for (const Tile& t : tiles_) {
        if (t.bounds_mm.max.x < visible.min.x || t.bounds_mm.min.x > visible.max.x ||
            t.bounds_mm.max.y < visible.min.y || t.bounds_mm.min.y > visible.max.y) {
            continue;
        }
        if (view.px_per_mm < px_per_mm_ * 0.9 && t.mipmaps_stale) {
            t.mipmaps_stale = !t.texture->generateMipmap();
        }
        sf::Sprite sprite(t.texture->getTexture());
        sf::RenderStates states(kPremultiplied);
        states.transform = to_screen_tf * image_to_scalp_transform(t.bounds_mm, px_per_mm_);
        target.draw(sprite, states);
    }
}

sf::Image DotCanvas::to_image() const {
    sf::Image out;
    out.create(width_px_, height_px_, sf::Color::Transparent);
    for (const Tile& t : tiles_) {
        const sf::Image part = t.texture->getTexture().copyToImage();
        out.copy(part, t.x0_px, t.y0_px);
    }
    return out;
}

}  // namespace stipple
