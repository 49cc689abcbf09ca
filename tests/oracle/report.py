"""Independent oracle for `qualichart report --json`.

Usage: python3 tests/oracle/report.py [--class ID] FILE

Reads a VALID `qualichart/1` session (docs/session-format.md) and prints the
`qualichart-report/1` JSON that `report --json` must print, computed directly
from the text of docs/report-format.md ("the report doc" below) and the
contract's "Calculations" section ("the contract" below). Knockout sessions
(the project extension `parts`, lap `part`, entry `part_bests` in
docs/session-format.md, "Project extensions") follow the report doc's
"Knockout sessions (`parts`)" section; lap `flag` is informational and ignored.

It is written apart from the Rust core on purpose: tests/oracle.rs runs both on
random sessions and compares them. It uses only the standard library, and every
time is an integer count of 0.1 ms ("tenths" below); floats appear only where the
report prints them (`*_ms`, `percent`).

Validity is assumed. Input it cannot understand makes it exit with status 1.
"""

import argparse
import json
import re
import sys

# --------------------------------------------------------------------------
# Text
# --------------------------------------------------------------------------

# Session format, project notes, "Text": "Each run of line breaks and tabs (TAB,
# LF, VT, FF, CR, NEL, U+2028, U+2029) becomes one space, none at the start or
# end; every other control character (U+0000-U+001F, U+007F-U+009F), every bidi
# formatting control (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069) and
# every noncharacter (U+FDD0-U+FDEF, U+nFFFE, U+nFFFF) is removed."
BREAKS = "\t\n\x0b\x0c\r\x85\u2028\u2029"
BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def removed(c):
    o = ord(c)
    if c in BREAKS:
        return False
    return (o <= 0x1F or 0x7F <= o <= 0x9F or c in BIDI
            or 0xFDD0 <= o <= 0xFDEF or o % 0x10000 in (0xFFFE, 0xFFFF))


def clean(text):
    kept = "".join(c for c in text if not removed(c))
    pieces = re.split("[" + BREAKS + "]+", kept)
    return " ".join(p for i, p in enumerate(pieces)
                    if p or 0 < i < len(pieces) - 1)


# The text fields of a session, by where they are (the others, such as times,
# `status`, `pit` and colours, are read exactly).
TEXT_FIELDS = {
    "session": ("series", "event", "session", "date"),
    "track": ("name",),
    "class": ("id", "name"),
    "record": ("class", "label", "driver", "car"),
    "part": ("id", "name"),
    "entry": ("number", "class", "team", "car", "manufacturer", "note"),
    "driver": ("name", "short", "country"),
    "lap": ("part", "flag"),
    "best": ("part",),
}


def clean_fields(obj, kind):
    if isinstance(obj, dict):
        for key in TEXT_FIELDS[kind]:
            if isinstance(obj.get(key), str):
                obj[key] = clean(obj[key])


def clean_session(session):
    """Every text field of `session`, cleaned in place, as the core reads them."""
    clean_fields(session, "session")
    clean_fields(session.get("track"), "track")
    for kind, key in (("class", "classes"), ("record", "records"), ("part", "parts")):
        for item in session.get(key) or []:
            clean_fields(item, kind)
    for entry in session.get("entries") or []:
        clean_fields(entry, "entry")
        for driver in entry.get("drivers") or []:
            clean_fields(driver, "driver")
        for lap in entry.get("laps") or []:
            clean_fields(lap, "lap")
        for best in [entry.get("best")] + list(entry.get("part_bests") or []):
            clean_fields(best, "best")
    return session


# --------------------------------------------------------------------------
# Times
# --------------------------------------------------------------------------

# Project decision: a time string is `ss`, `m:ss` or `h:mm:ss`; fields after the
# first are exactly two digits and below 60; optional `.` and 1-4 decimals.
TIME_RE = re.compile(r"^(\d+)(?::(\d{2}))?(?::(\d{2}))?(?:\.(\d{1,4}))?$")

TENTHS_PER_SECOND = 10000  # contract: "a time is an integer count of 0.1 ms"


class Invalid(Exception):
    """Input the oracle does not accept (the oracle then exits 1)."""


def parse_time(value):
    """Time (string or JSON number) -> integer tenths of a millisecond."""
    if isinstance(value, bool):
        raise Invalid(f"{value!r} is not a time")
    if isinstance(value, (int, float)):
        # Project decision: JSON numbers are seconds rounded to the nearest
        # 0.1 ms, half away from zero, on value * 10000.
        scaled = value * TENTHS_PER_SECOND
        if scaled != scaled or scaled in (float("inf"), float("-inf")):
            raise Invalid(f"{value!r} is not a time")
        if isinstance(scaled, int):
            return scaled
        whole = int(abs(scaled) + 0.5)  # floor(|x| + 0.5): half away from zero
        return whole if scaled >= 0 else -whole
    if not isinstance(value, str):
        raise Invalid(f"{value!r} is not a time")
    m = TIME_RE.match(value)
    if m is None:
        raise Invalid(f"{value!r} is not a time")
    first, second, third, frac = m.groups()
    if third is not None:  # h:mm:ss
        h, mi, s = int(first), int(second), int(third)
        if mi >= 60 or s >= 60:  # "Minutes and seconds after the first field must be below 60"
            raise Invalid(f"{value!r} is not a time")
    elif second is not None:  # m:ss
        h, mi, s = 0, int(first), int(second)
        if s >= 60:
            raise Invalid(f"{value!r} is not a time")
    else:  # ss
        h, mi, s = 0, 0, int(first)
    frac_tenths = int((frac or "").ljust(4, "0"))  # "32.6" -> 6000 tenths of a ms
    return ((h * 60 + mi) * 60 + s) * TENTHS_PER_SECOND + frac_tenths


def fastest_valid_lap(laps, lap_numbers, keep=lambda lap: True):
    """Report doc: "the fastest lap with a time and valid != false; equal times: the
    lower lap number, then the earlier array position", among the laps `keep` accepts
    (a knockout part's laps). Returns (time, lap number, index), or None."""
    candidates = []
    for i, lap in enumerate(laps):
        if not keep(lap):
            continue
        t = opt_time(lap.get("time"))
        if t is not None and get(lap, "valid", True) is not False:
            candidates.append((t, lap_numbers[i], i))
    return min(candidates) if candidates else None


def opt_time(value):
    """Parse an optional time: None (JSON null or absent) stays None."""
    return None if value is None else parse_time(value)


def time_is_four_decimals(value):
    """Report doc, Precision: "4 decimals when any time string in the input has
    4 decimal digits, or any JSON number time is not a whole number of
    milliseconds"."""
    if value is None:
        return False
    if isinstance(value, str):
        m = TIME_RE.match(value)
        return m is not None and m.group(4) is not None and len(m.group(4)) == 4
    # A JSON number: its value in tenths (after the project's rounding) is not
    # a whole number of milliseconds.
    return parse_time(value) % 10 != 0


def session_precision(session):
    """3 or 4 decimals for the whole session (report doc, "Times and gaps")."""
    times = []
    for rec in session.get("records") or []:
        times.append(rec.get("time"))
    for entry in session.get("entries") or []:
        for lap in entry.get("laps") or []:
            times.append(lap.get("time"))
            times.append(lap.get("at"))
            times.extend(lap.get("sectors") or [])
        # Project extension: `part_bests` items are "shaped like best", and their
        # times are time strings of the input like any other.
        for best in [entry.get("best")] + list(entry.get("part_bests") or []):
            if best is not None:
                times.append(best.get("time"))
                times.append(best.get("at"))
                times.extend(best.get("sectors") or [])
    return 4 if any(time_is_four_decimals(t) for t in times) else 3


def display(tenths, precision):
    """Report doc: under 60 s "59.123"; under an hour "1:32.656"; from an hour
    "1:02:03.457". 3 or 4 decimals per the session's precision."""
    assert tenths >= 0
    whole, frac = divmod(tenths, TENTHS_PER_SECOND)
    if precision == 3:
        # "In a 3-decimal session every time is a whole number of
        # milliseconds, so display never rounds."
        assert frac % 10 == 0, "3-decimal session with a sub-millisecond time"
        frac_text = f"{frac // 10:03d}"
    else:
        frac_text = f"{frac:04d}"
    hours, rest = divmod(whole, 3600)
    minutes, seconds = divmod(rest, 60)
    if whole < 60:
        return f"{seconds}.{frac_text}"
    if whole < 3600:
        return f"{minutes}:{seconds:02d}.{frac_text}"
    return f"{hours}:{minutes:02d}:{seconds:02d}.{frac_text}"


def display_gap(tenths, precision):
    """Report doc: gaps are signed: "+0.071", "+1:02.300" past a minute,
    "+0.000" for a tie, "-1.029" when faster."""
    sign = "-" if tenths < 0 else "+"
    return sign + display(abs(tenths), precision)


def ms(tenths):
    """Report doc: "`*_ms` fields are that count divided by 10, as a JSON number"."""
    return None if tenths is None else tenths / 10


def percent(best, pole):
    """Report doc, `percent`: "best x 100 / pole's best, rounded half up to 3
    decimals using integers: round(best x 100000 / pole) / 1000"."""
    num = best * 100000
    rounded = (2 * num + pole) // (2 * pole)  # floor(num / pole + 1/2): half up
    return rounded / 1000


# --------------------------------------------------------------------------
# The model: one record per car, everything the report needs
# --------------------------------------------------------------------------


class Source:
    """One sector source of a car: a valid lap, or the `best` object. A car's
    sources are kept in array order, the `best` object last."""

    def __init__(self, sectors, at, lap_number, driver):
        self.sectors = sectors  # list of tenths or None, one per declared sector
        self.at = at  # tenths or None
        self.lap_number = lap_number  # int or None
        self.driver = driver  # driver name or None


class Car:
    pass


def get(obj, key, default):
    """An optional field: absent or null means the default."""
    value = obj.get(key)
    return default if value is None else value


def driver_name(entry, index):
    """Report doc, row `driver`: "the lap's driver index, or best.driver; when
    that is not given ..., the entry's first driver; null when it lists none"."""
    drivers = entry.get("drivers") or []
    if index is not None and 0 <= index < len(drivers):
        return drivers[index]["name"]
    if drivers:
        return drivers[0]["name"]
    return None


def pad_sectors(raw, n):
    """Row `sectors`: "one per declared sector (missing or null sectors are null)"."""
    raw = raw or []
    return [opt_time(raw[k]) if k < len(raw) else None for k in range(n)]


def build_car(file_index, entry, n_sectors, parts):
    """One car. `parts` is the session's list of part ids in running order
    (empty for a session without parts)."""
    car = Car()
    car.file_index = file_index  # "file order = index in entries"
    car.entry = entry
    car.number = entry["number"]
    car.cls = get(entry, "class", "")  # contract: class "default """
    status = get(entry, "status", "ok")  # contract: status "ok" (default)
    laps = get(entry, "laps", [])
    car.laps_count = len(laps)  # "the number of items in the entry's laps (0 when absent)"
    knockout = len(parts) > 0

    # Lap number: "a lap's number is `lap`, or its array position + 1".
    lap_numbers = [get(lap, "lap", i + 1) for i, lap in enumerate(laps)]

    car.best = None  # tenths
    car.best_at = None
    car.best_lap = None
    car.best_driver = None
    car.best_sectors = None
    # Knockout: "Row field `part` is that part's id (`null` in sessions without
    # parts, and for cars that reached no part)".
    car.part = None  # index into `parts` of the last part reached
    car.part_times = {}  # part index -> its time in that part, tenths
    sources = []

    # "Which lap is a car's best", 1: "Status dns or excluded: no best,
    # whatever the laps say." Sectors: "Cars with status dns/excluded have none."
    # Knockout: "Cars with status dns or excluded reach no part."
    if status in ("dns", "excluded"):
        car.status = status
        car.sources = sources
        car.driver = driver_name(entry, None)  # "or there is no best, the entry's first driver"
        car.pb = [None] * n_sectors  # no sources, so no personal best sectors
        car.ideal = None
        return car

    best_source = None  # the best object as a sector source, when it gave the best
    if not knockout:
        # Rule 2: "the fastest lap with a time and valid != false; equal times: the
        # lower lap number, then the earlier array position."
        found = fastest_valid_lap(laps, lap_numbers)
        if found:
            t, number, i = found
            lap = laps[i]
            car.best = t
            car.best_at = opt_time(lap.get("at"))
            car.best_lap = number
            car.best_driver = lap.get("driver")
            car.best_sectors = pad_sectors(lap.get("sectors"), n_sectors)
        else:
            # Rule 3: "If there is no such lap, the entry's best object, when
            # present and it has a time."
            best = entry.get("best")
            if best is not None and best.get("time") is not None:
                car.best = parse_time(best["time"])
                car.best_at = opt_time(best.get("at"))
                car.best_lap = best.get("lap")  # "`best.lap` for a result-sheet best; may be null"
                car.best_driver = best.get("driver")
                car.best_sectors = pad_sectors(best.get("sectors"), n_sectors)
                # Sectors: "plus the result-sheet time that gave the row's best,
                # when one did: its best object"; "the best object counts as after
                # every lap".
                best_source = Source(
                    car.best_sectors,
                    car.best_at,
                    car.best_lap,
                    driver_name(entry, car.best_driver),
                )
        # Rule 4: otherwise no best (status no_time).
    else:
        # Knockout sessions. "Reached: a car reached part P when it has a lap
        # with `part: P` (timed or not, valid or not) or a `part_bests` item for
        # P. ... Laps without a `part` belong to no part: they count for sectors
        # and `laps`, not for the order."
        index_of = {pid: k for k, pid in enumerate(parts)}
        part_bests = get(entry, "part_bests", [])
        reached = set()
        for lap in laps:
            if lap.get("part") is not None:
                reached.add(index_of[lap["part"]])
        for item in part_bests:
            reached.add(index_of[item["part"]])

        # "Time in a part: the fastest valid timed lap of that part (ties: lower
        # lap number, then earlier array position); if there is none, the car's
        # `part_bests` item for that part, when it has a `time`."
        # Each value: (time, at, lap number, driver index, sectors, from an item).
        part_best = {}
        for k in reached:
            found = fastest_valid_lap(
                laps, lap_numbers,
                keep=lambda lap, k=k: lap.get("part") is not None and index_of[lap["part"]] == k)
            if found:
                t, number, i = found
                lap = laps[i]
                part_best[k] = (t, opt_time(lap.get("at")), number, lap.get("driver"),
                                pad_sectors(lap.get("sectors"), n_sectors), False)
                continue
            # "At most one item per part" (session doc).
            items = [it for it in part_bests if index_of[it["part"]] == k]
            if items and items[0].get("time") is not None:
                item = items[0]
                part_best[k] = (parse_time(item["time"]), opt_time(item.get("at")), item.get("lap"),
                                item.get("driver"), pad_sectors(item.get("sectors"), n_sectors), True)
        car.part_times = {k: v[0] for k, v in part_best.items()}

        # "The row's best is the time in the last part the car reached (`null`
        # if it set none there), and `lap`, `driver`, `sectors` describe that lap."
        if reached:
            car.part = max(reached)  # parts are "in running order"
            if car.part in part_best:
                t, at, number, drv, secs, from_item = part_best[car.part]
                car.best = t
                car.best_at = at
                car.best_lap = number
                car.best_driver = drv
                car.best_sectors = secs
                # Sectors: "plus the result-sheet time that gave the row's best,
                # when one did: its `best` object, or in a knockout session the
                # `part_bests` item of the part that classifies it"; knockout:
                # "sectors over all valid laps of every part, plus the
                # `part_bests` item that gave the row's best". Like the `best`
                # object ("counts as after every lap"), it comes after the laps.
                # The `best` object never gives the row's best here.
                if from_item:
                    best_source = Source(secs, at, number, driver_name(entry, drv))
        # "Cars that reached no part come last, in file order; their `status` is
        # `no_time`, `dns` or `excluded` as usual. A car that reached a part but
        # set no time in it has `status` "no_time"": both have no best here.

    car.status = "ok" if car.best is not None else "no_time"
    car.driver = driver_name(entry, car.best_driver)

    # Sectors: "A car's sector sources are its valid laps (valid != false,
    # with or without a lap time), plus the result-sheet time that gave the
    # row's best, when one did" (best_source above).
    for i, lap in enumerate(laps):
        if get(lap, "valid", True) is False:
            continue
        sources.append(
            Source(
                pad_sectors(lap.get("sectors"), n_sectors),
                opt_time(lap.get("at")),
                lap_numbers[i],
                driver_name(entry, lap.get("driver")),
            )
        )
    if best_source is not None:
        sources.append(best_source)
    car.sources = sources

    # "Personal best sector k: the fastest sector k over the sources; ties: the
    # first source in array order."
    car.pb = []  # per sector: (tenths, Source) or None
    for k in range(n_sectors):
        pb = None
        for src in sources:  # sources are in array order, best object last
            t = src.sectors[k]
            if t is not None and (pb is None or t < pb[0]):  # strict: first wins ties
                pb = (t, src)
        car.pb.append(pb)
    # Row `ideal`: "sum of its personal best sectors when every sector is
    # known, else null".
    if n_sectors > 0 and all(pb is not None for pb in car.pb):
        car.ideal = sum(pb[0] for pb in car.pb)
    else:
        car.ideal = None
    return car


def missing_last(value):
    """Sort-key part: "missing last" (a missing value sorts after any present one)."""
    return (1, 0) if value is None else (0, value)


# --------------------------------------------------------------------------
# The report
# --------------------------------------------------------------------------


def class_display_order(session):
    """Project decision (contract, `classes`): the classes array order, then
    unlisted classes in order of first appearance among entries."""
    order = []
    for c in session.get("classes") or []:
        if c["id"] not in order:
            order.append(c["id"])
    for e in session.get("entries") or []:
        cid = get(e, "class", "")
        if cid not in order:
            order.append(cid)
    return order


def report(session, scope_class):
    n_sectors = get(session, "sectors", 3)  # contract: "sectors per lap, default 3"
    precision = session_precision(session)

    def d(t):
        return None if t is None else display(t, precision)

    def g(t):
        return None if t is None else display_gap(t, precision)

    # Session doc, project extension: `parts` "the parts of a knockout qualifying
    # in running order: { "id": "Q1", "name": "Q1" }". Report doc: "A session with
    # a non-empty `parts` list ... is a knockout".
    parts = [p["id"] for p in session.get("parts") or []]
    knockout = len(parts) > 0

    cars = []
    for i, entry in enumerate(session.get("entries") or []):
        cars.append(build_car(i, entry, n_sectors, parts))

    # "In a class scope (--class ID) only that class's entries take part".
    if scope_class is not None:
        cars = [c for c in cars if c.cls == scope_class]

    # Classification order: "Rows with a best come first, ordered by the key
    # (best time, at of the best lap - missing last, lap number - missing last,
    # file order). Rows without a best follow in file order."
    def timed_key(c):
        return (c.best, missing_last(c.best_at), missing_last(c.best_lap), c.file_index)

    if not knockout:
        timed = sorted((c for c in cars if c.best is not None), key=timed_key)
        untimed = sorted((c for c in cars if c.best is None), key=lambda c: c.file_index)
        rows = timed + untimed
    else:
        # Knockout "Order: by last part reached, latest first; within a part,
        # timed cars by the key (time, at - missing last, lap number - missing
        # last, file order), then cars without a time there in file order. Cars
        # that reached no part come last, in file order".
        rows = []
        for k in reversed(range(len(parts))):
            in_part = [c for c in cars if c.part == k]
            rows += sorted((c for c in in_part if c.best is not None), key=timed_key)
            rows += sorted((c for c in in_part if c.best is None), key=lambda c: c.file_index)
        rows += sorted((c for c in cars if c.part is None), key=lambda c: c.file_index)
        assert len(rows) == len(cars)

        # "Gap: best - the fastest time set in the same part by any car of the
        # scope (the part's fastest, which may belong to a car that went on to
        # a later part)". "Class gap: best - the fastest time in the same part
        # among the scope's cars of the same class".
        part_fastest = {}  # part index -> tenths
        class_part_fastest = {}  # (class id, part index) -> tenths
        for c in cars:
            for k, t in c.part_times.items():
                if k not in part_fastest or t < part_fastest[k]:
                    part_fastest[k] = t
                if (c.cls, k) not in class_part_fastest or t < class_part_fastest[(c.cls, k)]:
                    class_part_fastest[(c.cls, k)] = t

    pole = rows[0].best if rows and rows[0].best is not None else None
    class_pole = {}  # class id -> best of the first row of that class
    class_count = {}
    classification = []
    above = None
    for position, car in enumerate(rows, start=1):
        # `class_position`: "1..n among the rows of the same class, in the same order".
        class_count[car.cls] = class_count.get(car.cls, 0) + 1
        if car.cls not in class_pole:
            class_pole[car.cls] = car.best  # first row of the class (None if untimed)
        best = car.best
        gap = interval = class_gap = pct = None
        if best is not None and knockout:
            k = car.part
            if position > 1:
                # "Gap: best - the fastest time set in the same part by any car
                # of the scope ...; null for row 1 and for rows without a best."
                gap = best - part_fastest[k]
                # "Interval: best - the time in the same part of the row directly
                # above; null for row 1, rows without a best, or when the row
                # above has no time in that part."
                above_time = rows[position - 2].part_times.get(k)
                if above_time is not None:
                    interval = best - above_time
            if class_count[car.cls] > 1:
                # "Class gap: best - the fastest time in the same part among the
                # scope's cars of the same class; null for the first row of the
                # class and rows without a best."
                class_gap = best - class_part_fastest[(car.cls, k)]
            # "Percent: best x 100 / that same part's fastest (100.0 for row 1)."
            pct = percent(best, part_fastest[k])
            assert position > 1 or pct == 100.0
        elif best is not None:
            if position > 1:
                # `gap`: "best - best of row 1 of the scope; null for row 1".
                gap = best - pole
                # `interval`: "best - best of the row directly above; null for row 1".
                interval = best - above
            if class_count[car.cls] > 1:
                # `class_gap`: "best - best of the class pole; null for the class pole".
                class_gap = best - class_pole[car.cls]
            # `percent`: "100.0 for the pole; null without a best".
            pct = percent(best, pole)
            above = best
        classification.append(
            {
                "position": position,
                "class_position": class_count[car.cls],
                "number": car.number,
                "class": car.cls,  # "`class` is "" when the entry has none"
                "team": car.entry.get("team"),  # "as in the session, or null"
                "car": car.entry.get("car"),
                "driver": car.driver,
                "best": d(best),
                "best_ms": ms(best),
                "lap": car.best_lap,
                "gap": g(gap),
                "gap_ms": ms(gap),
                "interval": g(interval),
                "interval_ms": ms(interval),
                "class_gap": g(class_gap),
                "class_gap_ms": ms(class_gap),
                "percent": pct,
                # `sectors`: "the best lap's sectors ...; null when there is no best".
                "sectors": None if best is None else [d(t) for t in car.best_sectors],
                "ideal": d(car.ideal),
                "ideal_ms": ms(car.ideal),
                "laps": car.laps_count,
                "status": car.status,
                "note": car.entry.get("note"),  # "the entry's note, or null"
                # `part`: "knockout sessions only: the id of the part that
                # classifies the row (below); otherwise null".
                "part": None if car.part is None else parts[car.part],
            }
        )

    # Poles: "maps each class id that has at least one timed row in the scope
    # to the number of its first row, in class display order." In a knockout
    # session the first row of a class may be a car without a time in the last
    # part it reached; "its first row" is still that row (knockout: "poles ...
    # are as for other sessions"; "The overall pole is classification[0]").
    poles = {}
    for cid in class_display_order(session):
        class_rows = [car for car in rows if car.cls == cid]
        if any(car.best is not None for car in class_rows):
            poles[cid] = class_rows[0].number

    # "Session best sector k (per scope): the fastest personal best sector k over
    # the scope's cars; ties go to the car that set it first, by the key
    # (at of that lap - missing last, lap number - missing last, file order)."
    session_best = []
    session_best_times = []
    for k in range(n_sectors):
        holders = [(c.pb[k][0], missing_last(c.pb[k][1].at), missing_last(c.pb[k][1].lap_number), c.file_index, c)
                   for c in cars if c.pb[k] is not None]
        if holders:
            t, _, _, _, car = min(holders, key=lambda h: h[:4])
            src = car.pb[k][1]
            session_best_times.append(t)
            session_best.append(
                {"sector": k + 1, "time": d(t), "time_ms": ms(t), "number": car.number, "driver": src.driver}
            )
        else:
            # "with time, time_ms, number, driver all null when nobody set that sector"
            session_best.append({"sector": k + 1, "time": None, "time_ms": None, "number": None, "driver": None})
    # Top-level ideal: "the sum of the session best sectors when all are known, else null".
    ideal = sum(session_best_times) if len(session_best_times) == n_sectors else None

    # Records: "Listed: every record in overall scope; in a class scope only the
    # records whose class is that id. Each record's own scope is its class (or
    # every entry when it has none)."
    records = []
    for rec in session.get("records") or []:
        rec_class = rec.get("class")
        if scope_class is not None and rec_class != scope_class:
            continue
        rt = parse_time(rec["time"])
        beaten = []
        # "beaten lists, in classification order, the cars of the record's scope
        # (within the report's scope) whose best is strictly faster than the
        # record; gap = best - record (negative)."
        for car in rows:
            if rec_class is not None and car.cls != rec_class:
                continue
            if car.best is not None and car.best < rt:
                beaten.append({"number": car.number, "gap": g(car.best - rt), "gap_ms": ms(car.best - rt)})
        records.append(
            {
                "label": get(rec, "label", "Record"),  # "label defaults to "Record""
                "class": rec_class,  # "Absent optional fields are null"
                "time": d(rt),
                "time_ms": ms(rt),
                "driver": rec.get("driver"),
                "car": rec.get("car"),
                "year": rec.get("year"),
                "beaten_by": len(beaten),  # "beaten_by is its length"
                "beaten": beaten,
            }
        )

    return {
        "format": "qualichart-report/1",
        # "scope is "overall", or the class id given to --class".
        "scope": "overall" if scope_class is None else scope_class,
        "event": session.get("event"),
        "session": session.get("session"),
        "date": session.get("date"),
        "classification": classification,
        "poles": poles,
        "session_best_sectors": session_best,
        "ideal": d(ideal),
        "ideal_ms": ms(ideal),
        "records": records,
        # "Top level gains "parts": ["Q1", "Q2", "Q3"] (ids in order; [] when
        # the session has none)."
        "parts": parts,
    }


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--class", dest="scope_class", default=None)
    parser.add_argument("file")
    args = parser.parse_args(argv)
    try:
        with open(args.file, encoding="utf-8") as f:
            session = json.load(f)
        if session.get("format") != "qualichart/1":
            raise Invalid(f"unknown format {session.get('format')!r}")
        out = report(clean_session(session), args.scope_class)
    except (Invalid, OSError, ValueError, KeyError, TypeError, AttributeError, AssertionError) as err:
        print(f"report.py: {args.file}: {err}", file=sys.stderr)
        return 1
    json.dump(out, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
