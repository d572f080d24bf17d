// Reading a password or PIN for the command line: from a file only its owner can read (`--password-file`,
// mode 0600 or 0400; anything looser is refused), else from the terminal with echo off. Never from an
// argument (it would show in `ps` and the shell history) and never echoed.
#pragma once

#include <string>

namespace stipple {

// "" when `path` is a regular file no one but its owner can read or write, else why not, with its mode
// ("the secret file is open to others (mode 0644); chmod 600 it").
std::string secret_file_fault(const std::string& path);

// The secret in `file` (its first line, without the line end) when `file` is not empty, else asked on the
// terminal after `prompt` without echo. InputError (exit 2) for a loose or unreadable file, or when there is
// no terminal to ask on.
std::string read_secret(const std::string& file, const std::string& prompt);

// A new secret: from `file` as read_secret, else asked twice on the terminal (the two must agree).
std::string read_new_secret(const std::string& file, const std::string& prompt);

}  // namespace stipple
