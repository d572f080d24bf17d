// The one error type for bad user input: names the file, the JSON pointer of the fault, and what was expected.
#pragma once

#include <stdexcept>
#include <string>

namespace stipple {

// what() reads "FILE: /json/pointer: what was expected" (pointer omitted when the whole file is at fault).
class InputError : public std::runtime_error {
public:
    InputError(std::string file, std::string pointer, std::string message)
        : std::runtime_error(compose(file, pointer, message)),
          file_(std::move(file)),
          pointer_(std::move(pointer)),
          message_(std::move(message)) {}

    const std::string& file() const { return file_; }
    const std::string& pointer() const { return pointer_; }
    const std::string& message() const { return message_; }

private:
    static std::string compose(const std::string& file, const std::string& pointer, const std::string& message) {
        std::string s = file.empty() ? std::string("<input>") : file;
        s += ": ";
        if (!pointer.empty()) s += pointer + ": ";
        return s + message;
    }
    std::string file_;
    std::string pointer_;
    std::string message_;
};

}  // namespace stipple
