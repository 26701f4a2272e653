"""``python -m hedgecheck``: the same command line as ``hedgecheck``."""

from hedgecheck.cli import main

raise SystemExit(main())
