#!/usr/bin/env python3
"""Build corpus.db from the corpus/ directory (run with --help for usage)."""

from newsroom.cli import main

if __name__ == "__main__":
    main()
