#!/usr/bin/env bash
# Builds the runnable jar of one commit into target/<name>.jar, with <name>.jar.commit naming the commit, so that a
# before/after pair of bench/load/compare.sh runs is labelled with what each jar really is.
#
# Usage: bench/load/jar-at.sh <commit> <name>      e.g. bench/load/jar-at.sh HEAD~3 before
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
commit=$(git rev-parse --short "${1:?commit}")
name=${2:?name}
tree=$(mktemp -d "$root/target/jar-at.XXXXXX")
trap 'git worktree remove --force "$tree" 2>/dev/null || rm -rf "$tree"' EXIT
git worktree add -q --detach "$tree" "$commit" >/dev/null
(cd "$tree" && ./mvnw -q -B -o package -DskipTests)
cp "$tree/target/safeshare-exec.jar" "target/$name.jar"
echo "$commit" > "target/$name.jar.commit"
echo "target/$name.jar built from $commit"
