#!/usr/bin/env bash
# Runs one benchmark against the local stack (./run-local.sh in another terminal).
#   bench/run.sh orders            raw PostgreSQL, then POST /api/v1/orders through the gateway
#   bench/run.sh storefront        GET /store/{slug} with the catalog seeded to 10,000 products
#   bench/run.sh raw-orders|api-orders   one half of "orders"
#   bench/run.sh webhooks          100 webhooks (one hanging) while orders arrive at --rate per second
# Options: --clients 16 --seconds 30 --warmup 10 --base-url http://localhost:8080
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl bench compile exec:java -Dexec.args="$*"
