// XInput 2 pointer events with server timestamps (see pointer_input.hpp).
#include "sim/ui/pointer_input.hpp"

#include <chrono>

#include <X11/Xatom.h>
#include <X11/Xlib.h>
#include <X11/extensions/XInput2.h>

#include "sim/flow/pen_pressure.hpp"

namespace stipple {

double steady_now_s() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

namespace {

Display* as_display(void* d) { return static_cast<Display*>(d); }

// True for the PropertyNotify of our anchoring window.
Bool is_property_notify(Display*, XEvent* ev, XPointer window) {
    return ev->type == PropertyNotify && ev->xproperty.window == *reinterpret_cast<Window*>(window);
}

}  // namespace

std::optional<sf::Event> as_sfml_event(const PointerEvent& p) {
    sf::Event e;
    const int x = static_cast<int>(p.x_px), y = static_cast<int>(p.y_px);
    switch (p.kind) {
        case PointerEvent::Kind::Move:
            e.type = sf::Event::MouseMoved;
            e.mouseMove = {x, y};
            return e;
        case PointerEvent::Kind::Press:
        case PointerEvent::Kind::Release: {
            sf::Mouse::Button button;
            switch (p.button) {
                case 1: button = sf::Mouse::Left; break;
                case 2: button = sf::Mouse::Middle; break;
                case 3: button = sf::Mouse::Right; break;
                case 8: button = sf::Mouse::XButton1; break;
                case 9: button = sf::Mouse::XButton2; break;
                default: return std::nullopt;
            }
            e.type = p.kind == PointerEvent::Kind::Press ? sf::Event::MouseButtonPressed : sf::Event::MouseButtonReleased;
            e.mouseButton = {button, x, y};
            return e;
        }
        case PointerEvent::Kind::Wheel:
            e.type = sf::Event::MouseWheelScrolled;
            e.mouseWheelScroll = {p.horizontal ? sf::Mouse::HorizontalWheel : sf::Mouse::VerticalWheel, p.wheel_delta, x, y};
            return e;
        case PointerEvent::Kind::Enter: e.type = sf::Event::MouseEntered; return e;
        case PointerEvent::Kind::Leave: e.type = sf::Event::MouseLeft; return e;
    }
    return std::nullopt;
}

PointerInput::PointerInput(sf::WindowHandle window) : window_(window) {
    if (!window) return;
    Display* display = XOpenDisplay(nullptr);
    if (!display) return;
    int event = 0, error = 0;
    int major = 2, minor = 0;
    if (!XQueryExtension(display, "XInputExtension", &xi_opcode_, &event, &error) ||
        XIQueryVersion(display, &major, &minor) != Success || major < 2) {
        XCloseDisplay(display);
        return;
    }
    pressure_atom_ = XInternAtom(display, "Abs Pressure", False);
    display_ = display;
    anchor_server_time();
}

PointerInput::~PointerInput() {
    // No deselect: the window may be gone already (BadWindow would end the program), and the server drops
    // every selection of a connection when it closes.
    if (display_) XCloseDisplay(as_display(display_));
}

void PointerInput::select(bool on) {
    if (!display_ || on == selected_) return;
    unsigned char mask_bits[XIMaskLen(XI_LASTEVENT)] = {};
    XIEventMask mask;
    mask.deviceid = XIAllMasterDevices;
    mask.mask_len = sizeof(mask_bits);
    mask.mask = mask_bits;
    if (on) {
        XISetMask(mask_bits, XI_ButtonPress);
        XISetMask(mask_bits, XI_ButtonRelease);
        XISetMask(mask_bits, XI_Motion);
        XISetMask(mask_bits, XI_Enter);
        XISetMask(mask_bits, XI_Leave);
    }
    XISelectEvents(as_display(display_), window_, &mask, 1);  // all zeros: deselected, SFML gets them again
    XSync(as_display(display_), False);
    selected_ = on;
}

// One round trip: a zero-length append to a property of a window of ours makes the server send a
// PropertyNotify stamped with its clock; the steady clock is read before and after, the middle is the pair.
void PointerInput::anchor_server_time() {
    Display* display = as_display(display_);
    XSetWindowAttributes attributes = {};
    attributes.event_mask = PropertyChangeMask;
    Window probe = XCreateWindow(display, DefaultRootWindow(display), 0, 0, 1, 1, 0, 0, InputOnly, CopyFromParent,
                                 CWEventMask, &attributes);
    const Atom atom = XInternAtom(display, "STIPPLE_TIME_PROBE", False);
    XSync(display, False);
    const double before = steady_now_s();
    XChangeProperty(display, probe, atom, XA_STRING, 8, PropModeAppend, nullptr, 0);
    XSync(display, False);
    const double after = steady_now_s();
    XEvent ev;
    XIfEvent(display, &ev, is_property_notify, reinterpret_cast<XPointer>(&probe));
    anchor_server_ms_ = static_cast<uint32_t>(ev.xproperty.time);
    anchor_steady_s_ = 0.5 * (before + after);
    XDestroyWindow(display, probe);
    XSync(display, False);
}

// Server milliseconds (32 bits, wrapping every 49.7 days) onto the steady clock. A time that would lie in
// the future means the anchor drifted (a remote server's clock): the anchor moves so that it is now.
double PointerInput::to_steady_s(unsigned long server_ms) {
    const int32_t since_anchor_ms = static_cast<int32_t>(static_cast<uint32_t>(server_ms) - anchor_server_ms_);
    double t = anchor_steady_s_ + since_anchor_ms / 1000.0;
    const double now = steady_now_s();
    if (t > now + 0.002) {
        anchor_server_ms_ = static_cast<uint32_t>(server_ms);
        anchor_steady_s_ = now;
        t = now;
    }
    return t;
}

PointerInput::PressureAxis& PointerInput::axis_for(int source_device) {
    auto found = axes_.find(source_device);
    if (found != axes_.end()) return found->second;
    PressureAxis axis;
    int count = 0;
    XIDeviceInfo* info = XIQueryDevice(as_display(display_), source_device, &count);
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

double PointerInput::pressure_of(int source_device, const unsigned char* mask, int mask_len, const double* values) {
    PressureAxis& axis = axis_for(source_device);
    if (axis.number < 0) return -1.0;
    if (axis.number < mask_len * 8 && XIMaskIsSet(mask, axis.number)) {
        int index = 0;  // values are packed: one per set bit, in bit order
        for (int bit = 0; bit < axis.number; ++bit)
            if (XIMaskIsSet(mask, bit)) ++index;
        axis.last = normalize_pressure(values[index], axis.min, axis.max);
    }
    return axis.last < 0.0 ? 0.0 : axis.last;
}

bool PointerInput::pending() const { return display_ && XPending(as_display(display_)) > 0; }

std::vector<PointerEvent> PointerInput::poll() {
    std::vector<PointerEvent> events;
    if (!display_) return events;
    Display* display = as_display(display_);
    while (XPending(display) > 0) {
        XEvent ev;
        XNextEvent(display, &ev);
        XGenericEventCookie* cookie = &ev.xcookie;
        if (cookie->type != GenericEvent || cookie->extension != xi_opcode_) continue;
        if (!XGetEventData(display, cookie)) continue;
        PointerEvent p;
        bool keep = selected_;
        switch (cookie->evtype) {
            case XI_Motion:
            case XI_ButtonPress:
            case XI_ButtonRelease: {
                const auto* de = static_cast<const XIDeviceEvent*>(cookie->data);
                p.time_s = to_steady_s(de->time);
                p.x_px = static_cast<float>(de->event_x);
                p.y_px = static_cast<float>(de->event_y);
                p.pressure = pressure_of(de->sourceid, de->valuators.mask, de->valuators.mask_len, de->valuators.values);
                if (cookie->evtype == XI_Motion) {
                    p.kind = PointerEvent::Kind::Move;
                    break;
                }
                const bool press = cookie->evtype == XI_ButtonPress;
                p.button = de->detail;
                if (p.button >= 4 && p.button <= 7) {  // the wheel: a press is one notch, its release nothing
                    keep = keep && press;
                    p.kind = PointerEvent::Kind::Wheel;
                    p.horizontal = p.button >= 6;
                    p.wheel_delta = (p.button == 4 || p.button == 6) ? 1.0f : -1.0f;
                } else {
                    p.kind = press ? PointerEvent::Kind::Press : PointerEvent::Kind::Release;
                    if (!press && p.pressure > 0.0) p.pressure = 0.0;  // a pen leaving the skin
                }
                break;
            }
            case XI_Enter:
            case XI_Leave: {
                const auto* ee = static_cast<const XIEnterEvent*>(cookie->data);
                p.kind = cookie->evtype == XI_Enter ? PointerEvent::Kind::Enter : PointerEvent::Kind::Leave;
                p.time_s = to_steady_s(ee->time);
                p.x_px = static_cast<float>(ee->event_x);
                p.y_px = static_cast<float>(ee->event_y);
                break;
            }
            default: keep = false; break;
        }
        XFreeEventData(display, cookie);
        if (keep) events.push_back(p);
    }
    return events;
}

}  // namespace stipple
