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
