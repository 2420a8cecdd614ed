#!/usr/bin/env bash
# How merging scales when one story is told by many outlets: ingests the text of FILE under N invented
# outlet names into a fresh SQLite store and prints the time and the events and members stored.
# Usage: scripts/merge-scaling.sh FILE N [JAR]
set -euo pipefail
file=${1:?a report text file}
n=${2:?how many outlets}
jar=${3:-placard-cli/target/placard.jar}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$file" "$n" > "$work/copies.jsonl" <<'PY'
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
for i in range(int(sys.argv[2])):
    print(json.dumps({"text": text, "outlet": f"Outlet {i}", "published": "2020-10-20"}))
PY
/usr/bin/time -f "%e s wall, %U s user CPU, %M KB peak RSS" \
  java -XX:ActiveProcessorCount=1 -jar "$jar" ingest --progress never --db "$work/m.db" "$work/copies.jsonl"
command -v sqlite3 >/dev/null && sqlite3 "$work/m.db" "SELECT count(*) || ' events, ' || (SELECT count(*) FROM event_members) || ' members' FROM events"
