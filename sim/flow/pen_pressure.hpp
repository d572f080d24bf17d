// A pen's raw pressure reading as the 0..1 the practice session takes: the valuator's value mapped over the
// range the device reports (sim/ui/pointer_input reads the raw values from XInput 2).
#pragma once

namespace stipple {

// Maps a raw valuator reading onto 0..1 using the device's range (clamped; 0 for an empty range).
double normalize_pressure(double raw, double min, double max);

}  // namespace stipple
