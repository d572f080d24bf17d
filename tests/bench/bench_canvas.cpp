// Canvas costs (needs DISPLAY): a frame (drawing the dot canvas into a window-sized render texture) with
// 1k, 100k and 500k dots on it, which should stay flat in n, and the cost of placing one dot.
#include <benchmark/benchmark.h>

#include <vector>

#include <SFML/Graphics/RenderTexture.hpp>
#include <SFML/OpenGL.hpp>

#include "sim/model/dot_canvas.hpp"
#include "sim/model/noise.hpp"

using namespace stipple;

namespace {

// The classic hairline lesson's zone.
const Bounds kZone{{-32, 72}, {32, 102}};

DotLook look_for(const Dot&) {
    DotLook l;
    l.radius_mm = 0.13;
    l.blur_mm = 0.02;
    l.color = sf::Color(40, 38, 40, 235);
    return l;
}

std::vector<Dot> scattered(int n) {
    std::vector<Dot> dots;
    dots.reserve(n);
    for (int i = 0; i < n; ++i) {
        dots.push_back({kZone.min.x + kZone.width() * hash01(i, 1, 9), kZone.min.y + kZone.height() * hash01(i, 2, 9),
                        0.6, std::nullopt});
    }
    return dots;
}

void BM_FrameWithDots(benchmark::State& state) {
    DotCanvas canvas(kZone, 5.0, 40.0);
    canvas.rebuild(scattered(static_cast<int>(state.range(0))), look_for);
    sf::RenderTexture frame;
    if (!frame.create(1280, 800)) {
        state.SkipWithError("cannot create a render texture (is DISPLAY set?)");
        return;
    }
    ViewTransform view;
    view.viewport_w_px = 1280.0f;
    view.viewport_h_px = 800.0f;
    fit_bounds(view, kZone, 20.0f);
    // Untimed warm-up frame: the software GL runs the rebuild's queued work and builds mipmaps here.
    frame.setActive(true);
    canvas.draw(frame, view);
    frame.display();
    glFinish();
    for (auto _ : state) {
        frame.setActive(true);
        frame.clear(sf::Color(198, 156, 128));
        canvas.draw(frame, view);
        frame.display();
        glFinish();  // count the GPU's work, not just the queued commands
    }
    state.counters["tiles"] = static_cast<double>(canvas.tile_count());
    state.counters["px_per_mm"] = canvas.px_per_mm();
}
BENCHMARK(BM_FrameWithDots)->Arg(1000)->Arg(100000)->Arg(500000)->Unit(benchmark::kMillisecond);

void BM_PlaceDot(benchmark::State& state) {
    DotCanvas canvas(kZone, 5.0, 40.0);
    canvas.rebuild(scattered(static_cast<int>(state.range(0))), look_for);
    const std::vector<Dot> more = scattered(4096);
    glFinish();  // the rebuild's queued drawing is not part of placing a dot
    size_t i = 0;
    for (auto _ : state) {
        canvas.add(more[i++ % more.size()], look_for(Dot{}));
        glFinish();
    }
}
BENCHMARK(BM_PlaceDot)->Arg(1000)->Arg(500000)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
