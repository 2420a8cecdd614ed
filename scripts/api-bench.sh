#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Times filtered API queries over an SQLite store of generated events (placard-server's ApiBench).
# Usage: scripts/api-bench.sh [events, default 100000] [queries, default 300]. Prints one JSON line last.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
mvn -q -B -pl placard-server -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$cp_file" >&2
cp="placard-server/target/test-classes:placard-server/target/classes:$(cat "$cp_file")"
exec java -Xmx3g -cp "$cp" org.placard.server.ApiBench "$@"
