#!/usr/bin/env python3
"""Verify that dev.jsonl and heldout.jsonl equal what generate.py writes now,
and print counts per split / language / category / genre.
Exit status 1 if the committed files are stale."""

import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import generate  # noqa: E402

if __name__ == "__main__":
    sys.exit(generate.main(["--check"]))
