#!/usr/bin/env bash
# Regenerates the [common-words] section of placard-core/src/main/resources/org/placard/geo/uncased-stop-words.txt:
# the lower-case words of the SCOWL-derived dictionary of Debian's wamerican package that are also place names of
# the bundled gazetteer. The [never] section above it is curated by hand and kept as it is.
# Needs: apt-get install wamerican.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
file="$root/placard-core/src/main/resources/org/placard/geo/uncased-stop-words.txt"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$root"
mvn -q -B -o -pl placard-core -am compile dependency:build-classpath -Dmdep.outputFile="$tmp/cp.txt" >/dev/null
sed '/^\[common-words\]/q' "$file" > "$tmp/head.txt"
java -Xmx2g -cp "placard-core/target/classes:$(cat "$tmp/cp.txt")" org.placard.geo.build.CommonWordPlaces \
  /usr/share/dict/american-english > "$tmp/words.txt"
cat "$tmp/head.txt" "$tmp/words.txt" > "$file"
