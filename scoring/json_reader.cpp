// Strict reading of JSON documents (see json_reader.hpp).
#include "json_reader.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>

#include "atomic_file.hpp"

namespace stipple {

using nlohmann::json;

namespace {

// One open array or object while scanning: the token its current child has in a JSON pointer.
struct OpenValue {
    bool object = false;
    size_t index = 0;     // array: the current item
    std::string key;      // object: the current member's raw (still escaped) name
};

std::string decoded_key(const std::string& raw) {
    try {
        return json::parse("\"" + raw + "\"").get<std::string>();
    } catch (const json::exception&) {
        return raw;  // the parser reports the bad string itself
    }
}

// Refuses nesting deeper than kMaxJsonDepth before nlohmann parses (building, copying and destroying its
// values recurses, so a file of 200 000 nested arrays would overflow the stack). A plain scan that only
// follows strings and brackets; everything else is left to the parser.
void check_nesting(const std::string& text, const std::string& file_label) {
    std::vector<OpenValue> open;
    std::string last_string;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') {
            const size_t start = ++i;
            while (i < text.size() && text[i] != '"') i += text[i] == '\\' ? 2 : 1;
            if (!open.empty() && open.back().object) last_string.assign(text, start, std::min(i, text.size()) - start);
        } else if (c == '[' || c == '{') {
            if (open.size() >= kMaxJsonDepth) {
                std::string pointer;
                for (const OpenValue& v : open)
                    pointer = v.object ? child_pointer(pointer, decoded_key(v.key)) : child_pointer(pointer, v.index);
                throw InputError(ErrorCode::nested_too_deep, file_label, pointer,
                                 "expected values nested at most " + std::to_string(kMaxJsonDepth) +
                                     " levels deep (arrays and objects inside each other)");
            }
            open.push_back(OpenValue{c == '{', 0, {}});
        } else if (c == ']' || c == '}') {
            if (!open.empty()) open.pop_back();
        } else if (c == ',') {
            if (!open.empty()) ++open.back().index;
        } else if (c == ':') {
            if (!open.empty() && open.back().object) open.back().key = last_string;
        }
    }
}

}  // namespace

nlohmann::json parse_json_text(const std::string& text, const std::string& file_label) {
    check_nesting(text, file_label);
    try {
        return json::parse(text);
    } catch (const json::exception& e) {
        // nlohmann's message: "[json.exception.parse_error.101] parse error at line 3, column 5: ..."
        std::string what = e.what();
        const auto tag_end = what.find("] ");
        if (what.rfind("[json.exception.", 0) == 0 && tag_end != std::string::npos) what = what.substr(tag_end + 2);
        throw InputError(ErrorCode::not_json, file_label, "", "not valid JSON (" + what + ")");
    }
}

nlohmann::json parse_json_file(const std::string& path) {
    std::error_code ec;
    const auto bytes = std::filesystem::file_size(path, ec);
    if (!ec && bytes > kMaxJsonFileBytes)
        throw InputError(ErrorCode::file_too_large, path, "", "expected a file of at most " + std::to_string(kMaxJsonFileBytes / (1024 * 1024)) +
                                       " MiB, found " + std::to_string(bytes / (1024 * 1024)) + " MiB");
    return parse_json_text(read_text_file(path), path);
}

static std::string escape_token(const std::string& key) {
    std::string out;
    for (char c : key) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

std::string child_pointer(const std::string& parent, const std::string& key) { return parent + "/" + escape_token(key); }
std::string child_pointer(const std::string& parent, size_t index) { return parent + "/" + std::to_string(index); }

void JsonReader::fail(ErrorCode code, const std::string& pointer, const std::string& expected) const {
    throw InputError(code, file_, pointer.empty() ? "/" : pointer, expected);
}

void JsonReader::expect_object(const json& value, const std::string& pointer) const {
    if (!value.is_object()) fail(ErrorCode::wrong_type, pointer, "expected an object");
}

const json* JsonReader::find(const json& parent, const std::string& parent_pointer, const std::string& key) const {
    expect_object(parent, parent_pointer);
    auto it = parent.find(key);
    return it == parent.end() ? nullptr : &*it;
}

const json& JsonReader::require(const json& parent, const std::string& parent_pointer, const std::string& key) const {
    const json* value = find(parent, parent_pointer, key);
    if (!value) fail(ErrorCode::missing_field, child_pointer(parent_pointer, key), "required field is missing");
    return *value;
}

double JsonReader::number(const json& value, const std::string& pointer) const {
    if (!value.is_number()) fail(ErrorCode::wrong_type, pointer, "expected a number");
    const double v = value.get<double>();
    if (!std::isfinite(v)) fail(ErrorCode::wrong_type, pointer, "expected a finite number");
    return v;
}

double JsonReader::positive_number(const json& value, const std::string& pointer) const {
    const double v = number(value, pointer);
    if (!(v > 0)) fail(ErrorCode::out_of_range, pointer, "expected a number greater than 0");
    return v;
}

long long JsonReader::integer(const json& value, const std::string& pointer) const {
    if (value.is_number_integer()) return value.get<long long>();
    if (value.is_number_float()) {
        const double v = value.get<double>();
        if (std::isfinite(v) && v == std::floor(v) && std::abs(v) < 9e15) return static_cast<long long>(v);
    }
    fail(ErrorCode::wrong_type, pointer, "expected a whole number");
}

std::string JsonReader::string(const json& value, const std::string& pointer) const {
    if (!value.is_string()) fail(ErrorCode::wrong_type, pointer, "expected a string");
    return value.get<std::string>();
}

std::string JsonReader::non_empty_string(const json& value, const std::string& pointer) const {
    std::string s = string(value, pointer);
    if (s.empty()) fail(ErrorCode::out_of_range, pointer, "expected a non-empty string");
    return s;
}

std::string JsonReader::string(const json& value, const std::string& pointer, size_t max_chars) const {
    std::string s = string(value, pointer);
    if (s.size() > max_chars)
        fail(ErrorCode::too_long, pointer, "expected a string of at most " + std::to_string(max_chars) + " characters, found " +
                          std::to_string(s.size()));
    return s;
}

std::string JsonReader::non_empty_string(const json& value, const std::string& pointer, size_t max_chars) const {
    std::string s = string(value, pointer, max_chars);
    if (s.empty()) fail(ErrorCode::out_of_range, pointer, "expected a non-empty string");
    return s;
}

void JsonReader::expect_array(const json& value, const std::string& pointer, const std::string& what,
                              size_t max_items) const {
    if (!value.is_array()) fail(ErrorCode::wrong_type, pointer, "expected an array of " + what);
    if (value.size() > max_items)
        fail(ErrorCode::too_many_items, pointer, "expected at most " + std::to_string(max_items) + " " + what + ", found " +
                          std::to_string(value.size()));
}

Point JsonReader::point(const json& value, const std::string& pointer) const {
    if (!value.is_array() || value.size() != 2) fail(ErrorCode::wrong_type, pointer, "expected a point [x, y] in mm");
    return Point{number(value[0], child_pointer(pointer, 0)), number(value[1], child_pointer(pointer, 1))};
}

std::vector<Point> JsonReader::points(const json& value, const std::string& pointer, size_t min_count,
                                      size_t max_count) const {
    if (!value.is_array()) fail(ErrorCode::wrong_type, pointer, "expected an array of points [[x, y], ...]");
    if (value.size() > max_count)
        fail(ErrorCode::too_many_items, pointer, "expected at most " + std::to_string(max_count) + " points, found " + std::to_string(value.size()));
    if (value.size() < min_count)
        fail(ErrorCode::too_few_items, pointer, "expected at least " + std::to_string(min_count) + " points, found " + std::to_string(value.size()));
    std::vector<Point> out;
    out.reserve(value.size());
    for (size_t i = 0; i < value.size(); ++i) out.push_back(point(value[i], child_pointer(pointer, i)));
    return out;
}

}  // namespace stipple
