// For the display tests: fails loudly without DISPLAY, and holds an X connection open for the test's life
// through the program's own display probe (sim/ui/display_probe.hpp). An Xvfb started without -noreset
// resets whenever its last client leaves, and a connection attempt during that reset fails; holding a
// connection keeps SFML's own reconnects safe, and the probe retries briefly (bounded: 2 s) to ride out a
// reset left by the previous test process.
#pragma once

#include <cstdlib>
#include <memory>

#include <catch2/catch.hpp>

#include "sim/ui/display_probe.hpp"

namespace stipple::test {

class ModelDisplayGuard {
public:
    ModelDisplayGuard() {
        const char* name = std::getenv("DISPLAY");
        if (name == nullptr || *name == '\0') FAIL("DISPLAY is not set: run the display tests under Xvfb");
        display_ = open_display_probe();
        if (!display_) FAIL("cannot open X display " << name);
    }

private:
    std::shared_ptr<void> display_;
};

}  // namespace stipple::test
