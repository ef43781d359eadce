#!/usr/bin/env python3
"""Copies a fuzz target's seeds into one folder for libFuzzer (tests/fuzz/run-fuzzers.sh).

Usage: make_seeds.py OUT_DIR SEED... where a SEED is a file, a folder (every file in it), or
"--ordered-prefix DIR": each *.toml under DIR led by one byte, its place in the same order
the content pack target and replay_main use (sorted path by path element).
"""
import os
import pathlib
import shutil
import sys


def main(out, seeds):
    out = pathlib.Path(out)
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    count = 0
    i = 0
    while i < len(seeds):
        if seeds[i] == "--ordered-prefix":
            top = pathlib.Path(seeds[i + 1])
            files = sorted((p.relative_to(top) for p in top.rglob("*.toml")),
                           key=lambda p: p.parts)
            for place, rel in enumerate(files):
                (out / f"seed-{count}").write_bytes(bytes([place]) + (top / rel).read_bytes())
                count += 1
            i += 2
            continue
        path = pathlib.Path(seeds[i])
        for f in sorted(path.rglob("*")) if path.is_dir() else [path]:
            if f.is_file():
                shutil.copyfile(f, out / f"seed-{count}")
                count += 1
        i += 1
    if count == 0:
        sys.exit(f"make_seeds: no seeds in {' '.join(seeds)}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
