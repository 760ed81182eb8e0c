"""Helper process for the crash-safety test (tests/reliability/test_rel_crash.py): ingest PATHs
into DB through the service layer, exactly as `rasad ingest` does, printing one line per
document as soon as it is stored, so that the test can SIGKILL it at a known point.

    python scripts/crash_ingest.py DB PATH...

Output lines: "ready" (database open and migrated), "doc N" after the N-th document of this
run, "done ARTICLES EVENTS" at the end.
"""

from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    from rasad.service.events import EventService
    from rasad.settings import load_settings

    db, paths = argv[0], argv[1:]
    settings = load_settings()
    n = 0

    def on_item(_item: object, _rep: object) -> None:
        nonlocal n
        n += 1
        print(f"doc {n}", flush=True)

    with EventService.open(db, settings=settings) as svc:
        print("ready", flush=True)
        rep = svc.ingest_paths(paths, settings=settings, on_item=on_item)
        print(f"done {rep.stored} {rep.new_events}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
