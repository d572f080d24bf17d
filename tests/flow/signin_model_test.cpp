// The sign-in screen's decisions, headless, on a real gradebook: the pick list and the offered trainee,
// typed versus selected names, the one trim rule, and the academy's refusals worded for the screen.
#include <catch2/catch.hpp>

#include <string>

#include "academy/gradebook.hpp"
#include "sim/flow/signin_model.hpp"
#include "tests/test_support.hpp"

using namespace stipple;
using stipple::test::ScratchDir;

TEST_CASE("typed names lose spaces, tabs, CR and LF at both ends, nothing inside") {
    CHECK(trimmed_name(" \t ana lima\r\n") == "ana lima");
    CHECK(trimmed_name("\r\n\t ") == "");
    CHECK(trimmed_name("") == "");
    CHECK(trimmed_name("a\tb") == "a\tb");
}

TEST_CASE("the pick list holds active trainees by name and offers the newest when nobody has worked") {
    ScratchDir dir;
    Gradebook book = Gradebook::open((dir / "g.sqlite").string());
    CHECK(load_sign_in_list(book).active.empty());
    CHECK(load_sign_in_list(book).selected == -1);
    book.add_trainee("bo");
    book.add_trainee("ana");
    book.add_trainee("cy");
    book.archive_trainee("cy");
    const SignInList list = load_sign_in_list(book);
    REQUIRE(list.active.size() == 2);
    CHECK(list.active[0].name == "ana");
    CHECK(list.active[1].name == "bo");
    CHECK(list.selected == 0);  // ana came last among the active ones (cy is archived)
}

TEST_CASE("Enter signs in the typed name, else the selected one, and adds new trainees") {
    ScratchDir dir;
    Gradebook book = Gradebook::open((dir / "g.sqlite").string());
    book.add_trainee("ana");

    SignInResultOf r = sign_in(book, "  ana \r\n", std::string("bo"));  // typed wins over the selection
    CHECK(r.trainee == std::optional<std::string>("ana"));
    CHECK(r.error.empty());

    r = sign_in(book, " \t\r\n", std::string("ana"));  // blank by the one trim rule: the selection
    CHECK(r.trainee == std::optional<std::string>("ana"));

    r = sign_in(book, "\tDee ", std::nullopt);  // new: added to the gradebook, trimmed
    CHECK(r.trainee == std::optional<std::string>("Dee"));
    CHECK(book.find_trainee("Dee"));
    CHECK(book.trainees(true).size() == 2);
}

TEST_CASE("Enter refuses blank, long, control-character and archived names in the screen's words") {
    ScratchDir dir;
    Gradebook book = Gradebook::open((dir / "g.sqlite").string());
    book.add_trainee("cy");
    book.archive_trainee("cy");

    SignInResultOf r = sign_in(book, "\r\n", std::nullopt);
    CHECK_FALSE(r.trainee);
    CHECK(r.error == "Type your name");
    CHECK(sign_in(book, std::string(65, 'a'), std::nullopt).error == "Names are at most 64 characters");
    CHECK(sign_in(book, "a\x01" "b", std::nullopt).error == "Names cannot hold control characters");
    r = sign_in(book, " cy ", std::nullopt);
    CHECK_FALSE(r.trainee);
    CHECK(r.error == "cy is archived; ask your instructor to restore them");
    CHECK(book.trainees(true).size() == 1);  // nothing was added by a refusal
}
