// `stipple demo` and `stipple score` end to end on files in a temp dir: exit codes 0 and 2, the report's
// format with its critical errors, byte-identical output, and clear one-line errors naming the file and the field.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "tests/test_support.hpp"

using namespace stipple;

namespace {
std::string quoted(const std::filesystem::path& p) { return "\"" + p.string() + "\""; }
}  // namespace

TEST_CASE("demo then score: the model attempt passes and the report is byte-identical", "[cli][demo]") {
    const test::ScratchDir dir;
    const auto lesson = test::lessons_dir() / "hairline-classic.json";
    const auto attempt = dir / "demo.json";
    const test::RunResult demo = test::run_stipple("demo --lesson " + quoted(lesson) + " --out " + quoted(attempt));
    INFO(demo.err);
    REQUIRE(demo.exit_code == 0);
    CHECK(demo.out.find("wrote ") != std::string::npos);
    const nlohmann::json written = nlohmann::json::parse(test::read_text(attempt));
    CHECK(written["format"] == "stipple-attempt/1");
    CHECK(written["input"] == "generated");
    CHECK(written["dots"].size() > 100);

    const test::RunResult score = test::run_stipple("score --lesson " + quoted(lesson) + " " + quoted(attempt));
    INFO(score.err);
    REQUIRE(score.exit_code == 0);
    const nlohmann::json report = nlohmann::json::parse(score.out);
    CHECK(report["format"] == "stipple-score/1");
    CHECK(report["lesson"] == "hairline-classic");
    CHECK(report["passed"] == true);
    CHECK(report["components"]["spacing"]["score"].get<double>() >= 85.0);
    CHECK(report["components"]["depth"]["score"].get<double>() >= 85.0);
    CHECK(report["components"]["hairline"]["score"].get<double>() >= 85.0);
    CHECK(report["components"]["spacing"].contains("mean_nn_mm"));
    CHECK(report["critical_errors"] == nlohmann::json::array());
    CHECK(test::run_stipple("score --lesson " + quoted(lesson) + " " + quoted(attempt)).out == score.out);
}

TEST_CASE("score reports faults with places and fails a bad attempt", "[cli]") {
    const test::ScratchDir dir;
    const auto lesson = test::lessons_dir() / "hairline-classic.json";
    nlohmann::json a = {{"format", "stipple-attempt/1"}, {"lesson", "hairline-classic"}, {"input", "mouse"}};
    a["dots"] = nlohmann::json::array();
    for (int i = 0; i < 40; ++i) a["dots"].push_back({{"x", -20.0 + i}, {"y", 75.0}, {"depth_mm", 1.6}});
    test::write_text(dir / "bad.json", a.dump());
    const test::RunResult r = test::run_stipple("score --lesson " + quoted(lesson) + " " + quoted(dir / "bad.json"));
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const nlohmann::json report = nlohmann::json::parse(r.out);
    CHECK(report["passed"] == false);
    // 40 blown-out dots of the ~520 the lesson needs: both critical errors, in words, with the exit code still 0.
    REQUIRE(report["critical_errors"].is_array());
    std::vector<std::string> codes;
    for (const auto& e : report["critical_errors"]) {
        codes.push_back(e["code"].get<std::string>());
        CHECK_FALSE(e["message"].get<std::string>().empty());
    }
    REQUIRE(codes.size() >= 2);  // they also stand on the forehead: the hairline metric may add its own
    CHECK(codes[0] == "unfinished");
    CHECK(codes[1] == "blowout");
    REQUIRE(report["feedback"].is_array());
    REQUIRE_FALSE(report["feedback"].empty());
    bool located = false;
    for (const auto& f : report["feedback"]) located = located || (f.contains("at") && f["at"].size() == 2);
    CHECK(located);
}

TEST_CASE("invalid input exits 2 with the file and the field named", "[cli]") {
    const test::ScratchDir dir;
    const auto lesson = test::lessons_dir() / "hairline-classic.json";
    test::write_text(dir / "neg.json",
                     R"({"format":"stipple-attempt/1","lesson":"hairline-classic","input":"mouse",)"
                     R"("dots":[{"x":0,"y":85,"depth_mm":0.5},{"x":1,"y":85,"depth_mm":-1}]})");
    const test::RunResult neg = test::run_stipple("score --lesson " + quoted(lesson) + " " + quoted(dir / "neg.json"));
    CHECK(neg.exit_code == 2);
    CHECK(neg.err.find("neg.json") != std::string::npos);
    CHECK(neg.err.find("/dots/1/depth_mm") != std::string::npos);

    test::write_text(dir / "other.json", R"({"format":"stipple-attempt/1","lesson":"crown-fill","input":"mouse","dots":[]})");
    const test::RunResult other = test::run_stipple("score --lesson " + quoted(lesson) + " " + quoted(dir / "other.json"));
    CHECK(other.exit_code == 2);
    CHECK(other.err.find("/lesson") != std::string::npos);

    const test::RunResult missing = test::run_stipple("demo --lesson " + quoted(dir / "nope.json") + " --out " + quoted(dir / "x.json"));
    CHECK(missing.exit_code == 2);
    CHECK(missing.err.find("nope.json") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir / "x.json"));
}

TEST_CASE("an empty attempt scores 0 without failing the command", "[cli]") {
    const test::ScratchDir dir;
    const auto lesson = test::lessons_dir() / "crown-fill.json";
    test::write_text(dir / "empty.json", R"({"format":"stipple-attempt/1","lesson":"crown-fill","input":"pen","dots":[]})");
    const test::RunResult r = test::run_stipple("score --lesson " + quoted(lesson) + " " + quoted(dir / "empty.json"));
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const nlohmann::json report = nlohmann::json::parse(r.out);
    CHECK(report["total"] == 0.0);
    CHECK(report["passed"] == false);
    CHECK(report["components"]["hairline"].is_null());
    CHECK(report["feedback"].size() == 1);
}

TEST_CASE("demo then score on a design lesson: a drawn line, no dots, the design component; a bad line is named", "[cli][demo][design]") {
    const test::ScratchDir dir;
    const auto lesson = test::lessons_dir() / "hairline-design-young.json";
    const auto attempt = dir / "design.json";
    const test::RunResult demo = test::run_stipple("demo --lesson " + quoted(lesson) + " --out " + quoted(attempt));
    INFO(demo.err);
    REQUIRE(demo.exit_code == 0);
    CHECK(demo.out.find("wrote a design line of 13 points to ") == 0);
    nlohmann::json written = nlohmann::json::parse(test::read_text(attempt));
    CHECK(written["dots"].empty());
    CHECK(written["design_line"].size() == 13);

    const test::RunResult score = test::run_stipple("score --lesson " + quoted(lesson) + " " + quoted(attempt));
    INFO(score.err);
    REQUIRE(score.exit_code == 0);
    const nlohmann::json report = nlohmann::json::parse(score.out);
    CHECK(report["passed"] == true);
    CHECK(report["total"].get<double>() >= 90.0);
    CHECK(report["components"]["design"]["score"] == report["total"]);
    CHECK(report["components"]["design"]["mid_frontal_mm"].get<double>() == Approx(78.0));
    CHECK(report["components"]["hairline"].is_null());

    written["design_line"][3][0] = -100;  // runs back to the left
    test::write_text(attempt, written.dump());
    const test::RunResult bad = test::run_stipple("score --lesson " + quoted(lesson) + " " + quoted(attempt));
    CHECK(bad.exit_code == 2);
    CHECK(bad.err.find("/design_line/3: expected the design line to run left to right") != std::string::npos);
}
