#!/usr/bin/env bash
# Starts Safeshare on a fresh embedded database (port 8090), records decisions through the API under
# load, prints decisions per second and latency percentiles, and stops the service.
# Usage: bench/load/run.sh [concurrency] [seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
concurrency=${1:-8}
seconds=${2:-30}
[ -f target/safeshare-exec.jar ] || ./mvnw -q -B package -DskipTests
data=$(mktemp -d)
SPRING_PROFILES_ACTIVE=demo SAFESHARE_PORT=8090 SAFESHARE_EMBEDDED_DATA_DIRECTORY="$data/postgres" \
  "$JAVA_HOME/bin/java" -jar target/safeshare-exec.jar > "$data/service.log" 2>&1 &
service=$!
trap 'kill $service 2>/dev/null; wait $service 2>/dev/null; rm -rf "$data"' EXIT
for i in $(seq 1 90); do
  curl -sf http://localhost:8090/actuator/health/readiness >/dev/null && break
  sleep 1
done
"$JAVA_HOME/bin/java" bench/load/RecordDecisions.java http://localhost:8090 demo-oakfield-token "$concurrency" "$seconds"
