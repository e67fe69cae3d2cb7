#!/usr/bin/env bash
# Installs the root project's plain jar, builds the JMH uber jar and runs DecisionSupport.evaluate on one thread.
# The first run downloads JMH 1.37 into ~/.m2; set MAVEN_OFFLINE=-o once it is there.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
offline="${MAVEN_OFFLINE:-}"
(cd "$root" && ./mvnw $offline -q -B install -DskipTests)
"$root/mvnw" $offline -q -B -f "$here/pom.xml" package
"$JAVA_HOME/bin/java" -jar "$here/target/benchmarks.jar" DecisionSupportBenchmark -f 1 -wi 3 -i 5 -t 1 "$@" \
  | tee "$here/target/last-run.txt"
grep -E "^DecisionSupportBenchmark|Benchmark +Mode" "$here/target/last-run.txt" || true
