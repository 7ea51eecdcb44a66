#!/usr/bin/env bash
# Benchmarks against the local stack, started in another terminal with throughput flags,
# API rate limits off and room for the checkout's sign-in links:
#   API_RATE_LIMITS_ENABLED=false STOREFRONT_REQUESTS_PER_CLIENT=1000 ./run-local.sh --throughput
#
#   bench/run.sh orders         order create at 1, 4, 16, 32 clients vs. the raw JDBC ceilings
#   bench/run.sh checkout       storefront checkout, 16 signed-in buyers on the same 3 products
#   bench/run.sh catalog        storefront catalog page and GET /api/v1/products, 10,000 products
#   bench/run.sh events         order commit → order.created on Kafka → webhook on a loopback receiver
#   bench/run.sh import         products CSV import of 100,000 rows, create then upsert
#   bench/run.sh signin-flood   orders at 16 clients, alone and beside 500 sign-in attempts/s
#   bench/run.sh profile        orders at 16 clients with JDK Flight Recorder on the services
#
# Options are system properties, e.g. -Dclients=16 -Dseconds=30 -Dwarmup=10 (bench/README.md).
# Gatling's report with plots lands in bench/target/gatling/<simulation>-<time>/index.html,
# with summary.md (ceilings, ratios, stock conservation) beside it.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
name="${1:-orders}"
shift || true
case "$name" in
	orders) simulation=OrdersSimulation ;;
	checkout) simulation=CheckoutSimulation ;;
	catalog) simulation=CatalogSimulation ;;
	events) simulation=EventsSimulation ;;
	import) simulation=ImportSimulation ;;
	signin-flood) simulation=SignInFloodSimulation ;;
	profile)
		simulation=OrdersSimulation
		name=orders
		set -- -Dclients=16 -Dprofile-clients=16 "$@"
		;;
	*)
		echo "Unknown benchmark $name: orders, checkout, catalog, events, import, signin-flood or profile" >&2
		exit 2
		;;
esac
paths=(-Dresults="$root/bench/target/gatling" -Ddata="$root/.data")
./mvnw -B -q -pl bench test-compile gatling:test -Dgatling.simulationClass="app.distribu.bench.$simulation" \
	"${paths[@]}" "$@"
report_prefix=$(echo "$simulation" | tr '[:upper:]' '[:lower:]')
./mvnw -B -q -pl bench exec:java -Dexec.mainClass=app.distribu.bench.Report \
	-Dexec.args="$name $report_prefix" "${paths[@]}"
if [[ "$*" == *profile-clients* ]]; then
	./mvnw -B -q -pl bench exec:java -Dexec.mainClass=app.distribu.bench.JfrSummary \
		-Dexec.args="$root/bench/target/jfr"
fi
