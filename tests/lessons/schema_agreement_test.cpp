// The JSON Schema (lessons/stipple-lesson-1.schema.json, checked with python3-jsonschema) and our validator
// (lesson_from_json, `stipple lesson check`) agree valid/invalid on every lesson, on tests/lessons/valid/*.json
// and on tests/lessons/broken/*.json; each broken file names the pointer and the code its error must carry.
#include <catch2/catch.hpp>

#include <filesystem>
#include <functional>
#include <map>
#include <set>
#include <sstream>

#include "scoring/case_io.hpp"
#include "scoring/input_error.hpp"
#include "scoring/json_reader.hpp"
#include "scoring/lesson_io.hpp"
#include "scoring/scalp_patterns.hpp"
#include "scoring/unknown_fields.hpp"
#include "tests/test_support.hpp"

namespace stipple {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> json_files_in(const fs::path& dir) {
    std::vector<fs::path> out;
    for (const auto& entry : fs::directory_iterator(dir)) {
        const std::string name = entry.path().filename().string();
        if (entry.path().extension() == ".json" && name != "curriculum.json" && name.find(".schema.") == std::string::npos)
            out.push_back(entry.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

fs::path tests_lessons_dir() { return test::source_dir() / "tests" / "lessons"; }

// The Debian interpreter (where python3-jsonschema lives) when there is one, else whatever python3 is on PATH.
std::string python() { return fs::exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3"; }

// file -> "valid" / "invalid: ..." as judged by the JSON Schema.
std::map<std::string, std::string> schema_verdicts(const std::vector<fs::path>& files,
                                                  const std::string& schema = "stipple-lesson-1.schema.json") {
    std::string command = python() + " \"" + (tests_lessons_dir() / "schema_check.py").string() + "\" \"" +
                          (test::lessons_dir() / schema).string() + "\"";
    for (const fs::path& f : files) command += " \"" + f.string() + "\"";
    test::ScratchDir tmp;
    command += " >\"" + (tmp / "out").string() + "\" 2>\"" + (tmp / "err").string() + "\"";
    const int status = std::system(command.c_str());
    INFO(test::read_text(tmp / "err"));
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);
    std::map<std::string, std::string> verdicts;
    std::istringstream lines(test::read_text(tmp / "out"));
    for (std::string line; std::getline(lines, line);) {
        const auto colon = line.find(".json: ");
        if (colon != std::string::npos) verdicts[line.substr(0, colon + 5)] = line.substr(colon + 7);
    }
    return verdicts;
}

// Empty when lesson_from_json accepts the file, else its error's pointer and code ("/zone too_few_items").
std::optional<std::string> validator_error(const fs::path& file) {
    try {
        lesson_from_json(parse_json_file(file.string()), file.string());
        return std::nullopt;
    } catch (const InputError& e) {
        return e.pointer() + " " + std::string(error_code_name(e.code()));
    }
}

}  // namespace

TEST_CASE("schema and validator agree on every lesson and every valid test lesson", "[lessons][schema]") {
    std::vector<fs::path> files = json_files_in(test::lessons_dir());
    const std::vector<fs::path> valid = json_files_in(tests_lessons_dir() / "valid");
    files.insert(files.end(), valid.begin(), valid.end());
    REQUIRE(files.size() >= 14 + 5);
    const auto verdicts = schema_verdicts(files);
    for (const fs::path& f : files) {
        INFO(f.string());
        REQUIRE(verdicts.count(f.string()) == 1);
        CHECK(verdicts.at(f.string()) == "valid");
        CHECK_FALSE(validator_error(f).has_value());
    }
}

TEST_CASE("the schema lists exactly the patterns and skin types of the one table", "[lessons][schema]") {
    // scoring/scalp_patterns.hpp is the one table; the schema states it for editors, in the same order.
    const nlohmann::json schema = parse_json_file((test::lessons_dir() / "stipple-lesson-1.schema.json").string());
    const nlohmann::json& scalp = schema.at("properties").at("scalp").at("properties");
    std::vector<std::string> patterns, skins;
    for (const ScalpPattern& p : kScalpPatterns) patterns.emplace_back(p.name);
    for (std::string_view skin : kSkinTypes) skins.emplace_back(skin);
    CHECK(scalp.at("pattern").at("enum").get<std::vector<std::string>>() == patterns);
    CHECK(scalp.at("skin").at("enum").get<std::vector<std::string>>() == skins);
    CHECK(scalp_pattern_list() == "none, norwood-1..norwood-7, ludwig-1..ludwig-3, diffuse, alopecia-areata");
    for (const std::string& name : patterns) CHECK(is_known_pattern(name));
}

TEST_CASE("the schema names exactly the fields the reader knows, section by section", "[lessons][schema]") {
    // unknown_fields.hpp lists the fields a lesson may hold (and suggests them for misspellings); the schema
    // describes the same ones, so an editor completes what Stipple reads.
    const nlohmann::json schema = parse_json_file((test::lessons_dir() / "stipple-lesson-1.schema.json").string());
    REQUIRE(lesson_field_names().size() == 17);
    for (const LessonFieldSection& s : lesson_field_names()) {
        INFO("section \"" << s.section << "\"");
        const nlohmann::json& node = s.section.empty()               ? schema
                                     : s.section == "scalp/scars/*" ? schema.at("$defs").at("scar")
                                     : s.section == "scalp/head"    ? schema.at("properties").at("scalp").at("properties").at("head")
                                     : s.section == "design/rules"  ? schema.at("properties").at("design").at("properties").at("rules")
                                     : s.section == "choices/needles/*" ? schema.at("properties").at("choices").at("properties").at("needles").at("items")
                                     : s.section == "choices/shades/*"  ? schema.at("properties").at("choices").at("properties").at("shades").at("items")
                                                                    : schema.at("properties").at(s.section);
        std::set<std::string> in_schema, known(s.names.begin(), s.names.end());
        for (const auto& [name, value] : node.at("properties").items()) in_schema.insert(name);
        CHECK(in_schema == known);
        CHECK(known.size() == s.names.size());
    }
}

TEST_CASE("schema and validator agree on every broken lesson, and the validator names the broken field and code",
          "[lessons][schema]") {
    const std::vector<fs::path> files = json_files_in(tests_lessons_dir() / "broken");
    REQUIRE(files.size() >= 30);
    const auto verdicts = schema_verdicts(files);
    for (const fs::path& f : files) {
        INFO(f.string());
        REQUIRE(verdicts.count(f.string()) == 1);
        CHECK(verdicts.at(f.string()).rfind("invalid: ", 0) == 0);
        const std::optional<std::string> error = validator_error(f);
        REQUIRE(error.has_value());
        const nlohmann::json doc = parse_json_file(f.string());
        const std::string expected = doc.is_object() ? doc.at("_expect_pointer").get<std::string>() + " " +
                                                           doc.at("_expect_code").get<std::string>()
                                                     : "/ wrong_type";
        CHECK(*error == expected);
    }
}

TEST_CASE("stipple lesson check refuses every broken lesson with its pointer and a hint", "[lessons][schema][cli]") {
    for (const fs::path& f : json_files_in(tests_lessons_dir() / "broken")) {
        const nlohmann::json doc = parse_json_file(f.string());
        const std::string expected = doc.is_object() ? doc.at("_expect_pointer").get<std::string>() : "/";
        const test::RunResult r = test::run_stipple("lesson check \"" + f.string() + "\"");
        INFO(f.string() << "\n" << r.err);
        CHECK(r.exit_code == 2);
        CHECK(r.err.rfind(f.string() + ": " + expected + ": ", 0) == 0);
        const auto newline = r.err.find('\n');
        REQUIRE(newline != std::string::npos);
        CHECK(r.err.compare(newline + 1, 8, "  hint: ") == 0);
    }
}

TEST_CASE("the case schema and load_case agree on every shipped case and on broken ones", "[lessons][schema]") {
    const fs::path cases = test::lessons_dir() / "cases";
    std::vector<fs::path> files = json_files_in(cases);
    REQUIRE(files.size() == 3);
    // Their lessons are lessons like any other.
    std::vector<fs::path> lessons;
    for (const auto& entry : fs::directory_iterator(cases))
        if (entry.is_directory())
            for (const fs::path& f : json_files_in(entry.path())) lessons.push_back(f);
    REQUIRE(lessons.size() == 8);  // 2 + 2 sessions, the Norwood 3 case's design, sessions and touch-up
    for (const auto& [file, verdict] : schema_verdicts(lessons)) {
        INFO(file);
        CHECK(verdict == "valid");
    }
    // Broken copies beside the shipped ones (lesson paths resolve the same way).
    const nlohmann::json good = parse_json_file((cases / "norwood-3-restoration.json").string());
    std::vector<std::pair<std::string, nlohmann::json>> broken;
    auto mutate = [&](const std::string& name, const std::function<void(nlohmann::json&)>& change) {
        nlohmann::json doc = good;
        change(doc);
        broken.emplace_back(name, doc);
    };
    mutate("unknown-field", [](nlohmann::json& d) { d["steps"][0]["questions"][0]["options"][0]["corect"] = true; });
    mutate("no-explanation", [](nlohmann::json& d) { d["steps"][0]["questions"][0]["options"][1].erase("explanation"); });
    mutate("no-correct", [](nlohmann::json& d) {
        for (auto& o : d["steps"][0]["questions"][0]["options"]) o["correct"] = false, o["explanation"] = "x";
    });
    mutate("numbing-too-long", [](nlohmann::json& d) {
        REQUIRE(d["steps"][4]["kind"] == "numbing");
        d["steps"][4]["numbing_wait_s"] = 601;
    });
    mutate("bad-kind", [](nlohmann::json& d) { d["steps"][1]["kind"] = "massage"; });
    mutate("client-age", [](nlohmann::json& d) { d["client"]["age"] = 12; });
    std::vector<fs::path> written;
    struct Cleanup {
        std::vector<fs::path>& files;
        ~Cleanup() {
            for (const fs::path& f : files) fs::remove(f);
        }
    } cleanup{written};
    for (const auto& [name, doc] : broken) {
        written.push_back(cases / ("zz-broken-" + name + ".json"));
        test::write_text(written.back(), doc.dump(2));
    }
    files.insert(files.end(), written.begin(), written.end());
    const auto verdicts = schema_verdicts(files, "stipple-case-1.schema.json");
    for (const fs::path& f : files) {
        INFO(f.string());
        REQUIRE(verdicts.count(f.string()) == 1);
        const bool is_broken = f.filename().string().rfind("zz-broken-", 0) == 0;
        CHECK((verdicts.at(f.string()) == "valid") == !is_broken);
        CHECK(test::error_of([&] { load_case(f.string()); }).empty() == !is_broken);
    }
}

}  // namespace stipple
