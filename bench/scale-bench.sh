#!/usr/bin/env bash
# Scale benchmark: generated sites of N unit-years (default 250,1000,5000,20000) and Hugo's equivalent page set,
# interleaved in one run; per-stage times, peak RSS, output and index files. Writes bench/results.md (search results: bench/results-search.md).
# Needs: .NET SDK, /usr/bin/hugo, /usr/bin/time. Usage: bench/scale-bench.sh [--sizes 250,1000] [--work DIR] [--label TEXT] [--no-preview]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release bench/Gongkai.Benchmarks -v q -nologo >&2
dotnet build -c Release src/Gongkai.Cli -v q -nologo >&2
exec dotnet bench/Gongkai.Benchmarks/bin/Release/net10.0/Gongkai.Benchmarks.dll scale "$@"
