// The content hash of an attempt's dots: layout, order and times never matter; 0.01 mm, depth or lesson do.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "academy/canonical_dots.hpp"
#include "scoring/attempt_io.hpp"
#include "scoring/json_reader.hpp"

using namespace stipple;

namespace {

const char* kCompact =
    R"({"format":"stipple-attempt/1","lesson":"hairline-classic","trainee":"ana","started":"2026-11-24T10:00:00Z",)"
    R"("input":"mouse","dots":[{"x":1.5,"y":-2.25,"depth_mm":0.8,"t":1.0},{"x":0.5,"y":3,"depth_mm":0.9,"t":2.5},)"
    R"({"x":0.5,"y":-1,"depth_mm":0.9,"t":3.0}]})";

std::string hash_of_text(const std::string& text) {
    const Attempt a = attempt_from_json(parse_json_text(text, "a.json"), "a.json");
    return content_hash(a.lesson, a.dots);
}

}  // namespace

TEST_CASE("compact, indented, newline-ended, reordered and time-stripped copies have one content hash") {
    const nlohmann::json doc = nlohmann::json::parse(kCompact);
    const std::string h = hash_of_text(kCompact);
    CHECK(h.size() == 64);
    CHECK(hash_of_text(doc.dump(2)) == h);
    CHECK(hash_of_text(doc.dump(4) + "\n") == h);
    CHECK(hash_of_text(std::string(kCompact) + "\n\n") == h);

    nlohmann::json reordered = doc;
    std::reverse(reordered["dots"].begin(), reordered["dots"].end());
    CHECK(hash_of_text(reordered.dump()) == h);

    nlohmann::json untimed = doc;
    for (auto& d : untimed["dots"]) d.erase("t");
    untimed.erase("started");
    CHECK(hash_of_text(untimed.dump()) == h);

    nlohmann::json retimed = doc;
    for (auto& d : retimed["dots"]) d["t"] = d["t"].get<double>() * 3;
    CHECK(hash_of_text(retimed.dump()) == h);

    nlohmann::json noise = doc;  // below the 0.001 mm the hash resolves
    noise["dots"][0]["x"] = 1.5000004;
    noise["dots"][1]["depth_mm"] = 0.8999996;
    CHECK(hash_of_text(noise.dump()) == h);
}

TEST_CASE("a dot moved 0.01 mm, a new depth, another lesson or one dot more is new work") {
    const nlohmann::json doc = nlohmann::json::parse(kCompact);
    const std::string h = hash_of_text(kCompact);
    nlohmann::json moved = doc;
    moved["dots"][2]["y"] = -1.01;
    CHECK(hash_of_text(moved.dump()) != h);
    nlohmann::json deeper = doc;
    deeper["dots"][0]["depth_mm"] = 0.81;
    CHECK(hash_of_text(deeper.dump()) != h);
    nlohmann::json other = doc;
    other["lesson"] = "crown-density";
    CHECK(hash_of_text(other.dump()) != h);
    nlohmann::json more = doc;
    more["dots"].push_back(doc["dots"][0]);
    CHECK(hash_of_text(more.dump()) != h);
}

TEST_CASE("the canonical text is sorted thousandths of a millimetre, with no negative zero") {
    std::vector<Dot> dots = {{2.0, 1.0, 0.5, 9.0}, {-0.0004, 1.0, 0.5, {}}, {-1.2346, -0.0001, 1.0, 1.0}};
    CHECK(canonical_dots_text("p", dots) ==
          "stipple-dots/1\np\n"
          "-1.235 0.000 1.000\n"
          "0.000 1.000 0.500\n"
          "2.000 1.000 0.500\n");
    CHECK(canonical_dots_text("p", {}) == "stipple-dots/1\np\n");
    CHECK(content_hash("p", {}) == "89d6a48a878abc67b83a01d19ce970299ea20c46ab373a4fe4db8c5cd017741f");
}

namespace {

Attempt compact_attempt() { return attempt_from_json(parse_json_text(kCompact, "a.json"), "a.json"); }

}  // namespace

TEST_CASE("an attempt with neither a choice nor a design line keeps the hash it had before they existed") {
    const Attempt a = compact_attempt();
    // The figure the dots-only hash gave kCompact before choices and design lines were covered.
    CHECK(content_hash(a) == "384defe093b05c1993eec8b102c2f0ca8c0db9223c455646c3b380f391f5280b");
    CHECK(content_hash(a) == content_hash(a.lesson, a.dots));
    CHECK(canonical_attempt_text(a) == canonical_dots_text(a.lesson, a.dots));
}

TEST_CASE("another design line or another needle or shade is different work") {
    Attempt design;
    design.lesson = "hairline-design-young";
    design.design_line = Polyline{{-60.0, 40.0}, {0.0, 70.0}, {60.0, 41.0}};
    const std::string h = content_hash(design);
    CHECK(h != content_hash(design.lesson, design.dots));  // a design lesson has no dots: the line is the work
    Attempt moved = design;
    (*moved.design_line)[1].y += 0.01;
    CHECK(content_hash(moved) != h);
    Attempt other = design;
    other.design_line = Polyline{{-55.0, 45.0}, {0.0, 80.0}, {55.0, 44.0}};
    CHECK(content_hash(other) != h);
    Attempt longer = design;
    longer.design_line->push_back({70.0, 30.0});
    CHECK(content_hash(longer) != h);
    Attempt noise = design;  // below the 0.001 mm the hash resolves
    (*noise.design_line)[0].x += 0.0004;
    CHECK(content_hash(noise) == h);

    Attempt chosen = compact_attempt();
    chosen.choice = SessionChoice{"1203RL", "dark"};
    const std::string c = content_hash(chosen);
    CHECK(c != content_hash(compact_attempt()));
    Attempt shade = chosen;
    shade.choice->shade = "light";
    CHECK(content_hash(shade) != c);
    Attempt needle = chosen;
    needle.choice->needle = "0803RL";
    CHECK(content_hash(needle) != c);
    Attempt swapped = chosen;  // names are quoted: a needle and a shade cannot trade characters unseen
    swapped.choice = SessionChoice{"1203RL\" \"dark", ""};
    CHECK(content_hash(swapped) != c);
    CHECK(canonical_attempt_text(chosen) == canonical_dots_text(chosen.lesson, chosen.dots) +
                                                "choice \"1203RL\" \"dark\"\n");
    CHECK(canonical_attempt_text(design) == "stipple-dots/1\nhairline-design-young\n"
                                            "design_line 3\n-60.000 40.000\n0.000 70.000\n60.000 41.000\n");
}
