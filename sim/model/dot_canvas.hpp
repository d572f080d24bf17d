// The persistent pigment layer: dots are drawn once into render textures (tiles) covering the lesson zone
// plus a margin at a fixed resolution, so drawing a frame costs the same for 100 or 500,000 dots.
// Needs an OpenGL context (an X display; Xvfb in tests).
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <vector>

#include <SFML/Graphics/Image.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/RenderTexture.hpp>

#include "pigment_model.hpp"
#include "scoring/attempt.hpp"
#include "scoring/geometry.hpp"
#include "view_transform.hpp"

namespace stipple {

class DotCanvas {
public:
    static constexpr unsigned kMaxTilePx = 2048;
    static constexpr double kMaxTotalPixels = 48e6;  // memory cap: the resolution drops for huge zones

    // Covers `bounds_mm` grown by `margin_mm` on every side at up to `px_per_mm` (lower when the
    // pixel budget or 1 px/mm would be exceeded), split into tiles no larger than the GPU allows.
    explicit DotCanvas(Bounds bounds_mm, double margin_mm = 5.0, double px_per_mm = kMaxPxPerMm);
    ~DotCanvas();
    DotCanvas(const DotCanvas&) = delete;
    DotCanvas& operator=(const DotCanvas&) = delete;

    // Draws one dot, once. Dots outside the covered area are counted but not drawn.
    void add(const Dot& dot, const DotLook& look);
    // Clears and redraws every dot (undo in practice mode, the healed-time preview).
    void rebuild(const std::vector<Dot>& dots, const std::function<DotLook(const Dot&)>& look);
    void clear();

    // Draws the layer over whatever is on `target` (premultiplied alpha), placed by `view`. When the view
    // is zoomed out below the layer's resolution, changed tiles get fresh mipmaps first.
    void draw(sf::RenderTarget& target, const ViewTransform& view) const;

    Bounds bounds_mm() const { return bounds_mm_; }
    double px_per_mm() const { return px_per_mm_; }
    std::size_t dot_count() const { return dot_count_; }
    std::size_t tile_count() const { return tiles_.size(); }
    // The whole layer as one image (premultiplied colours; row 0 = max y), for tests and exports.
    sf::Image to_image() const;

private:
    struct Tile {
        std::unique_ptr<sf::RenderTexture> texture;
        Bounds bounds_mm;
        unsigned x0_px = 0, y0_px = 0, w_px = 0, h_px = 0;  // place in the whole layer (row 0 = top)
        // Mipmaps keep small dots from flickering away when the view shows the layer smaller than its
        // resolution; rebuilt lazily at the next such draw after the tile changed (a cache, not state).
        mutable bool mipmaps_stale = true;
    };

    Bounds bounds_mm_;
    double px_per_mm_ = 1.0;
    unsigned width_px_ = 0, height_px_ = 0;
    std::vector<Tile> tiles_;
    std::size_t dot_count_ = 0;
};

// The resolution a canvas of width_mm x height_mm gets when asked for wanted_px_per_mm: clamped to
// kMinPxPerMm..kMaxPxPerMm, and lower for huge zones so the whole canvas stays within kMaxTotalPixels.
double dot_canvas_px_per_mm(double width_mm, double height_mm, double wanted_px_per_mm);

}  // namespace stipple
