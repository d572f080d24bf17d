// Strict reading of JSON documents: every fault becomes an InputError naming the file and the JSON pointer.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "geometry.hpp"
#include "input_error.hpp"
#include "input_limits.hpp"

namespace stipple {

// Reads a file and parses it as JSON; a missing file (cannot_open), a syntax error (not_json), a file over
// kMaxJsonFileBytes (file_too_large) or values nested deeper than kMaxJsonDepth (nested_too_deep: refused
// before parsing, naming the pointer where it happens) become an InputError.
nlohmann::json parse_json_file(const std::string& path);
nlohmann::json parse_json_text(const std::string& text, const std::string& file_label);

// Child pointer: child_pointer("/targets", "depth_mm") == "/targets/depth_mm" (escapes ~ and /).
std::string child_pointer(const std::string& parent, const std::string& key);
std::string child_pointer(const std::string& parent, size_t index);

// Field access for one document. Every method takes the value and its pointer and throws on a fault: a value
// of the wrong kind is wrong_type, a missing field missing_field, a value outside the method's rule
// out_of_range, over a cap too_long / too_many_items, a shape short of points too_few_items.
class JsonReader {
public:
    explicit JsonReader(std::string file) : file_(std::move(file)) {}

    // Throws InputError(code, file, pointer or "/", expected).
    [[noreturn]] void fail(ErrorCode code, const std::string& pointer, const std::string& expected) const;

    void expect_object(const nlohmann::json& value, const std::string& pointer) const;
    // The member `key` of object `parent` (at `parent_pointer`), or nullptr when it is absent.
    const nlohmann::json* find(const nlohmann::json& parent, const std::string& parent_pointer,
                               const std::string& key) const;
    const nlohmann::json& require(const nlohmann::json& parent, const std::string& parent_pointer,
                                  const std::string& key) const;

    double number(const nlohmann::json& value, const std::string& pointer) const;  // finite
    double positive_number(const nlohmann::json& value, const std::string& pointer) const;
    long long integer(const nlohmann::json& value, const std::string& pointer) const;
    std::string string(const nlohmann::json& value, const std::string& pointer) const;
    std::string non_empty_string(const nlohmann::json& value, const std::string& pointer) const;
    // Strings of at most max_chars (UTF-8 bytes).
    std::string string(const nlohmann::json& value, const std::string& pointer, size_t max_chars) const;
    std::string non_empty_string(const nlohmann::json& value, const std::string& pointer, size_t max_chars) const;
    // An array of at most max_items (`what` names the items in the error: "expected an array of <what>").
    void expect_array(const nlohmann::json& value, const std::string& pointer, const std::string& what,
                      size_t max_items) const;
    Point point(const nlohmann::json& value, const std::string& pointer) const;  // [x, y]
    std::vector<Point> points(const nlohmann::json& value, const std::string& pointer, size_t min_count,
                              size_t max_count = kMaxPointsPerShape) const;

    const std::string& file() const { return file_; }

private:
    std::string file_;
};

}  // namespace stipple
