// Filter dates: the academy's calendar days as half-open UTC bounds, --to inclusive, across a DST change.
#include <catch2/catch.hpp>

#include "academy/record_filter.hpp"
#include "academy_samples.hpp"
#include "backends.hpp"
#include "scoring/input_error.hpp"

using namespace stipple;

TEST_CASE("local days in Europe/Paris become UTC bounds: --from at local midnight, --to through its last second") {
    // 2026-03-29 is the spring change in Paris: midnight is still +01:00, the next one +02:00.
    const UtcRange r = local_day_range("2026-03-29", "2026-03-29", "Europe/Paris");
    CHECK(*r.from_utc == "2026-03-28T23:00:00.000Z");
    CHECK(*r.to_utc == "2026-03-29T22:00:00.000Z");
    CHECK(in_range(r, "2026-03-28T23:00:00.000Z"));
    CHECK(in_range(r, "2026-03-29T21:59:59.999Z"));
    CHECK_FALSE(in_range(r, "2026-03-28T22:59:59.999Z"));
    CHECK_FALSE(in_range(r, "2026-03-29T22:00:00.000Z"));
    // Month ends roll over; UTC is UTC.
    CHECK(*local_day_range("", "2026-01-31", "UTC").to_utc == "2026-02-01T00:00:00.000Z");
    CHECK_FALSE(local_day_range("", "2026-01-31", "UTC").from_utc);
    CHECK(*local_day_range("2026-07-01", "", "America/New_York").from_utc == "2026-07-01T04:00:00.000Z");
}

TEST_CASE("an empty zone means the TZ environment, and TZ is left as it was") {
    setenv("TZ", "Asia/Tokyo", 1);
    CHECK(*local_day_range("2026-05-10", "", "").from_utc == "2026-05-09T15:00:00.000Z");
    CHECK(*local_day_range("2026-05-10", "", "Europe/Paris").from_utc == "2026-05-09T22:00:00.000Z");
    CHECK(std::string(std::getenv("TZ")) == "Asia/Tokyo");
    unsetenv("TZ");
}

TEST_CASE("bad dates, a bad zone and a reversed range are refused naming the option") {
    auto message = [](const std::string& from, const std::string& to, const std::string& zone) {
        try {
            local_day_range(from, to, zone);
        } catch (const InputError& e) {
            return std::string(e.what());
        }
        return std::string("accepted");
    };
    CHECK(message("2026-02-30", "", "UTC").find("--from") != std::string::npos);
    CHECK(message("", "26-01-01", "UTC").find("--to") != std::string::npos);
    CHECK(message("", "2026-1-01", "UTC").find("not a date") != std::string::npos);
    CHECK(message("2026-03-02", "2026-03-01", "UTC").find("after --to") != std::string::npos);
    CHECK(message("", "", "Mars/Olympus").find("unknown time zone") != std::string::npos);
    CHECK(message("", "", "../../etc/passwd").find("unknown time zone") != std::string::npos);
    CHECK(message("2026-03-01", "2026-03-01", "UTC") == "accepted");
}

TEST_CASE("the range in words") {
    CHECK(range_label({"", "2026-03-01", "2026-03-31"}) == "2026-03-01 to 2026-03-31");
    CHECK(range_label({"", "2026-03-01", ""}) == "from 2026-03-01");
    CHECK(range_label({"x", "", "2026-03-31"}) == "until 2026-03-31");
    CHECK(range_label({}) == "all dates");
}

TEST_CASE("attempts in scope: the cohort today and the local days, on every backend") {
    const auto samples = test::make_samples();
    test::TestGradebook where(GENERATE(from_range(test::backends())));
    Gradebook book = where.open();
    book.add_trainee("ana", "spring");
    book.add_trainee("bob", "autumn");
    // sample_record n: starts n minutes after 2026-11-24T09:00Z; 600 minutes = 19:00Z, 900 = 2026-11-25T00:00Z.
    for (int n : {0, 600, 900}) book.record_attempt(test::sample_record(samples, "ana", n, true));
    book.record_attempt(test::sample_record(samples, "bob", 0, true));
    auto ids = [&](const RecordScope& scope) {
        std::vector<std::string> out;
        for (const AttemptRecord& a : attempts_in_scope(book, scope, {})) out.push_back(a.trainee + "@" + a.started.substr(0, 16));
        return out;
    };
    CHECK(ids(record_scope({"spring", "", ""}, "UTC")) ==
          std::vector<std::string>{"ana@2026-11-24T09:00", "ana@2026-11-24T19:00", "ana@2026-11-25T00:00"});
    CHECK(ids(record_scope({"", "2026-11-24", "2026-11-24"}, "UTC")).size() == 3);  // ana x2, bob
    // In Tokyo (UTC+9) 19:00Z and 00:00Z are already the 25th.
    CHECK(ids(record_scope({"spring", "2026-11-25", ""}, "Asia/Tokyo")) ==
          std::vector<std::string>{"ana@2026-11-24T19:00", "ana@2026-11-25T00:00"});
    CHECK(ids(record_scope({"nobody", "", ""}, "UTC")).empty());
}
