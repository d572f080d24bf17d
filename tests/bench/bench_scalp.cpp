// What "Preparing the scalp" costs, lesson by lesson (headless: sf::Image only): generating the virtual
// scalp, baking its two pictures (coarse map, detailed zone) on one thread and on every core, and reading
// both back from the scalp cache (sim/flow/scalp_cache, in a scratch folder). Prints a table first; the
// Google Benchmark cases time the same steps on one lesson.
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "scoring/lesson_io.hpp"
#include "sim/flow/scalp_cache.hpp"
#include "sim/model/scalp_bake.hpp"
#include "sim/model/virtual_scalp.hpp"

using namespace stipple;

namespace {

const std::string kLessons = std::string(STIPPLE_SOURCE_DIR) + "/lessons/";

double seconds_since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

void print_table() {
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    const std::filesystem::path cache = std::filesystem::temp_directory_path() / "stipple-bench-scalp-cache";
    std::filesystem::remove_all(cache);
    std::printf("scalp preparation (s): generate | base 1 thread | detail 1 thread | base+detail %u threads | "
                "both from the cache\n", cores);
    for (const char* id : {"first-dots-depth", "hairline-classic", "ludwig-thinning", "crown-fill", "strip-scar",
                           "shaved-front-norwood-7"}) {
        const Lesson lesson = load_lesson(kLessons + id + ".json");
        auto t0 = std::chrono::steady_clock::now();
        const VirtualScalp scalp = generate_scalp(lesson);
        const double gen = seconds_since(t0);
        const ScalpBakePlan plan = scalp_bake_plan(lesson, scalp);
        t0 = std::chrono::steady_clock::now();
        const sf::Image base = bake_scalp_picture(lesson, scalp, plan.base, 1);
        const double base_s = seconds_since(t0);
        t0 = std::chrono::steady_clock::now();
        const sf::Image detail = bake_scalp_picture(lesson, scalp, plan.detail, 1);
        const double detail_s = seconds_since(t0);
        t0 = std::chrono::steady_clock::now();
        cached_scalp_picture(lesson, scalp, plan.base, cache, cores);  // baked and stored
        cached_scalp_picture(lesson, scalp, plan.detail, cache, cores);
        const double both_mt = seconds_since(t0);
        t0 = std::chrono::steady_clock::now();
        cached_scalp_picture(lesson, scalp, plan.base, cache, cores);  // read back
        cached_scalp_picture(lesson, scalp, plan.detail, cache, cores);
        const double cached = seconds_since(t0);
        std::printf("  %-22s %6.3f | %6.3f (%ux%u) | %6.3f (%ux%u @ %.1f px/mm) | %6.3f | %6.3f\n", id, gen, base_s,
                    base.getSize().x, base.getSize().y, detail_s, detail.getSize().x, detail.getSize().y,
                    plan.detail.px_per_mm, both_mt, cached);
    }
    std::fflush(stdout);
}

void BM_GenerateScalp(benchmark::State& state) {
    const Lesson lesson = load_lesson(kLessons + "hairline-classic.json");
    for (auto _ : state) benchmark::DoNotOptimize(generate_scalp(lesson));
}
BENCHMARK(BM_GenerateScalp)->Unit(benchmark::kMillisecond);

void BM_BakeDetail(benchmark::State& state) {
    const Lesson lesson = load_lesson(kLessons + "hairline-classic.json");
    const VirtualScalp scalp = generate_scalp(lesson);
    const ScalpBakePlan plan = scalp_bake_plan(lesson, scalp);
    for (auto _ : state)
        benchmark::DoNotOptimize(bake_scalp_picture(lesson, scalp, plan.detail, unsigned(state.range(0))));
}
BENCHMARK(BM_BakeDetail)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
    print_table();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    return 0;
}
