#!/usr/bin/env python3
"""Crash safety, many times over: runs the scripted live call, kills rapport with SIGKILL at a
random point (after a random number of acknowledged answers, with one more line in flight and a
random delay), then checks that

  1. the transcript is readable (`rapport summary` succeeds),
  2. every answer rapport acknowledged (printed its reply to) is in the transcript, in order,
  3. `rapport live --resume` with the rest of the script ends with the same profile as an
     uninterrupted run.

Every third trial also replaces the transcript mid-call the way `sed -i` does (a copy renamed
over it), and every fifth (other) trial tries a second `--resume` while the call runs (it must be
refused and change nothing).

    python3 scripts/kill-test.py [--trials 200] [--seed 1]

Prints the figures RELIABILITY.md quotes, and exits 1 if anything was lost or differed.
"""
import argparse, json, os, random, re, shutil, signal, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLAYBOOK = os.path.join(ROOT, "playbooks", "default.yaml")


def script_lines():
    """The full scripted call the end-to-end tests use (Tests/RapportEndToEndTests/RapportProcess.swift)."""
    source = open(os.path.join(ROOT, "Tests", "RapportEndToEndTests", "RapportProcess.swift")).read()
    block = source[source.index("static let fullCall"):]
    block = block[: block.index("\n    ]")]
    return [json.loads('"' + m.group(1) + '"') for m in re.finditer(r'^\s*"((?:[^"\\]|\\.)*)",', block, re.M)]


def profile(rapport, transcript):
    out = subprocess.run([rapport, "summary", transcript, "--format", "json"], capture_output=True, text=True)
    if out.returncode != 0:
        return None
    return sorted(json.dumps(f, sort_keys=True) for f in json.loads(out.stdout)["profile"])


def typed(transcript):
    """The answers and notes in a transcript, in order, as the rep typed them."""
    texts = []
    for line in open(transcript, encoding="utf-8", errors="replace").read().split("\n")[1:]:
        try:
            event = json.loads(line)
        except ValueError:
            continue
        if event.get("type") == "answer":
            texts.append(event.get("text", ""))
        elif event.get("type") == "note":
            texts.append("/note " + event.get("text", ""))
        elif event.get("type") == "skip":
            texts.append("")
    return texts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--trials", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    subprocess.run(["swift", "build"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    bindir = subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
    lines = script_lines()
    rng = random.Random(args.seed)
    work = tempfile.mkdtemp(prefix="rapport-kill-")
    # A private copy, so a rebuild during the run cannot swap the binary under it.
    rapport = os.path.join(work, "rapport")
    shutil.copy2(os.path.join(bindir, "rapport"), rapport)

    # The uninterrupted call, for comparison.
    whole = os.path.join(work, "whole")
    subprocess.run([rapport, "live", "--playbook", PLAYBOOK, "--transcripts", whole], input="\n".join(lines) + "\n",
                   text=True, capture_output=True, check=True)
    expected = profile(rapport, os.path.join(whole, os.listdir(whole)[0]))

    failures = {"unreadable": 0, "lost": 0, "resume differs": 0, "did not start": 0, "exit": 0, "second writer": 0}
    replaced = 0
    refused = 0
    acknowledged_total = 0
    in_flight_saved = 0
    started = time.time()
    for trial in range(args.trials):
        folder = os.path.join(work, f"t{trial}")
        proc = subprocess.Popen([rapport, "live", "--playbook", PLAYBOOK, "--transcripts", folder],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        os.set_blocking(proc.stdout.fileno(), False)

        def read_some(timeout=10.0):
            deadline = time.time() + timeout
            while time.time() < deadline:
                try:
                    chunk = os.read(proc.stdout.fileno(), 65536)
                    if chunk:
                        return chunk
                except BlockingIOError:
                    pass
                time.sleep(0.001)
            return b""

        if not read_some():
            failures["did not start"] += 1
            proc.kill()
            proc.wait()
            continue
        k = rng.randrange(0, len(lines))
        acked = 0

        def transcript_now():
            names = [n for n in (os.listdir(folder) if os.path.isdir(folder) else []) if n.endswith(".jsonl") and not n.startswith(".")]
            return os.path.join(folder, names[0]) if names else None

        for line in lines[:k]:
            proc.stdin.write((line + "\n").encode())
            proc.stdin.flush()
            if not read_some():
                break
            acked += 1
            path = transcript_now()
            if path and trial % 3 == 0 and acked == max(1, k // 2):
                # What `sed -i` does: a copy renamed over the file (a new inode at the same path).
                # The copy is identical, so a call killed before its next event still resumes to
                # the same profile; the session must notice the new inode and carry on there.
                copy = path + ".sed"
                with open(path, "rb") as f:
                    data = f.read()
                with open(copy, "wb") as f:
                    f.write(data)
                os.rename(copy, path)
                replaced += 1
            if path and trial % 5 == 1 and trial % 3 != 0 and acked == 1:
                # Refused, and nothing of it in the file (the running call may still be writing
                # its own line: output can arrive before the last byte of an acknowledgement).
                second = subprocess.run([rapport, "live", "--resume", path], input="second writer\n", text=True, capture_output=True)
                if second.returncode != 73 or b"second writer" in open(path, "rb").read():
                    failures["second writer"] += 1
                    print(f"trial {trial}: a second writer was not refused: exit {second.returncode}: {second.stderr.strip()[:200]}", file=sys.stderr)
                else:
                    refused += 1
        acknowledged_total += acked
        # One more line in flight, then the kill after a random moment.
        if acked < len(lines):
            proc.stdin.write((lines[acked] + "\n").encode())
            proc.stdin.flush()
        time.sleep(rng.random() * 0.004)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if proc.returncode != -signal.SIGKILL:
            failures["exit"] += 1
        files = [n for n in (os.listdir(folder) if os.path.isdir(folder) else []) if n.endswith(".jsonl") and not n.startswith(".")]
        if not files:
            # Killed before the header was written: acceptable only if nothing was acknowledged.
            if acked > 0:
                failures["lost"] += 1
            continue
        transcript = os.path.join(folder, files[0])
        if profile(rapport, transcript) is None:
            failures["unreadable"] += 1
            continue
        saved = typed(transcript)
        if saved[:acked] != lines[:acked]:
            failures["lost"] += 1
            continue
        done = len(saved)
        if done > acked:
            in_flight_saved += 1
        subprocess.run([rapport, "live", "--resume", transcript], input="\n".join(lines[done:]) + "\n",
                       text=True, capture_output=True)
        if profile(rapport, transcript) != expected:
            failures["resume differs"] += 1
    elapsed = time.time() - started
    print(f"kill test: {args.trials} trials in {elapsed:.0f} s (seed {args.seed}); {acknowledged_total} acknowledged lines checked;"
          f" the in-flight line was saved in {in_flight_saved} trials; the file was replaced mid-call in {replaced}, a second writer refused in {refused}")
    problems = sum(failures.values())
    print("failures: " + ", ".join(f"{k} {v}" for k, v in failures.items()) + f" (total {problems})")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
