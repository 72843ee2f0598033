#!/usr/bin/env bash
# Search benchmark: our index vs Pagefind (npm, installed into a temp folder) on the five-unit site and on a
# generated site (default 1,000 units). Prints Markdown tables: build time, index bytes, bytes per query, recall.
# Needs: .NET SDK, node/npm, /usr/bin/chromium. Usage: bench/search-bench.sh [--units N] [--pagefind VERSION] [--keep]
set -euo pipefail
cd "$(dirname "$0")/.."
exec dotnet run -c Release --project bench/Gongkai.Benchmarks -- "$@"
