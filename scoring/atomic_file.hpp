// Writing files so that a crash never leaves a half-written one: temp file in the same folder, fsync, rename.
#pragma once

#include <string>

namespace stipple {

// Throws std::runtime_error naming the path when the file cannot be written; the old file stays intact.
// `mode` is the new file's permission bits: 0644 for shareable output (reports, lessons, exports), 0600 for a
// trainee's private records (attempts, autosaves, screenshots).
void write_file_atomically(const std::string& path, const std::string& content, unsigned mode = 0644);
inline constexpr unsigned kPrivateFileMode = 0600;
std::string read_text_file(const std::string& path);  // throws InputError when it cannot be read

}  // namespace stipple
