#!/usr/bin/env python3
"""Writes fuzz/hostile/<target>/: inputs as large as the fuzzers' 1 MiB limit, at and past the
session limits (docs/session-format.md, "Limits"), so the fuzzers start from the shapes that made
work grow with the square of the input, and tests/fuzz_corpus.rs replays them on every test run.

Deterministic: rerunning writes the same bytes. The markup and control-character fixtures of the
tests are linked in, not copied. Run from the repository root: python3 tools/hostile-seeds.py
"""

import json
import os

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
OUT = os.path.join(ROOT, "fuzz", "hostile")
MAX = 1 << 20  # the fuzzers' -max_len


def clock(ms):
    minutes, ms = divmod(ms, 60_000)
    hours, minutes = divmod(minutes, 60)
    seconds, ms = divmod(ms, 1000)
    if hours:
        return f"{hours}:{minutes:02}:{seconds:02}.{ms:03}"
    return f"{minutes}:{seconds:02}.{ms:03}"


def lap(i, car, at):
    time = 92_000 + (car * 37 + i * 11) % 9_000
    third = time // 3
    return {"lap": i + 1, "time": clock(time), "sectors": [clock(third), clock(third), clock(time - 2 * third)],
            "at": clock(at), "valid": (car + i) % 13 != 0}


def session(entries, **extra):
    return dict({"format": "qualichart/1", "event": "Hostile", "session": "Qualifying"}, entries=entries, **extra)


def write(target, name, data):
    path = os.path.join(OUT, target, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if not isinstance(data, (bytes, str)):
        data = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
    if isinstance(data, str):
        data = data.encode()
    assert len(data) <= MAX, f"{name} is {len(data)} bytes, over the fuzzers' {MAX}"
    with open(path, "wb") as f:
        f.write(data)


def link(target, name, fixture):
    path = os.path.join(OUT, target, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if os.path.lexists(path):
        os.remove(path)
    os.symlink(os.path.relpath(os.path.join(ROOT, fixture), os.path.dirname(path)), path)


def sessions():
    # Every count at its limit at once: 1,000 cars in 100 classes, 100 records, 6 laps each.
    classes = [{"id": f"C{c}", "name": f"Class {c}"} for c in range(100)]
    records = [{"class": f"C{c}", "time": clock(95_000 + c), "label": f"Record {c}"} for c in range(100)]
    cars = [{"number": str(n), "class": f"C{n % 100}", "drivers": [{"name": f"Driver {n}"}],
             "laps": [lap(i, n, 600_000 + i * 100_000 + n) for i in range(6)]} for n in range(1000)]
    write("session", "limits-at-once.json", session(cars, classes=classes, records=records))
    # Past the entry limit: 12,000 small cars (the old code took seconds here).
    write("session", "entries-past-the-limit.json",
          session([{"number": str(n), "laps": [{"time": clock(90_000 + n)}]} for n in range(12_000)]))
    # Every car its own class (past the class limit), each with a record line.
    write("session", "a-class-per-car.json",
          session([{"number": str(n), "class": f"K{n}", "laps": [{"time": clock(90_000 + n)}]} for n in range(5_000)],
                  records=[{"class": f"K{n}", "time": clock(91_000)} for n in range(100)]))
    # One car with the most laps a car may have, beside a normal field.
    long_run = [{"number": "1", "laps": [lap(i, 1, 60_000 + i * 30_000) for i in range(5_000)]}]
    field = [{"number": str(n), "laps": [lap(0, n, 120_000 + n)]} for n in range(2, 60)]
    write("session", "the-longest-run.json", session(long_run + field))
    # A knockout of the most parts, every car with a time in each.
    parts = [{"id": f"Q{p + 1}"} for p in range(10)]
    knockout = [{"number": str(n), "part_bests": [{"part": f"Q{p + 1}", "time": clock(80_000 + n + p)} for p in range(10)]}
                for n in range(1000)]
    write("session", "knockout-of-ten-parts.json", session(knockout, parts=parts))
    # Long texts: 60 cars whose team and driver names are 4,000 characters (the text limit).
    long = "Ж" * 4_000
    write("session", "longest-texts.json",
          session([{"number": str(n), "team": long, "drivers": [{"name": long}], "laps": [{"time": clock(90_000 + n)}]}
                   for n in range(60)]))
    # Ties everywhere: 1,000 cars on the same time, with and without `at`.
    write("session", "all-tied.json",
          session([{"number": str(n), "laps": [{"time": "1:30.000", **({"at": clock(1000 * (n % 7))} if n % 2 else {})}]}
                   for n in range(1_000)]))
    link("session", "xss.json", "tests/fixtures/hostile/xss.json")
    link("session", "controls.json", "tests/fixtures/hostile/controls.json")


ALKAMEL = ("NUMBER, DRIVER_NUMBER, LAP_NUMBER, LAP_TIME, LAP_IMPROVEMENT, CROSSING_FINISH_LINE_IN_PIT, S1, "
           "S1_IMPROVEMENT, S2, S2_IMPROVEMENT, S3, S3_IMPROVEMENT, KPH, ELAPSED, HOUR,S1_LARGE,S2_LARGE,S3_LARGE,"
           "TOP_SPEED,DRIVER_NAME,PIT_TIME,CLASS,GROUP,TEAM,MANUFACTURER,FLAG_AT_FL,\n")


def timing_files():
    # Al Kamel time cards: 400 cars × 20 laps, every car its own class.
    rows = []
    for car in range(400):
        for i in range(20):
            time = 92_000 + (car * 37 + i * 11) % 9_000
            third = time // 3
            rows.append(f"{car},1,{i + 1},{clock(time)},{2 if i == 5 else 0},,{clock(third)},0,{clock(third)},0,"
                        f"{clock(time - 2 * third)},0,200.1,{clock(60_000 + i * 100_000)},14:00:00.000,,,,,"
                        f"Driver {car},,K{car},,Team {car},Make {car % 9},GF,\n")
    laps = "\ufeff" + ALKAMEL + "".join(rows)
    write("import_alkamel_laps", "many-cars-and-classes.csv", laps)
    write("import_any", "alkamel-many-cars-and-classes.csv", laps)
    # Ergast qualifying results: 2,000 drivers.
    results = [{"number": str(n), "position": str(n + 1), "Driver": {"driverId": f"d{n}", "givenName": "G", "familyName": f"F{n}"},
                "Constructor": {"constructorId": f"c{n % 10}", "name": f"Team {n % 10}"},
                "Q1": clock(80_000 + n), "Q2": clock(79_000 + n) if n < 1500 else "", "Q3": clock(78_000 + n) if n < 1000 else ""}
               for n in range(2_000)]
    ergast = {"MRData": {"RaceTable": {"season": "2023", "round": "13", "Races": [
        {"season": "2023", "round": "13", "raceName": "Hostile Grand Prix", "date": "2023-08-26",
         "Circuit": {"circuitName": "Nowhere"}, "QualifyingResults": results}]}}}
    write("import_ergast", "two-thousand-drivers.json", ergast)
    write("import_any", "ergast-two-thousand-drivers.json", ergast)


if __name__ == "__main__":
    sessions()
    timing_files()
