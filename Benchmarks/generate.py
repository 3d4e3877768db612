#!/usr/bin/env python3
"""Writes a large synthetic playbook (for matcher benchmarks) and utterances to match.

  python3 Benchmarks/generate.py PLAYBOOK.yaml UTTERANCES.txt [--objections 100] [--phrases 10] [--lines 100000]
                                 [--steps 1] [--stages 1]

With --steps N the playbook has N steps spread over --stages stages, with fields, branches on
typed conditions and templates, for the linter benchmark.
"""
import argparse, random

WORDS = ("price cost budget contract vendor boss time quarter trust proof fit feature integration support "
         "renewal licence seat team finance legal security data migration training onboarding report audit "
         "dashboard invoice payment discount deadline approval committee pilot risk roadmap scale speed").split()
FILLER = "we really just think that maybe our the is are too not very honestly right now this year".split()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("playbook")
    ap.add_argument("utterances")
    ap.add_argument("--objections", type=int, default=100)
    ap.add_argument("--phrases", type=int, default=10)
    ap.add_argument("--lines", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--steps", type=int, default=1)
    ap.add_argument("--stages", type=int, default=1)
    args = ap.parse_args()
    rnd = random.Random(args.seed)
    phrases = []
    with open(args.playbook, "w") as f:
        f.write('id: generated\nversion: "1"\nproduct:\n  name: Generated\n  features: []\n')
        if args.steps <= 1:
            f.write("fields:\n  - id: note\n    type: text\nstages:\n  - id: only\n    steps:\n      - id: ask\n        say: Anything?\n        record: note\n")
        else:
            kinds = ["number", "money", "yesno", "date", "text"]
            fields = max(1, args.steps // 10)
            f.write("fields:\n")
            for i in range(fields):
                f.write(f"  - id: field_{i}\n    type: {kinds[i % len(kinds)]}\n")
            f.write("stages:\n")
            per_stage = -(-args.steps // args.stages)
            conditions = {"number": "> 10", "money": ">= $10k", "yesno": "== yes", "date": "<= 2027-03-31", "text": "contains fast"}
            step = 0
            for s in range(args.stages):
                f.write(f"  - id: stage-{s}\n    title: Stage {s}\n    steps:\n")
                for _ in range(per_stage):
                    if step >= args.steps:
                        break
                    field = step % fields
                    f.write(f"      - id: step-{step}\n        say: Tell me about field {field} ({{{{field_{field}}}}})?\n        record: field_{field}\n")
                    if step % 7 == 3 and step + 5 < args.steps:
                        kind = kinds[field % len(kinds)]
                        f.write(f"        next:\n          - if: field_{field} {conditions[kind]} and known(field_{(field + 1) % fields})\n            goto: step-{step + 5}\n")
                    step += 1
        f.write("objections:\n")
        for o in range(args.objections):
            f.write(f"  - id: objection-{o}\n    title: Objection {o}\n    phrases:\n")
            for _ in range(args.phrases):
                words = rnd.sample(WORDS, 3) + rnd.sample(FILLER, 3)
                rnd.shuffle(words)
                phrase = " ".join(words)
                phrases.append(phrase)
                f.write(f"      - {phrase}\n")
            f.write("    rebuttals:\n      - technique: laer\n        line: Tell me more.\n")
    with open(args.utterances, "w") as f:
        for i in range(args.lines):
            if i % 3 == 0:
                f.write("about %d people on the team\n" % rnd.randint(2, 500))
            else:
                words = rnd.choice(phrases).split()
                words.insert(rnd.randrange(len(words) + 1), rnd.choice(FILLER))
                f.write(" ".join(words) + "\n")


if __name__ == "__main__":
    main()
