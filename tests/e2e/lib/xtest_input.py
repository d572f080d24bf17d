#!/usr/bin/env python3
"""Plays pointer input timed by the X server, and prints each button hold as the server stamped it.

   xtest_input.py STEP...   STEP = move:X,Y@MS | press:B@MS | release:B@MS | hold:B,N@MS | key:NAME,N@MS
   (X,Y on the screen; @MS = this many milliseconds after the step before, default 0; hold:B,N = press
   button B and release it N ms later; N = 0 is a tap, press and release at one server time; key:NAME,N =
   hold the key with that keysym name (Return, Escape, F12...) N ms, long enough for the server's
   auto-repeat when N is over about 0.7 s)

Every step goes to the server in one flush through XTEST, each with XTEST's own delay, so the server itself
times the input: no client's scheduling (xdotool's `sleep`) can stretch a hold or a pause. A busy server
can still process a step a few ms late, so the helper also listens to the raw button events (XInput 2.1 on
the root window: it takes nothing away from the window under the pointer) and prints one line per release,
"held N ms" (release time - press time on the server's millisecond clock), for tests to hold a program to.
Uses libX11, libXi and libXtst through ctypes: no headers, no Python X bindings."""
import ctypes
import ctypes.util
import sys


def parse(step):
    what, _, rest = step.partition(":")
    args, _, delay = rest.partition("@")
    fields = args.split(",")
    if what == "key" and len(fields) == 2:
        return what, [fields[0], int(fields[1])], int(delay or 0)
    values = [int(v) for v in fields]
    if what not in ("move", "press", "release", "hold") or len(values) != (1 if what in ("press", "release") else 2):
        sys.exit(f"xtest_input.py: cannot read the step '{step}'")
    return what, values, int(delay or 0)


steps = [parse(a) for a in sys.argv[1:]]


def lib(name, soname):
    return ctypes.CDLL(ctypes.util.find_library(name) or soname)


x11, xi, xtst = lib("X11", "libX11.so.6"), lib("Xi", "libXi.so.6"), lib("Xtst", "libXtst.so.6")
vp, c_int, c_ulong = ctypes.c_void_p, ctypes.c_int, ctypes.c_ulong


class XIEventMask(ctypes.Structure):
    _fields_ = [("deviceid", c_int), ("mask_len", c_int), ("mask", ctypes.POINTER(ctypes.c_ubyte))]


class XGenericEventCookie(ctypes.Structure):
    _fields_ = [("type", c_int), ("serial", c_ulong), ("send_event", c_int), ("display", vp),
                ("extension", c_int), ("evtype", c_int), ("cookie", ctypes.c_uint), ("data", vp)]


class XEvent(ctypes.Union):
    _fields_ = [("type", c_int), ("xcookie", XGenericEventCookie), ("pad", ctypes.c_long * 24)]


class XIRawEventHead(ctypes.Structure):  # the leading fields of XIRawEvent
    _fields_ = [("type", c_int), ("serial", c_ulong), ("send_event", c_int), ("display", vp),
                ("extension", c_int), ("evtype", c_int), ("time", c_ulong), ("deviceid", c_int),
                ("sourceid", c_int), ("detail", c_int), ("flags", c_int)]


x11.XOpenDisplay.restype = vp
x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
x11.XDefaultRootWindow.restype = c_ulong
x11.XDefaultRootWindow.argtypes = [vp]
x11.XQueryExtension.argtypes = [vp, ctypes.c_char_p, ctypes.POINTER(c_int), ctypes.POINTER(c_int), ctypes.POINTER(c_int)]
x11.XSync.argtypes = [vp, c_int]
x11.XNextEvent.argtypes = [vp, ctypes.POINTER(XEvent)]
x11.XGetEventData.argtypes = [vp, ctypes.POINTER(XGenericEventCookie)]
x11.XFreeEventData.argtypes = [vp, ctypes.POINTER(XGenericEventCookie)]
x11.XCloseDisplay.argtypes = [vp]
xi.XIQueryVersion.argtypes = [vp, ctypes.POINTER(c_int), ctypes.POINTER(c_int)]
xi.XISelectEvents.argtypes = [vp, c_ulong, ctypes.POINTER(XIEventMask), c_int]
xtst.XTestFakeButtonEvent.argtypes = [vp, ctypes.c_uint, c_int, c_ulong]
xtst.XTestFakeMotionEvent.argtypes = [vp, c_int, c_int, c_int, c_ulong]
xtst.XTestFakeKeyEvent.argtypes = [vp, ctypes.c_uint, c_int, c_ulong]
x11.XStringToKeysym.restype = c_ulong
x11.XStringToKeysym.argtypes = [ctypes.c_char_p]
x11.XKeysymToKeycode.restype = ctypes.c_ubyte
x11.XKeysymToKeycode.argtypes = [vp, c_ulong]

XI_RawButtonPress, XI_RawButtonRelease, GenericEvent, XIAllMasterDevices = 15, 16, 35, 1

display = x11.XOpenDisplay(None)
if not display:
    sys.exit("xtest_input.py: cannot open the X display")
opcode, first_event, first_error = c_int(), c_int(), c_int()
major, minor = c_int(2), c_int(1)
if not x11.XQueryExtension(display, b"XInputExtension", ctypes.byref(opcode), ctypes.byref(first_event),
                           ctypes.byref(first_error)) or xi.XIQueryVersion(display, ctypes.byref(major), ctypes.byref(minor)) != 0:
    sys.exit("xtest_input.py: the X server has no XInput 2.1")
bits = (ctypes.c_ubyte * 4)()
for evtype in (XI_RawButtonPress, XI_RawButtonRelease):
    bits[evtype >> 3] |= 1 << (evtype & 7)
mask = XIEventMask(XIAllMasterDevices, len(bits), bits)
xi.XISelectEvents(display, x11.XDefaultRootWindow(display), ctypes.byref(mask), 1)
x11.XSync(display, 0)

releases = 0
for what, values, delay in steps:
    if what == "move":
        xtst.XTestFakeMotionEvent(display, -1, values[0], values[1], delay)
    elif what == "key":
        code = x11.XKeysymToKeycode(display, x11.XStringToKeysym(values[0].encode()))
        if not code:
            sys.exit(f"xtest_input.py: no key for the keysym '{values[0]}'")
        xtst.XTestFakeKeyEvent(display, code, 1, delay)
        xtst.XTestFakeKeyEvent(display, code, 0, values[1])
    elif what == "hold":
        xtst.XTestFakeButtonEvent(display, values[0], 1, delay)
        xtst.XTestFakeButtonEvent(display, values[0], 0, values[1])
    else:
        xtst.XTestFakeButtonEvent(display, values[0], 1 if what == "press" else 0, delay)
    releases += what in ("release", "hold")
x11.XSync(display, 0)  # returns once the server has processed every step (each after its delay)

pressed = {}
event = XEvent()
while releases > 0:
    x11.XNextEvent(display, ctypes.byref(event))
    cookie = event.xcookie
    if cookie.type != GenericEvent or cookie.extension != opcode.value:
        continue
    if x11.XGetEventData(display, ctypes.byref(event.xcookie)):
        raw = ctypes.cast(event.xcookie.data, ctypes.POINTER(XIRawEventHead)).contents
        if raw.evtype == XI_RawButtonPress:
            pressed[raw.detail] = raw.time
        elif raw.evtype == XI_RawButtonRelease and raw.detail in pressed:
            print(f"held {(raw.time - pressed.pop(raw.detail)) & 0xFFFFFFFF} ms")
            releases -= 1
        x11.XFreeEventData(display, ctypes.byref(event.xcookie))
x11.XCloseDisplay(display)
