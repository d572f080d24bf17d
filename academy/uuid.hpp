// UUIDs in their textual form: random (v4) for database identities, name-based (v8, SHA-256) for records.
#pragma once

#include <string>
#include <string_view>

namespace stipple {

std::string random_uuid_v4();
// RFC 9562 version 8, name-based with SHA-256: the same namespace UUID and name always give the same UUID.
std::string name_based_uuid(std::string_view namespace_uuid, std::string_view name);
bool is_uuid(std::string_view text);  // 8-4-4-4-12 hex digits

}  // namespace stipple
