// UTF-8 checking and repair, and control-character stripping (see text_safety.hpp).
#include "academy/text_safety.hpp"

#include <cstdint>

namespace stipple {

namespace {

constexpr const char* kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Length of the well-formed sequence starting at text[i], or 0 when it is ill-formed; *bad_len is then the
// length of its maximal bad subpart (at least 1), which is replaced by one U+FFFD.
size_t sequence_length(std::string_view text, size_t i, size_t* bad_len) {
    const auto byte = [&](size_t k) { return static_cast<uint8_t>(text[k]); };
    const uint8_t b0 = byte(i);
    *bad_len = 1;
    if (b0 < 0x80) return 1;
    size_t need = 0;
    uint8_t lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (b0 >= 0xC2 && b0 <= 0xDF) need = 1;
    else if (b0 == 0xE0) need = 2, lo = 0xA0;
    else if (b0 >= 0xE1 && b0 <= 0xEC) need = 2;
    else if (b0 == 0xED) need = 2, hi = 0x9F;  // no UTF-16 surrogates
    else if (b0 >= 0xEE && b0 <= 0xEF) need = 2;
    else if (b0 == 0xF0) need = 3, lo = 0x90;
    else if (b0 >= 0xF1 && b0 <= 0xF3) need = 3;
    else if (b0 == 0xF4) need = 3, hi = 0x8F;  // at most U+10FFFF
    else return 0;                             // 80-C1, F5-FF never start a character
    for (size_t k = 1; k <= need; ++k) {
        if (i + k >= text.size()) { *bad_len = k; return 0; }
        const uint8_t b = byte(i + k);
        const uint8_t min = k == 1 ? lo : 0x80, max = k == 1 ? hi : 0xBF;
        if (b < min || b > max) { *bad_len = k; return 0; }
    }
    return need + 1;
}

bool is_control(std::string_view text, size_t i, size_t len, LineBreaks line_breaks) {
    const auto b0 = static_cast<uint8_t>(text[i]);
    if (len == 1) return (b0 < 0x20 || b0 == 0x7F) && !(b0 == '\n' && line_breaks == LineBreaks::keep);
    return len == 2 && b0 == 0xC2 && static_cast<uint8_t>(text[i + 1]) <= 0x9F;  // C1: U+0080-U+009F
}

}  // namespace

std::string valid_utf8_or_replace(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0, bad = 0; i < text.size();) {
        const size_t len = sequence_length(text, i, &bad);
        if (len == 0) {
            out += kReplacement;
            i += bad;
        } else {
            out.append(text.substr(i, len));
            i += len;
        }
    }
    return out;
}

std::string printable_text(std::string_view text, LineBreaks line_breaks) {
    const std::string valid = valid_utf8_or_replace(text);
    std::string out;
    out.reserve(valid.size());
    for (size_t i = 0, bad = 0; i < valid.size();) {
        const size_t len = sequence_length(valid, i, &bad);  // never 0: `valid` is well-formed
        if (!is_control(valid, i, len, line_breaks)) out.append(valid, i, len);
        i += len;
    }
    return out;
}

bool has_control_characters(std::string_view text, LineBreaks line_breaks) {
    for (size_t i = 0, bad = 0; i < text.size();) {
        const size_t len = sequence_length(text, i, &bad);
        if (len == 0) { i += bad; continue; }
        if (is_control(text, i, len, line_breaks)) return true;
        i += len;
    }
    return false;
}

}  // namespace stipple
