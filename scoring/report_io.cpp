// Writing and reading score reports (see report_io.hpp and DESIGN.md).
#include "report_io.hpp"

#include <cmath>

#include "json_reader.hpp"

namespace stipple {

using nlohmann::json;
using nlohmann::ordered_json;

double round_to(double value, int decimals) {
    const double scale = std::pow(10.0, decimals);
    const double r = std::round(value * scale) / scale;
    return r == 0.0 ? 0.0 : r;  // no "-0.0"
}

static ordered_json component_json(const ComponentScore& c) {
    ordered_json j;
    j["score"] = round_to(c.score, 1);
    for (const auto& [name, value] : c.metrics) j[name] = round_to(value, 4);
    return j;
}

ordered_json report_to_json(const ScoreReport& r) {
    ordered_json j;
    j["format"] = kScoreFormat;
    j["lesson"] = r.lesson;
    j["total"] = round_to(r.total, 1);
    j["passed"] = r.passed;
    ordered_json critical = ordered_json::array();
    for (const CriticalError& e : r.critical_errors) {
        ordered_json ej{{"code", e.code}, {"message", e.message}};
        if (e.at) ej["at"] = {round_to(e.at->x, 1), round_to(e.at->y, 1)};
        critical.push_back(std::move(ej));
    }
    j["critical_errors"] = critical;
    ordered_json components;
    components["spacing"] = component_json(r.spacing);
    components["depth"] = component_json(r.depth);
    components["hairline"] = r.hairline ? component_json(*r.hairline) : ordered_json(nullptr);
    if (r.design) components["design"] = component_json(*r.design);  // design lessons only: other reports unchanged
    j["components"] = components;
    ordered_json feedback = ordered_json::array();
    for (const Feedback& f : r.feedback) {
        ordered_json fj{{"component", f.component}, {"message", f.message}};
        if (f.at) fj["at"] = {round_to(f.at->x, 1), round_to(f.at->y, 1)};
        if (f.places.size() > 1) {
            ordered_json places = ordered_json::array();
            for (const Point& p : f.places) places.push_back({round_to(p.x, 1), round_to(p.y, 1)});
            fj["places"] = std::move(places);
        }
        feedback.push_back(std::move(fj));
    }
    j["feedback"] = feedback;
    return j;
}

static ComponentScore read_component(const JsonReader& r, const json& value, const std::string& ptr) {
    r.expect_object(value, ptr);
    ComponentScore c;
    c.score = r.number(r.require(value, ptr, "score"), ptr + "/score");
    for (const auto& [key, v] : value.items())
        if (key != "score" && v.is_number()) c.metrics.emplace_back(key, v.get<double>());
    return c;
}

ScoreReport report_from_json(const json& doc, const std::string& file) {
    const JsonReader r(file);
    r.expect_object(doc, "");
    ScoreReport rep;
    const std::string format = r.string(r.require(doc, "", "format"), "/format");
    if (format != kScoreFormat) r.fail(ErrorCode::wrong_format, "/format", std::string("expected \"") + kScoreFormat + "\"");
    rep.lesson = r.non_empty_string(r.require(doc, "", "lesson"), "/lesson");
    rep.total = r.number(r.require(doc, "", "total"), "/total");
    const json& passed = r.require(doc, "", "passed");
    if (!passed.is_boolean()) r.fail(ErrorCode::wrong_type, "/passed", "expected true or false");
    rep.passed = passed.get<bool>();
    const json& comps = r.require(doc, "", "components");
    rep.spacing = read_component(r, r.require(comps, "/components", "spacing"), "/components/spacing");
    rep.depth = read_component(r, r.require(comps, "/components", "depth"), "/components/depth");
    if (const json* h = r.find(comps, "/components", "hairline"); h && !h->is_null())
        rep.hairline = read_component(r, *h, "/components/hairline");
    if (const json* d = r.find(comps, "/components", "design"); d && !d->is_null())
        rep.design = read_component(r, *d, "/components/design");
    if (const json* fb = r.find(doc, "", "feedback")) {
        if (!fb->is_array()) r.fail(ErrorCode::wrong_type, "/feedback", "expected an array");
        for (size_t i = 0; i < fb->size(); ++i) {
            const std::string p = child_pointer("/feedback", i);
            Feedback f;
            f.component = r.string(r.require((*fb)[i], p, "component"), p + "/component");
            f.message = r.string(r.require((*fb)[i], p, "message"), p + "/message");
            if (const json* at = r.find((*fb)[i], p, "at"); at && !at->is_null()) f.at = r.point(*at, p + "/at");
            if (const json* places = r.find((*fb)[i], p, "places"); places && !places->is_null()) {
                if (!places->is_array()) r.fail(ErrorCode::wrong_type, p + "/places", "expected an array");
                for (size_t k = 0; k < places->size(); ++k)
                    f.places.push_back(r.point((*places)[k], child_pointer(p + "/places", k)));
            }
            rep.feedback.push_back(std::move(f));
        }
    }
    if (const json* ce = r.find(doc, "", "critical_errors")) {  // optional: reports before critical errors have none
        if (!ce->is_array()) r.fail(ErrorCode::wrong_type, "/critical_errors", "expected an array");
        for (size_t i = 0; i < ce->size(); ++i) {
            const std::string p = child_pointer("/critical_errors", i);
            r.expect_object((*ce)[i], p);
            CriticalError e;
            e.code = r.non_empty_string(r.require((*ce)[i], p, "code"), p + "/code");
            e.message = r.string(r.require((*ce)[i], p, "message"), p + "/message");
            if (const json* at = r.find((*ce)[i], p, "at"); at && !at->is_null()) e.at = r.point(*at, p + "/at");
            rep.critical_errors.push_back(std::move(e));
        }
    }
    return rep;
}

}  // namespace stipple
