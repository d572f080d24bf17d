// XInput2 pen pressure: raw motion/button events from the root window on a second connection; each source
// device's "Abs Pressure" valuator is looked up once and its readings normalised to 0..1 (sim/flow/pen_pressure).
#include "sim/ui/pen_input.hpp"

#include <X11/Xlib.h>
#include <X11/extensions/XInput2.h>

#include "sim/flow/pen_pressure.hpp"

namespace stipple {

PenInput::PenInput(sf::WindowHandle window) {
    if (!window) return;
    Display* display = XOpenDisplay(nullptr);
    if (!display) return;
    int event = 0, error = 0;
    int major = 2, minor = 1;  // raw events reach the root window without a grab from XI 2.1 on
    if (!XQueryExtension(display, "XInputExtension", &xi_opcode_, &event, &error) ||
        XIQueryVersion(display, &major, &minor) != Success || (major == 2 && minor < 1)) {
        XCloseDisplay(display);
        return;
    }
    unsigned char mask_bits[XIMaskLen(XI_LASTEVENT)] = {};
    XIEventMask mask;
    mask.deviceid = XIAllMasterDevices;
    mask.mask_len = sizeof(mask_bits);
    mask.mask = mask_bits;
    XISetMask(mask_bits, XI_RawMotion);
    XISetMask(mask_bits, XI_RawButtonPress);
    XISetMask(mask_bits, XI_RawButtonRelease);
    XISelectEvents(display, DefaultRootWindow(display), &mask, 1);
    pressure_atom_ = XInternAtom(display, "Abs Pressure", False);
    XFlush(display);
    display_ = display;
}

PenInput::~PenInput() {
    if (display_) XCloseDisplay(static_cast<Display*>(display_));
}

const PenInput::PressureAxis& PenInput::axis_for(int source_device) {
    auto found = axes_.find(source_device);
    if (found != axes_.end()) return found->second;
    PressureAxis axis;
    int count = 0;
    XIDeviceInfo* info = XIQueryDevice(static_cast<Display*>(display_), source_device, &count);
    for (int d = 0; info && d < count; ++d)
        for (int c = 0; c < info[d].num_classes; ++c) {
            if (info[d].classes[c]->type != XIValuatorClass) continue;
            const auto* v = reinterpret_cast<const XIValuatorClassInfo*>(info[d].classes[c]);
            if (v->label == pressure_atom_) {
                axis.number = v->number;
                axis.min = v->min;
                axis.max = v->max;
            }
        }
    if (info) XIFreeDeviceInfo(info);
    return axes_.emplace(source_device, axis).first->second;
}

std::vector<PenSample> PenInput::poll() {
    std::vector<PenSample> samples;
    if (!display_) return samples;
    Display* display = static_cast<Display*>(display_);
    while (XPending(display) > 0) {
        XEvent ev;
        XNextEvent(display, &ev);
        XGenericEventCookie* cookie = &ev.xcookie;
        if (cookie->type != GenericEvent || cookie->extension != xi_opcode_) continue;
        if (!XGetEventData(display, cookie)) continue;
        if (cookie->evtype == XI_RawMotion || cookie->evtype == XI_RawButtonPress ||
            cookie->evtype == XI_RawButtonRelease) {
            const auto* re = static_cast<const XIRawEvent*>(cookie->data);
            const PressureAxis& axis = axis_for(re->sourceid);
            if (axis.number >= 0 && axis.number < re->valuators.mask_len * 8 &&
                XIMaskIsSet(re->valuators.mask, axis.number)) {
                // Values are packed: one per set bit, in bit order.
                int index = 0;
                for (int bit = 0; bit < axis.number; ++bit)
                    if (XIMaskIsSet(re->valuators.mask, bit)) ++index;
                PenSample s;
                s.pressure = cookie->evtype == XI_RawButtonRelease
                                 ? 0.0
                                 : normalize_pressure(re->valuators.values[index], axis.min, axis.max);
                samples.push_back(s);
            }
        }
        XFreeEventData(display, cookie);
    }
    return samples;
}

}  // namespace stipple
