// Timestamps (ISO 8601 in and out, always UTC), xAPI durations, and UUID text.
#include <catch2/catch.hpp>

#include <cmath>

#include "academy/uuid.hpp"
#include "scoring/iso_time.hpp"

using namespace stipple;

TEST_CASE("ISO 8601 times parse to epoch seconds, honouring the zone") {
    CHECK(*parse_iso8601("1970-01-01T00:00:00Z") == 0.0);
    CHECK(*parse_iso8601("2026-11-24T10:00:00Z") == 1795514400.0);
    CHECK(*parse_iso8601("2026-11-24T12:00:00+02:00") == 1795514400.0);
    CHECK(*parse_iso8601("2026-11-24T05:30:00-04:30") == 1795514400.0);
    CHECK(*parse_iso8601("2026-11-24T10:00:00.250Z") == Approx(1795514400.25));
    CHECK(*parse_iso8601("2024-02-29T00:00:00Z") == 1709164800.0);  // leap day
}

TEST_CASE("ISO 8601 refuses what it cannot place in time") {
    CHECK_FALSE(parse_iso8601("2026-11-24T10:00:00"));  // no zone
    CHECK_FALSE(parse_iso8601("2026-02-30T10:00:00Z"));
    CHECK_FALSE(parse_iso8601("2026-11-24"));
    CHECK_FALSE(parse_iso8601("2026-11-24T10:00:00Zjunk"));
    CHECK_FALSE(parse_iso8601("yesterday"));
    CHECK_FALSE(parse_iso8601(""));
    // One rule with the attempt format: the T, a '.' fraction, Z or +hh:mm only; a real date and time.
    CHECK_FALSE(parse_iso8601("2026-11-24T05:30:00-0430"));
    CHECK_FALSE(parse_iso8601("2026-11-24 10:00:00Z"));
    CHECK_FALSE(parse_iso8601("2026-11-24t10:00:00z"));
    CHECK_FALSE(parse_iso8601("2026-11-24T10:00:00,5Z"));
    CHECK_FALSE(parse_iso8601("2026-13-01T10:00:00Z"));
    CHECK_FALSE(parse_iso8601("2026-11-24T24:00:00Z"));
}

TEST_CASE("UTC formatting is fixed width and round-trips") {
    CHECK(format_iso8601_utc(0) == "1970-01-01T00:00:00.000Z");
    CHECK(format_iso8601_utc(1795514400.25) == "2026-11-24T10:00:00.250Z");
    CHECK(format_iso8601_utc(*parse_iso8601("2026-11-24T12:00:00+02:00")) == "2026-11-24T10:00:00.000Z");
}

TEST_CASE("durations are ISO 8601 as xAPI wants them") {
    CHECK(iso8601_duration(0) == "PT0S");
    CHECK(iso8601_duration(12.5) == "PT12.5S");
    CHECK(iso8601_duration(75.25) == "PT1M15.25S");
    CHECK(iso8601_duration(3600) == "PT1H");
    CHECK(iso8601_duration(3725) == "PT1H2M5S");
    CHECK(iso8601_duration(59.999) == "PT1M");            // rounding carries into the minutes
    CHECK(iso8601_duration(1e6) == "PT277H46M40S");       // the longest attempt the reader accepts
    // Any finite value is a well-formed, non-negative duration (llround(1e22) used to wrap negative).
    CHECK(iso8601_duration(1e20) == "PT27777777777777776H");
    CHECK(iso8601_duration(1e308).rfind("PT2777", 0) == 0);
    CHECK(iso8601_duration(1e308).find('-') == std::string::npos);
    CHECK(iso8601_duration(-5) == "PT0S");
    CHECK(iso8601_duration(std::nan("")) == "PT0S");
    CHECK(iso8601_duration(HUGE_VAL) == "PT0S");
}

TEST_CASE("UUIDs: v4 random, v8 name-based and deterministic") {
    const std::string a = random_uuid_v4(), b = random_uuid_v4();
    CHECK(is_uuid(a));
    CHECK(a != b);
    CHECK(a[14] == '4');
    CHECK(std::string("89ab").find(a[19]) != std::string::npos);
    const std::string n1 = name_based_uuid(a, "attempt/1");
    CHECK(is_uuid(n1));
    CHECK(n1[14] == '8');
    CHECK(n1 == name_based_uuid(a, "attempt/1"));
    CHECK(n1 != name_based_uuid(a, "attempt/2"));
    CHECK(n1 != name_based_uuid(b, "attempt/1"));
    CHECK_FALSE(is_uuid("not-a-uuid"));
}
