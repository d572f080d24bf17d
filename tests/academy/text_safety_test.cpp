// text_safety: UTF-8 checking and repair, control stripping (C0, DEL, C1), and the CSV cell guard.
#include <catch2/catch.hpp>

#include "academy/csv_export.hpp"
#include "academy/text_safety.hpp"

using namespace stipple;

TEST_CASE("UTF-8: well-formed text is kept, every kind of ill-formed byte becomes U+FFFD", "[text_safety]") {
    const std::string ok = "Ana \xC3\xA9 \xE2\x82\xAC \xF0\x9F\x92\x88";  // é € 💈
    CHECK(valid_utf8_or_replace(ok) == ok);
    const std::string fffd = "\xEF\xBF\xBD";
    const std::vector<std::pair<std::string, std::string>> bad = {
        {"a\xFF" "b", "a" + fffd + "b"},                        // never a UTF-8 byte
        {"\x80", fffd},                                          // a lone continuation byte
        {"\xC0\xAF", fffd + fffd},                               // overlong "/"
        {"\xE0\x80\xAF", fffd + fffd + fffd},                    // overlong, three bytes
        {"\xED\xA0\x80", fffd + fffd + fffd},                    // a UTF-16 surrogate (U+D800)
        {"\xF4\x90\x80\x80", fffd + fffd + fffd + fffd},         // above U+10FFFF
        {"\xE2\x82" "A", fffd + "A"},                            // truncated, then ASCII: one U+FFFD
        {"x\xF0\x9F\x92", "x" + fffd},                           // truncated at the end
    };
    for (const auto& [in, out] : bad) {
        INFO("bytes of " << out);
        CHECK(valid_utf8_or_replace(in) == out);
        CHECK(valid_utf8_or_replace(out) == out);  // the repair is well-formed
    }
}

TEST_CASE("printable_text strips C0, DEL and C1 controls; comments may keep their line breaks", "[text_safety]") {
    CHECK(printable_text("Hair\x07line\x1B[2J\x7F") == "Hairline[2J");
    CHECK(printable_text("a\tb\r\nc") == "abc");
    CHECK(printable_text("a\xC2\x85" "b\xC2\x9B" "c") == "abc");      // NEL and CSI (C1)
    CHECK(printable_text("\xC2\xA0\xC2\xA9") == "\xC2\xA0\xC2\xA9");  // NBSP and © are not controls
    CHECK(printable_text("one\r\ntwo\n", LineBreaks::keep) == "one\ntwo\n");
    CHECK(printable_text("bad \xFF") == "bad \xEF\xBF\xBD");
    CHECK(printable_text(std::string("a\0b", 3)) == "ab");
    CHECK(has_control_characters("a\x01"));
    CHECK(has_control_characters("a\xC2\x80"));
    CHECK(has_control_characters("a\nb"));
    CHECK_FALSE(has_control_characters("a\nb", LineBreaks::keep));
    CHECK_FALSE(has_control_characters("\xC3\xA9t\xC3\xA9"));
}

TEST_CASE("CSV text cells: every formula start is guarded, controls stripped, quoting last", "[text_safety][csv]") {
    CHECK(csv_text_cell("=1+1") == "'=1+1");
    CHECK(csv_text_cell("+1") == "'+1");
    CHECK(csv_text_cell("-1") == "'-1");
    CHECK(csv_text_cell("@SUM(A1)") == "'@SUM(A1)");
    CHECK(csv_text_cell("\t=1+1") == "'=1+1");                  // TAB stripped: what is left is guarded
    CHECK(csv_text_cell("\r=1+1") == "'=1+1");
    CHECK(csv_text_cell("\xEF\xBC\x9D" "1+1") == "'\xEF\xBC\x9D" "1+1");  // ＝ full-width
    CHECK(csv_text_cell("\xEF\xBC\x8B" "1") == "'\xEF\xBC\x8B" "1");      // ＋
    CHECK(csv_text_cell("\xEF\xBC\x8D" "1") == "'\xEF\xBC\x8D" "1");      // －
    CHECK(csv_text_cell("\xEF\xBC\xA0" "A") == "'\xEF\xBC\xA0" "A");      // ＠
    CHECK(csv_text_cell("\xEF\xB9\xA6" "1") == "'\xEF\xB9\xA6" "1");      // ﹦ small
    CHECK(csv_text_cell("Bell\x07") == "Bell");
    CHECK(csv_text_cell("=A1,\"x\"") == "\"'=A1,\"\"x\"\"\"");
    CHECK(csv_text_cell("ana") == "ana");
    CHECK(csv_text_cell("a=b") == "a=b");  // only a leading sign starts a formula
    for (const char* start : {"=", "+", "-", "@", "\t", "\r", "\xEF\xBC\x9D", "\xEF\xBC\x8B", "\xEF\xBC\x8D",
                              "\xEF\xBC\xA0"})
        CHECK(starts_like_formula(std::string(start) + "x"));
    CHECK_FALSE(starts_like_formula("x="));
    CHECK_FALSE(starts_like_formula(""));
}
