#!/usr/bin/env bash
# Starts all of Distribu on this machine: PostgreSQL, Kafka, SMTP, every service and the
# gateway on http://localhost:8080, with demo data. Needs only a JDK 17+.
#
#   ./run-local.sh               build what changed, start, keep data from the last run
#   ./run-local.sh --reset       start from an empty data folder (.data/)
#   ./run-local.sh --skip-build  start from what is already built
#   ./run-local.sh --throughput  run services and Kafka with throughput JVM flags (default JIT,
#                                parallel GC, as on Kubernetes) instead of the lean start-up
#                                flags, and traces sampled at 0.1 as on Kubernetes instead of
#                                all of them; benchmarks use it (bench/README.md)
#
# Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v java >/dev/null 2>&1; then
	echo "Java not found: install a JDK 17 or newer (e.g. apt-get install openjdk-17-jdk-headless)." >&2
	exit 1
fi

build=true
args=()
for arg in "$@"; do
	if [[ "$arg" == "--skip-build" ]]; then
		build=false
	elif [[ "$arg" == "--throughput" ]]; then
		export DISTRIBU_JVM_FLAGS="${DISTRIBU_JVM_FLAGS:--XX:+UseParallelGC -Xss512k}"
		export TRACING_SAMPLING_PROBABILITY="${TRACING_SAMPLING_PROBABILITY:-0.1}"
	else
		args+=("$arg")
	fi
done

if $build; then
	echo "Building Distribu (tests skipped). The first build downloads dependencies and takes several minutes;"
	echo "later ones are quicker. Use --skip-build to start what is already built."
	./mvnw -B -q -DskipTests install
fi

classpath_file=deploy/local/target/classpath.txt
if [[ ! -f "$classpath_file" ]]; then
	echo "Missing $classpath_file: run without --skip-build once." >&2
	exit 1
fi

exec java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Ddistribu.repo="$PWD" \
	-cp "deploy/local/target/classes:$(cat "$classpath_file")" \
	app.distribu.local.LocalStack "${args[@]+"${args[@]}"}"
