// The one error type for bad user input: a stable code that callers and hints switch on, the file, the JSON
// pointer of the fault, and what was expected in words (the words may change; the codes do not).
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace stipple {

// What went wrong, as a program tells it apart. Never renumber or rename: tests, hints and callers rely on
// them. Messages say the same in words for people.
enum class ErrorCode {
    other,  // nothing a caller tells apart (command-line misuse, gradebook bookkeeping)

    // The file as a whole (json_reader, atomic_file).
    cannot_open,      // missing or unreadable file
    file_too_large,   // over kMaxJsonFileBytes
    not_json,         // a JSON syntax error (the message gives line and column)
    nested_too_deep,  // over kMaxJsonDepth

    // The document's shape.
    wrong_type,     // an object, array, number, whole number, string, true/false or point was expected
    missing_field,  // a required field is absent
    wrong_format,   // "format" names another format or version

    // Values.
    out_of_range,       // a value outside what the field allows (0..100, > 0, a fraction, non-empty, min < max)
    unknown_name,       // not one of the names the field allows (pattern, skin, scar kind, input, event kind)
    bad_id,             // a lesson id with other than lower-case letters, digits and '-'
    bad_time,           // not an ISO 8601 time with a zone
    above_maximum,      // a number above its cap (input_limits.hpp; weights, spacing, transition, depth, needle)
    too_long,           // a string over its cap in characters
    too_many_items,     // an array or a shape over its cap of items
    too_few_items,      // a shape with fewer points than it needs
    too_many_shape_points,  // the lesson's shapes together over kMaxShapePointsPerLesson
    off_map,                // a point beyond the scalp map (kMaxCoordinateMm)
    too_many_dots,          // a zone of more than kMaxExpectedDots dots at the target spacing
    not_simple_polygon,     // edges cross or touch, or points repeat
    zero_area,              // the corners lie on one line
    not_left_to_right,      // the hairline curve's x does not increase
    spacing_below_needle,   // spacing under the needle's dot diameter

    // Folders of lessons and curricula.
    not_a_folder,          // no lessons folder there
    no_lessons,            // a folder without lessons
    duplicate_id,          // two lessons share an id
    missing_lesson_file,   // a curriculum entry names a file that is not there
    unknown_lesson,        // no lesson with that id (prerequisite, attempt's lesson in a folder)
    requires_itself,       // a prerequisite naming the lesson itself
    required_twice,        // a prerequisite listed twice
    required_later,        // a prerequisite taught later in the order
    lesson_mismatch,       // an attempt made on another lesson than the one given

    // The gradebook and the academy's records.
    not_a_gradebook,
    gradebook_too_new,
    no_gradebook,
    unknown_trainee,
    trainee_exists,
    trainee_archived,
    bad_name,
    record_mismatch,  // attempt, report, lesson and hash do not agree
    unknown_record,   // no attempt / recorded lesson with that id or hash
};

// The code as written in tests and logs: "not_json", "missing_field", ...
std::string_view error_code_name(ErrorCode code);

// what() reads "FILE: /json/pointer: what was expected" (pointer omitted when the whole file is at fault).
class InputError : public std::runtime_error {
public:
    InputError(ErrorCode code, std::string file, std::string pointer, std::string message)
        : std::runtime_error(compose(file, pointer, message)),
          code_(code),
          file_(std::move(file)),
          pointer_(std::move(pointer)),
          message_(std::move(message)) {}
    // For errors no caller tells apart (code `other`).
    InputError(std::string file, std::string pointer, std::string message)
        : InputError(ErrorCode::other, std::move(file), std::move(pointer), std::move(message)) {}

    ErrorCode code() const { return code_; }
    const std::string& file() const { return file_; }
    const std::string& pointer() const { return pointer_; }
    const std::string& message() const { return message_; }

private:
    static std::string compose(const std::string& file, const std::string& pointer, const std::string& message) {
        std::string s = file.empty() ? std::string("<input>") : file;
        s += ": ";
        if (!pointer.empty()) s += pointer + ": ";
        return s + message;
    }
    ErrorCode code_;
    std::string file_;
    std::string pointer_;
    std::string message_;
};

inline std::string_view error_code_name(ErrorCode code) {
    switch (code) {
        case ErrorCode::other: return "other";
        case ErrorCode::cannot_open: return "cannot_open";
        case ErrorCode::file_too_large: return "file_too_large";
        case ErrorCode::not_json: return "not_json";
        case ErrorCode::nested_too_deep: return "nested_too_deep";
        case ErrorCode::wrong_type: return "wrong_type";
        case ErrorCode::missing_field: return "missing_field";
        case ErrorCode::wrong_format: return "wrong_format";
        case ErrorCode::out_of_range: return "out_of_range";
        case ErrorCode::unknown_name: return "unknown_name";
        case ErrorCode::bad_id: return "bad_id";
        case ErrorCode::bad_time: return "bad_time";
        case ErrorCode::above_maximum: return "above_maximum";
        case ErrorCode::too_long: return "too_long";
        case ErrorCode::too_many_items: return "too_many_items";
        case ErrorCode::too_few_items: return "too_few_items";
        case ErrorCode::too_many_shape_points: return "too_many_shape_points";
        case ErrorCode::off_map: return "off_map";
        case ErrorCode::too_many_dots: return "too_many_dots";
        case ErrorCode::not_simple_polygon: return "not_simple_polygon";
        case ErrorCode::zero_area: return "zero_area";
        case ErrorCode::not_left_to_right: return "not_left_to_right";
        case ErrorCode::spacing_below_needle: return "spacing_below_needle";
        case ErrorCode::not_a_folder: return "not_a_folder";
        case ErrorCode::no_lessons: return "no_lessons";
        case ErrorCode::duplicate_id: return "duplicate_id";
        case ErrorCode::missing_lesson_file: return "missing_lesson_file";
        case ErrorCode::unknown_lesson: return "unknown_lesson";
        case ErrorCode::requires_itself: return "requires_itself";
        case ErrorCode::required_twice: return "required_twice";
        case ErrorCode::required_later: return "required_later";
        case ErrorCode::lesson_mismatch: return "lesson_mismatch";
        case ErrorCode::not_a_gradebook: return "not_a_gradebook";
        case ErrorCode::gradebook_too_new: return "gradebook_too_new";
        case ErrorCode::no_gradebook: return "no_gradebook";
        case ErrorCode::unknown_trainee: return "unknown_trainee";
        case ErrorCode::trainee_exists: return "trainee_exists";
        case ErrorCode::trainee_archived: return "trainee_archived";
        case ErrorCode::bad_name: return "bad_name";
        case ErrorCode::record_mismatch: return "record_mismatch";
        case ErrorCode::unknown_record: return "unknown_record";
    }
    return "other";
}

}  // namespace stipple
