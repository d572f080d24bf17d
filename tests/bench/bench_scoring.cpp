// Scoring speed: score_attempt on 10k, 100k and 1M dots of a natural scatter with a hairline, reported as
// time per dot (items_per_second and ns_per_dot, from CPU time: scoring is single-threaded, and CPU time
// stays meaningful on a busy CI machine). Expected close to linear; 100k dots well under a second.
#include <benchmark/benchmark.h>

#include <cmath>

#include "scoring/blue_noise.hpp"
#include "scoring/scoring.hpp"
#include "scoring/seeded_random.hpp"

using namespace stipple;

namespace {
// A square patch sized for about n dots at 1.2 mm, with a gently curved hairline across its front, filled by
// tiling one blue-noise tile (generating a million-dot blue noise directly is slower than scoring it).
struct Case {
    Lesson lesson;
    Attempt attempt;
};

Case make_case(size_t n) {
    const double spacing = 1.2;
    const double side = std::sqrt(static_cast<double>(n) * spacing * spacing / kBlueNoiseDensityTimesNn2);
    Case c;
    c.lesson.id = "bench";
    c.lesson.title = "Bench";
    c.lesson.zone = {{0, 0}, {side, 0}, {side, side}, {0, side}};
    c.lesson.hairline = Hairline{{{1, 9}, {side / 2, 6}, {side - 1, 9}}, 8.0};
    c.lesson.targets.spacing_mm = spacing;

    const double tile = std::min(side, 60.0);
    BlueNoiseSpec spec;
    spec.bounds = Bounds{{0, 0}, {tile, tile}};
    spec.inside = [tile](Point p) { return p.x >= 0 && p.y >= 0 && p.x < tile && p.y < tile; };
    const double r = spacing / kBlueNoiseMeanNnPerRadius;
    spec.radius_mm = [r](Point) { return r; };
    spec.min_radius_mm = r;
    const std::vector<Point> base = blue_noise(spec);
    SeededRandom rng(1);
    const int tiles = static_cast<int>(std::ceil(side / tile));
    for (int ty = 0; ty < tiles; ++ty)
        for (int tx = 0; tx < tiles; ++tx)
            for (const Point& p : base) {
                const Point q{p.x + tx * tile, p.y + ty * tile};
                if (q.x <= side && q.y <= side && q.y >= 7.0)
                    c.attempt.dots.push_back(Dot{q.x, q.y, 0.65 + 0.03 * rng.normal(), std::nullopt});
            }
    c.attempt.lesson = "bench";
    return c;
}

void BM_ScoreAttempt(benchmark::State& state) {
    const Case c = make_case(static_cast<size_t>(state.range(0)));
    double total = 0;
    for (auto _ : state) {
        const ScoreReport r = score_attempt(c.lesson, c.attempt);
        total = r.total;
        benchmark::DoNotOptimize(total);
    }
    state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(c.attempt.dots.size()));
    state.counters["dots"] = static_cast<double>(c.attempt.dots.size());
    state.counters["ns_per_dot"] = benchmark::Counter(static_cast<double>(c.attempt.dots.size()),
                                                      benchmark::Counter::kIsIterationInvariantRate |
                                                          benchmark::Counter::kInvert);
}
}  // namespace

BENCHMARK(BM_ScoreAttempt)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
