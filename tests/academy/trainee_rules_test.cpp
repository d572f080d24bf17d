// The trainee rules in their one place: the name rule (trainee_name.hpp) and ensure_active_trainee.
#include <catch2/catch.hpp>

#include <functional>
#include <string>

#include "academy/gradebook.hpp"
#include "academy/trainee_name.hpp"
#include "academy_samples.hpp"
#include "scoring/input_error.hpp"

using namespace stipple;
using stipple::test::ScratchDir;

namespace {

ErrorCode code_of(const std::function<void()>& step) {
    try {
        step();
    } catch (const InputError& e) {
        return e.code();
    }
    FAIL("no InputError");
    return ErrorCode::other;
}

}  // namespace

TEST_CASE("the trainee-name rule tells each fault apart") {
    CHECK(trainee_name_fault("Ana Lima") == TraineeNameFault::none);
    CHECK(trainee_name_fault(std::string(64, 'a')) == TraineeNameFault::none);
    CHECK(trainee_name_fault("") == TraineeNameFault::empty);
    CHECK(trainee_name_fault(std::string(65, 'a')) == TraineeNameFault::too_long);
    CHECK(trainee_name_fault("a\tb") == TraineeNameFault::control_char);
    CHECK(trainee_name_fault("a\x7f") == TraineeNameFault::control_char);
    CHECK(trainee_name_fault(" ana") == TraineeNameFault::edge_space);
    CHECK(trainee_name_fault("ana ") == TraineeNameFault::edge_space);
    CHECK(code_of([] { check_trainee_name("g.sqlite", "a\n"); }) == ErrorCode::bad_name);
    CHECK_NOTHROW(check_trainee_name("g.sqlite", "ana"));
}

TEST_CASE("names must be valid UTF-8 without C1 controls, line separators or direction overrides") {
    CHECK(trainee_name_fault("Jo\xC3\xA3o") == TraineeNameFault::none);            // João
    CHECK(trainee_name_fault("\xE6\x9D\x8E\xE9\x9B\xB7") == TraineeNameFault::none);  // 李雷
    CHECK(trainee_name_fault("\xF0\x9F\x98\x80 ok") == TraineeNameFault::none);       // an emoji (4 bytes)
    CHECK(trainee_name_fault("\xC3\x28") == TraineeNameFault::invalid_utf8);         // bad continuation
    CHECK(trainee_name_fault("ana\xC3") == TraineeNameFault::invalid_utf8);           // cut short
    CHECK(trainee_name_fault("\xC0\xAF") == TraineeNameFault::invalid_utf8);         // overlong '/'
    CHECK(trainee_name_fault("\xED\xA0\x80") == TraineeNameFault::invalid_utf8);     // a surrogate
    CHECK(trainee_name_fault("\xF4\x90\x80\x80") == TraineeNameFault::invalid_utf8); // above U+10FFFF
    CHECK(trainee_name_fault("\x80") == TraineeNameFault::invalid_utf8);              // stray continuation
    CHECK(trainee_name_fault("a\xC2\x85") == TraineeNameFault::control_char);         // U+0085 NEL (C1)
    CHECK(trainee_name_fault("a\xC2\x9F") == TraineeNameFault::control_char);         // U+009F
    CHECK(trainee_name_fault("\xE2\x80\xAE" "ana") == TraineeNameFault::format_char); // U+202E RLO
    CHECK(trainee_name_fault("a\xE2\x80\xA8" "b") == TraineeNameFault::format_char);  // U+2028
    CHECK(trainee_name_fault("a\xE2\x80\xA9" "b") == TraineeNameFault::format_char);  // U+2029
    CHECK(trainee_name_fault("a\xE2\x81\xA6" "b") == TraineeNameFault::format_char);  // U+2066 LRI
    CHECK(trainee_name_fault("a\xE2\x81\xA9" "b") == TraineeNameFault::format_char);  // U+2069 PDI
    CHECK(trainee_name_fault("a\xE2\x81\xAA" "b") == TraineeNameFault::none);         // U+206A: not in the list
    CHECK(is_valid_utf8(""));
    CHECK_FALSE(is_valid_utf8("\xFF"));
    try {
        check_trainee_name("g.sqlite", "\xE2\x80\xAE" "ana");
        FAIL("a bidi override was accepted");
    } catch (const InputError& e) {
        CHECK(e.code() == ErrorCode::bad_name);
        CHECK(std::string(e.what()).find("\xE2\x80\xAE") == std::string::npos);  // not echoed raw
        CHECK(std::string(e.what()).find("text-direction overrides") != std::string::npos);
    }
}

TEST_CASE("the gradebook refuses a spoofing cohort name and an invalid UTF-8 trainee name") {
    ScratchDir dir;
    Gradebook book = Gradebook::open((dir / "g.sqlite").string());
    CHECK(code_of([&] { book.add_trainee("\xC3\x28"); }) == ErrorCode::bad_name);
    CHECK(code_of([&] { book.add_trainee("ana", "\xE2\x80\xAE" "spring"); }) == ErrorCode::bad_name);
    CHECK(code_of([&] { book.ensure_active_trainee("a\xC2\x85"); }) == ErrorCode::bad_name);
    CHECK(book.trainees(true).empty());
}

TEST_CASE("ensure_active_trainee finds, adds, and refuses archived trainees and bad names by code") {
    ScratchDir dir;
    const std::string path = (dir / "g.sqlite").string();
    Gradebook book = Gradebook::open(path);
    const Trainee ana = book.add_trainee("ana", "spring");
    CHECK(book.ensure_active_trainee("ana").id == ana.id);  // found, not added twice
    CHECK(book.trainees(true).size() == 1);

    const Trainee dee = book.ensure_active_trainee("dee");  // new: added
    CHECK(dee.name == "dee");
    CHECK(book.find_trainee("dee"));

    book.archive_trainee("ana");
    try {
        book.ensure_active_trainee("ana");
        FAIL("an archived trainee was let in");
    } catch (const InputError& e) {
        CHECK(e.code() == ErrorCode::trainee_archived);
        CHECK(std::string(e.what()) == path + ": trainee \"ana\" is archived");
    }
    CHECK(code_of([&] { book.ensure_active_trainee(" padded"); }) == ErrorCode::bad_name);
    CHECK_FALSE(book.find_trainee(" padded"));
    CHECK(book.trainees(true).size() == 2);
}
