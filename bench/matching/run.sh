#!/usr/bin/env bash
# Record-linkage bench: our CLI, Duke 1.2, JedAI 3.1 and PostgreSQL 15 pg_trgm side by side on the same files, in one run.
#   bench/matching/run.sh [CHILDREN_SIDE_BY_SIDE] [CHILDREN_OURS_AT_SCALE] [INDEX_CHILDREN_FOR_QUERY]
# Defaults: 8,000 children (about 20,000 records) for the four tools side by side (Duke runs at under 100
# records/s here), 77,000 children (about 200,000 records) for our bulk linkage alone, and 385,000 children
# (about 1,000,000 records) for the query bench. PEER_TIMEOUT (default 900 s) bounds each peer run.
# Peak memory is the process's maximum resident set (GNU time). Results: target/results.txt.
# ADULT_LINK_THRESHOLD (default 0.9) adds a run of ours on FEBRL and historical_50k at that threshold;
# SIDE_BY_SIDE_ONLY=1 stops after the side-by-side sets. The pg_trgm peer runs on a throwaway cluster (scripts/pg.sh, port
# PG_PORT); its peak memory is the client's (the server's is not counted); NO_PGTRGM=1 leaves it out.
set -uo pipefail  # not -e: a peer that times out must not stop the run
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
java="$JAVA_HOME/bin/java"
offline="${MAVEN_OFFLINE:--o}"
bulk_children="${1:-8000}"
scale_children="${2:-77000}"
query_children="${3:-385000}"
peer_timeout="${PEER_TIMEOUT:-900}"
heap="${HEAP:-3g}"
adult_link="${ADULT_LINK_THRESHOLD:-0.9}"   # a second run of ours on the adult sets at this link (and review) threshold
data="$here/target/data"
results="$here/target/results.txt"
mkdir -p "$data"
[ -f "$root/target/safeshare-exec.jar" ] || (cd "$root" && ./mvnw $offline -q -B package -DskipTests)
"$root/mvnw" $offline -q -B -f "$here/pom.xml" package
pg_url=""
if [ -z "${NO_PGTRGM:-}" ]; then
  pg_url="$("$here/scripts/pg.sh" start)" && trap '"$here/scripts/pg.sh" stop' EXIT
fi
cp="$here/target/matching-bench.jar:$(ls "$here"/target/lib/*.jar | tr '\n' ':')"
ours=("$java" "-Xmx$heap" -jar "$root/target/safeshare-exec.jar" matching)
peers=(timeout "$peer_timeout" "$java" "-Xmx$heap" -cp "$cp" org.safeshare.bench.matching.Bench)

timed() { # label, command...: prints the command's output and its peak resident set
  local label="$1"; shift
  /usr/bin/time -f "$label peak RSS %M KB, wall %e s" "$@" 2>&1 | grep -v -E "^(WARNING|SLF4J|log4j)" | tee -a "$results"
}

: > "$results"
echo "# $(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$results"
"$java" -cp "$cp" org.safeshare.bench.matching.Generator records --children "$bulk_children" --out "$data/children.csv"
python3 "$here/scripts/convert.py" "${TESTDATA:-/work/shared/testdata/person-matching}" "$data"

for set in children febrl3 febrl4 historical_50k; do
  twins=review; [ "$set" = children ] || twins=score   # adult sets have no twins (see docs/matching-performance.md)
  echo "## $set ($(($(wc -l < "$data/$set.csv") - 1)) records)" | tee -a "$results"
  timed "ours" "${ours[@]}" link --input "$data/$set.csv" --output "$data/$set-ours.csv" --possible-twins "$twins"
  python3 "$here/scripts/evaluate.py" "$data/$set.csv" "$data/$set-ours.csv" | sed 's/^/ours: /' | tee -a "$results"
  if [ "$set" != children ]; then  # the same, at the link threshold a partnership would set for adults' records
    timed "ours@$adult_link" "${ours[@]}" link --input "$data/$set.csv" --output "$data/$set-ours-$adult_link.csv" --possible-twins "$twins" \
      --link-threshold "$adult_link" --review-threshold "$adult_link"
    python3 "$here/scripts/evaluate.py" "$data/$set.csv" "$data/$set-ours-$adult_link.csv" | sed "s/^/ours@$adult_link: /" | tee -a "$results"
  fi
  timed "duke" "${peers[@]}" duke-link --input "$data/$set.csv" --output "$data/$set-duke.csv"
  python3 "$here/scripts/evaluate.py" "$data/$set.csv" "$data/$set-duke.csv" | sed 's/^/duke: /' | tee -a "$results"
  timed "jedai" "${peers[@]}" jedai-link --input "$data/$set.csv" --output "$data/$set-jedai.csv"
  python3 "$here/scripts/evaluate.py" "$data/$set.csv" "$data/$set-jedai.csv" | sed 's/^/jedai: /' | tee -a "$results"
  if [ -n "$pg_url" ]; then
    timed "pgtrgm" "${peers[@]}" pgtrgm-link --input "$data/$set.csv" --output "$data/$set-pgtrgm.csv" --url "$pg_url"
    python3 "$here/scripts/evaluate.py" "$data/$set.csv" "$data/$set-pgtrgm.csv" | sed 's/^/pgtrgm: /' | tee -a "$results"
  fi
done

if [ -n "${SIDE_BY_SIDE_ONLY:-}" ]; then exit 0; fi  # the side-by-side part alone (scale and query take long)
echo "## ours alone at scale" | tee -a "$results"
"$java" -cp "$cp" org.safeshare.bench.matching.Generator records --children "$scale_children" --out "$data/children_scale.csv" --seed 3
echo "children_scale: $(($(wc -l < "$data/children_scale.csv") - 1)) records" | tee -a "$results"
timed "ours" "${ours[@]}" link --input "$data/children_scale.csv" --output "$data/children_scale-ours.csv"
python3 "$here/scripts/evaluate.py" "$data/children_scale.csv" "$data/children_scale-ours.csv" | sed 's/^/ours: /' | tee -a "$results"

echo "## query: index of $query_children children, 1,000 known and 1,000 unknown children, NHS number and UPN blanked" | tee -a "$results"
"$java" -cp "$cp" org.safeshare.bench.matching.Generator queries --children "$query_children" --index-out "$data/index.csv" \
  --queries-out "$data/queries.csv" --known 1000 --unknown 1000 --seed 7
timed "ours query" "${ours[@]}" query --index "$data/index.csv" --queries "$data/queries.csv" --output "$data/answers.csv"
python3 "$here/scripts/query_eval.py" "$data/index.csv" "$data/queries.csv" "$data/answers.csv" | sed 's/^/ours query: /' | tee -a "$results"
