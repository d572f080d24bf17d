// A certificate as issued: what it says (a snapshot stored with it, so later edits of names, lessons or
// scores never change a certificate) and its print-ready page (one A4 landscape sheet, inline CSS, no
// scripts or links; up to 30 lessons on one sheet, more continue on a second). review_store.hpp issues,
// stores and revokes certificates.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace stipple {

struct CertificateLesson {
    std::string lesson_id;
    std::string title;
    std::string passed_on;     // ISO 8601 UTC: the counted pass that made the lesson proficient
    double best_score = 0.0;   // best counted total, 0-100
    std::string signed_by;     // the instructor who signed the lesson off
    std::string signed_on;     // ISO 8601 UTC
};

struct CertificateContents {
    std::string serial;            // UUID v8 of (database id, "certificate/<id>")
    std::string academy_home;      // the academy's identity URL
    std::string trainee;           // name at issue
    std::string trainee_uid;       // stable id (the xAPI actor)
    std::string curriculum_title;
    std::vector<CertificateLesson> lessons;  // teaching order
    std::string issued_by;
    std::string issued_at;         // ISO 8601 UTC
};

// The snapshot as stored (fixed field order, so the same contents give the same text) and back. Reading
// refuses a snapshot without its fields: InputError naming `source` and the JSON pointer.
nlohmann::ordered_json certificate_to_json(const CertificateContents& contents);
CertificateContents certificate_from_json(const nlohmann::json& json, const std::string& source);

// The printable page: academy, trainee, curriculum; per lesson passed on, best score, signed by and on;
// issuer and date; the serial and how to verify it. A revoked certificate says "REVOKED on <date>" at the top.
std::string certificate_page_html(const CertificateContents& contents,
                                  const std::optional<std::string>& revoked_at = std::nullopt);

}  // namespace stipple
