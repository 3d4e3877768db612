#!/bin/sh
# Re-records the example transcripts from the scripted sessions in scripts/, with the
# built rapport, from the repository root: sh transcripts/examples/record.sh
set -e
cd "$(dirname "$0")/../.."
swift build >/dev/null
rapport=.build/debug/rapport
out=transcripts/examples
rm -f "$out"/*.jsonl "$out"/*.comments
run() { # name, then rapport arguments; input from scripts/name.txt
    name=$1; shift
    tmp=$(mktemp -d)
    "$rapport" "$@" --transcripts "$tmp" < "$out/scripts/$name.txt" > /dev/null
    # The header names the playbook by the path it was read from; the examples name it from
    # the repository root, so that they read the same in any checkout.
    sed "1s|\"path\":\"[^\"]*/playbooks/default.yaml\"|\"path\":\"playbooks/default.yaml\"|" "$tmp"/*.jsonl > "$out/$name.jsonl"
    rm "$tmp"/*.jsonl
    rmdir "$tmp"
    chmod 644 "$out/$name.jsonl"  # examples are shared; real transcripts stay 0600
}
run live-won live --playbook playbooks/default.yaml --account "Acme Freight" --rep Jo
run live-lost live --playbook playbooks/default.yaml --account "Borealis Foods" --rep Sam
run live-short live --playbook playbooks/default.yaml --account "Cobalt Retail" --rep Jo
run practice-dana-good practice --playbook playbooks/default.yaml --persona dana --seed 7 --rep Lee
run practice-marcus-poor practice --playbook playbooks/default.yaml --persona marcus --seed 7 --rep Lee --exam
run practice-priya-mixed practice --playbook playbooks/default.yaml --persona priya --seed 3 --rep Kim
"$rapport" comment "$out/live-won.jsonl" 26 "Good catch on price: acknowledged before answering." --coach Morgan > /dev/null
"$rapport" comment "$out/live-lost.jsonl" 7 "No budget: explore what changes next year before moving on." --coach Morgan > /dev/null
"$rapport" comment "$out/practice-marcus-poor.jsonl" 1 "You pitched before asking anything; open with a question." --coach Morgan > /dev/null
chmod 644 "$out"/*.comments
echo "Recorded: $(ls "$out"/*.jsonl | wc -l) transcripts"
