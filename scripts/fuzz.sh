#!/bin/sh
# A longer fuzzing run of the playbook loader and linter, the transcript readers and the text
# readers (Tests/RapportCoreTests/FuzzTests.swift), in a release build, with a seed that changes
# every run unless given:  sh scripts/fuzz.sh [ITERATIONS] [SEED]
set -e
cd "$(dirname "$0")/.."
iterations=${1:-20000}
seed=${2:-$(date +%s)}
echo "fuzzing: $iterations iterations per harness, seed $seed"
RAPPORT_FUZZ_ITERATIONS=$iterations RAPPORT_FUZZ_SEED=$seed swift test -c release --filter FuzzTests 2>&1 | grep -E "✔|✘|error|Fatal|crash" | tail -8
