#!/usr/bin/env python3
"""Writes a large synthetic playbook (for matcher benchmarks) and utterances to match.

  python3 Benchmarks/generate.py PLAYBOOK.yaml UTTERANCES.txt [--objections 100] [--phrases 10] [--lines 100000]
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
    args = ap.parse_args()
    rnd = random.Random(args.seed)
    phrases = []
    with open(args.playbook, "w") as f:
        f.write('id: generated\nversion: "1"\nproduct:\n  name: Generated\n  features: []\n')
        f.write("fields:\n  - id: note\n    type: text\nstages:\n  - id: only\n    steps:\n      - id: ask\n        say: Anything?\n        record: note\n")
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
