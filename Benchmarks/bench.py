#!/usr/bin/env python3
"""Release-build benchmarks for Rapport, reported as ratios against baselines measured in
the same run (the machines are shared and noisy, so absolute times mean little).

  python3 Benchmarks/bench.py [--runs N] [--answers N]

Measures:
  1. exec to first prompt with the default playbook, against a Swift hello-world that
     imports Foundation (goal: under 3x);
  2. per-answer processing time including the fsync'd journal write;
  3. peak memory (max RSS) of a session, against the hello-world;
  4. objection matching against a generated playbook of 1,000 phrases: median time per
     utterance (goal: under 100 µs) and `rapport match` lines per second over 100,000 lines,
     against `cat` over the same file.
"""
import argparse, os, resource, shutil, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLAYBOOK = os.path.join(ROOT, "playbooks", "default.yaml")


def run(argv, stdin_bytes=b"", until=None):
    """Runs argv; returns (seconds to `until` on stdout or to exit, max RSS in KiB)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=ROOT)
    first = None
    if until is not None:
        proc.stdin.write(stdin_bytes)
        proc.stdin.flush()
        seen = b""
        while until not in seen:
            chunk = os.read(proc.stdout.fileno(), 65536)
            if not chunk:
                break
            seen += chunk
        first = time.perf_counter() - start
        proc.stdin.close()
        proc.stdout.read()
    else:
        proc.stdin.write(stdin_bytes)
        proc.stdin.close()
        proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = status  # reaped here, so Popen must not wait again
    if status != 0:
        sys.exit(f"benchmark command failed ({status}): {' '.join(argv)}")
    return (first if first is not None else elapsed), usage.ru_maxrss


def transcripts_fs(path):
    out = subprocess.run(["df", "--output=fstype", path], capture_output=True, text=True).stdout.split()
    return out[-1] if out else "?"


def median(argv, runs, **kw):
    times, rss = [], []
    for _ in range(runs):
        t, m = run(argv, **kw)
        times.append(t)
        rss.append(m)
    return statistics.median(times), max(rss)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--answers", type=int, default=2000)
    ap.add_argument("--lines", type=int, default=100_000)
    ap.add_argument("--transcripts", type=int, default=10_000, help="for the report benchmark")
    ap.add_argument("--only-report", action="store_true", help="run only the report-versus-jq benchmark")
    ap.add_argument("--only-lint", action="store_true", help="run only the linter benchmark")
    ap.add_argument("--only-leads", action="store_true", help="run only the lead import and call list benchmark")
    ap.add_argument("--leads", type=int, default=100_000, help="for the leads benchmark")
    args = ap.parse_args()

    print("building release…", file=sys.stderr)
    subprocess.run(["swift", "build", "-c", "release", "--product", "rapport"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    binpath = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                             capture_output=True, text=True).stdout.strip()
    rapport = os.path.join(binpath, "rapport")
    if args.only_report:
        print_report(report_benchmark(rapport, args.transcripts))
        return
    if args.only_lint:
        lint_benchmark(rapport)
        return
    if args.only_leads:
        leads_benchmark(rapport, args.leads)
        return
    print("building release with the Swift runtime linked statically…", file=sys.stderr)
    subprocess.run(["swift", "build", "-c", "release", "--product", "rapport", "--static-swift-stdlib", "--scratch-path",
                    os.path.join(ROOT, ".build-static")], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    static_rapport = os.path.join(ROOT, ".build-static", "release", "rapport")

    work = tempfile.mkdtemp(prefix="rapport-bench-")
    hello_src = os.path.join(work, "hello.swift")
    with open(hello_src, "w") as f:
        f.write('import Foundation\nprint("hello \\(ProcessInfo.processInfo.processIdentifier)")\n')
    hello = os.path.join(work, "hello")
    subprocess.run(["swiftc", "-O", hello_src, "-o", hello], check=True)

    transcripts = os.path.join(work, "t")
    live = [rapport, "live", "--playbook", PLAYBOOK, "--transcripts", transcripts]

    # 1. Start-up: exec until the first step is on stdout.
    hello_t, hello_rss = median([hello], args.runs)
    start_t, _ = median(live, args.runs, stdin_bytes=b"", until=b"Say:")
    static_live = [static_rapport] + live[1:]
    static_t, _ = median(static_live, args.runs, stdin_bytes=b"", until=b"Say:")

    # 2. Per answer: a session of N answers minus an empty session, divided by N.
    #    The answers loop over the discovery stage with /stage so every one is recorded.
    loop = ["/stage discovery", "Three weeks of spreadsheets", "8 days", "all by hand in excel",
            "about 120 hours", "the auditors find mistakes", "we looked at FloQast"]
    lines = [loop[i % len(loop)] for i in range(args.answers)]
    script = ("\n".join(lines) + "\n").encode()
    empty_t, empty_rss = median(live, max(3, args.runs // 3))
    full_t, full_rss = median(live, 3, stdin_bytes=script)
    per_answer = (full_t - empty_t) / args.answers
    # The same on tmpfs, where fsync is nearly free: what is processing and what is the disk.
    shm = tempfile.mkdtemp(prefix="rapport-bench-", dir="/dev/shm") if os.path.isdir("/dev/shm") else None
    if shm:
        shm_live = [rapport, "live", "--playbook", PLAYBOOK, "--transcripts", os.path.join(shm, "t")]
        shm_empty, _ = median(shm_live, max(3, args.runs // 3))
        shm_full, _ = median(shm_live, 3, stdin_bytes=script)
        shm_per_answer = (shm_full - shm_empty) / args.answers
        shutil.rmtree(shm, ignore_errors=True)

    # 4. Matching: a generated playbook of 100 objections x 10 phrases, 100,000 utterances.
    gen_playbook = os.path.join(work, "generated.yaml")
    utterances = os.path.join(work, "utterances.txt")
    subprocess.run([sys.executable, os.path.join(ROOT, "Benchmarks", "generate.py"), gen_playbook, utterances,
                    "--objections", "100", "--phrases", "10", "--lines", str(args.lines)], check=True)
    start = time.perf_counter()
    with open(utterances, "rb") as f:
        timing = subprocess.run([rapport, "match", "--timing", "--playbook", gen_playbook], stdin=f,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True).stderr.strip()
    match_t = time.perf_counter() - start
    start = time.perf_counter()
    with open(utterances, "rb") as f:
        subprocess.run(["cat"], stdin=f, stdout=subprocess.DEVNULL, check=True)
    cat_t = time.perf_counter() - start

    shutil.rmtree(work, ignore_errors=True)
    print(f"hello-world (Foundation)      {hello_t*1000:8.2f} ms   max RSS {hello_rss/1024:6.1f} MiB")
    print(f"rapport exec→first prompt     {start_t*1000:8.2f} ms   ratio {start_t/hello_t:5.2f}x hello-world (goal < 3x)")
    print(f"  same, runtime linked static {static_t*1000:8.2f} ms   ratio {static_t/hello_t:5.2f}x hello-world")
    print(f"rapport per answer (+fsync)   {per_answer*1e6:8.1f} µs   over {args.answers} answers, transcripts on {transcripts_fs(ROOT)}")
    if shm:
        print(f"  same on tmpfs (no disk)     {shm_per_answer*1e6:8.1f} µs   ({shm_per_answer/per_answer:4.2f}x the disk figure)")
    print(f"rapport session peak memory   {full_rss/1024:8.1f} MiB  ({args.answers} answers; empty session {empty_rss/1024:.1f} MiB;"
          f" ratio {full_rss/hello_rss:4.2f}x hello-world)")
    print(f"objection matching, 1,000 phrases: {timing}")
    print(f"rapport match over {args.lines} lines  {args.lines/match_t:8.0f} lines/s  ({match_t:.2f} s; cat takes {cat_t*1000:.1f} ms,"
          f" {match_t/cat_t:.0f}x)")
    print_report(report_benchmark(rapport, args.transcripts))
    lint_benchmark(rapport)


JQ_AGGREGATION = r'''
def commit: if .stage then .dropoff[.stage] += 1 else . end;
reduce inputs as $e ({};
  (input_filename) as $f
  | (if .file != $f then commit | .file = $f | .stage = null else . end)
  | if $e.format == "rapport-transcript" then .sessions[($e.rep // "(no rep)") + "/" + $e.mode] += 1
    else
      (if ($e.type == "detect" or $e.type == "objection") then .objections[$e.target] += 1 else . end)
      | (if $e.type == "outcome" then .outcomes[$e.text] += 1 else . end)
      | (if $e.type == "close" then .closes[$e.target] += 1 else . end)
      | (if $e.type == "won" then .won += 1 elif $e.type == "lost" then .lost += 1 else . end)
      | (if $e.type == "next" then .next += 1 else . end)
      | (if $e.stage then .stage = $e.stage else . end)
      | (if $e.type == "scorecard" then .scores[($e.score / 10 | floor | tostring)] += 1 else . end)
    end)
| commit | del(.file, .stage)
'''


def report_benchmark(rapport, count, runs=3):
    """`rapport report` over `count` generated transcripts against the same kind of aggregation
    done with jq (a simpler one: no per-call objection bookkeeping, no answer parsing)."""
    work = tempfile.mkdtemp(prefix="rapport-report-bench-")
    folder = os.path.join(work, "t")
    subprocess.run([rapport, "generate", "--count", str(count), "--out", folder, "--playbook", PLAYBOOK, "--seed", "1"],
                   check=True, stderr=subprocess.DEVNULL)
    files = sorted(os.path.join(folder, f) for f in os.listdir(folder))
    events = sum(1 for f in files for _ in open(f, "rb")) - len(files)
    size = sum(os.path.getsize(f) for f in files)
    report_t, report_rss = median([rapport, "report", folder, "--format", "json"], runs)
    small = os.path.join(work, "small")
    os.makedirs(small)
    for f in files[: max(1, count // 10)]:
        os.link(f, os.path.join(small, os.path.basename(f)))
    _, small_rss = median([rapport, "report", small, "--format", "json"], 1)
    result = {"count": count, "events": events, "mib": size / 2**20, "report_t": report_t, "report_rss": report_rss, "small_rss": small_rss}
    if shutil.which("jq"):
        result["jq_t"], result["jq_rss"] = median(["jq", "-n", JQ_AGGREGATION] + files, runs)
    shutil.rmtree(work, ignore_errors=True)
    return result


def lint_benchmark(rapport, steps=10_000, runs=5):
    """`rapport lint` on a generated playbook of `steps` steps (goal: under a second)."""
    work = tempfile.mkdtemp(prefix="rapport-lint-bench-")
    playbook = os.path.join(work, "big.yaml")
    subprocess.run([sys.executable, os.path.join(ROOT, "Benchmarks", "generate.py"), playbook, os.devnull, "--steps", str(steps),
                    "--stages", "20", "--objections", "50", "--phrases", "5", "--lines", "0"], check=True)
    size = os.path.getsize(playbook)
    out = subprocess.run([rapport, "lint", playbook], capture_output=True, text=True)
    summary = out.stdout.strip().splitlines()[-1] if out.stdout.strip() else "?"
    t, rss = median([rapport, "lint", playbook], runs)
    shutil.rmtree(work, ignore_errors=True)
    print(f"rapport lint, {steps} steps ({size/1024:.0f} KiB): {t*1000:.0f} ms (goal < 1000 ms), peak memory {rss/1024:.1f} MiB; {summary}")


def leads_export(path, count, seed=1):
    """A CRM export of `count` leads with the usual mess: "1,200" employees, blank cells, mixed
    case, unsupported ERPs, quoted notes with commas, CRLF line ends and a byte-order mark."""
    import random
    rng = random.Random(seed)
    erps = ["NetSuite", "netsuite", "Xero", "SAP", "Sage Intacct", "", "QuickBooks Online", "homegrown", "Dynamics 365"]
    industries = ["Logistics", "retail", "", "Mining", "SaaS", "healthcare", "Wholesale"]
    with open(path, "w", newline="") as f:
        f.write("\ufeffCompany Name,Contact,Job Title,Employees,Finance Team,Industry,ERP,Lead Source,Last Contacted,Notes\r\n")
        for n in range(count):
            employees = '"1,%d"' % rng.randint(100, 999) if n % 7 == 0 else str(rng.randint(5, 5000))
            team = "" if n % 11 == 0 else str(rng.randint(1, 60))
            note = '"New CFO in %s, audit finding"' % rng.choice(["March", "October"]) if n % 9 == 0 else ""
            f.write("Company %d,Person %d,Controller,%s,%s,%s,%s,Webinar,2026-%02d-%02d,%s\r\n" % (
                n, n, employees, team, rng.choice(industries), rng.choice(erps), rng.randint(1, 9), rng.randint(10, 28), note))


def leads_benchmark(rapport, count, runs=3):
    """`rapport leads import` of a CRM export (goal: 100,000 leads in at most 5 s), the ranked
    call list over them, and the start of a live call with one of them; against Python's csv
    module reading the same file (a baseline measured in the same run)."""
    work = tempfile.mkdtemp(prefix="rapport-leads-bench-")
    export = os.path.join(work, "leads.csv")
    leads_export(export, count)
    folder = os.path.join(work, "t")

    def fresh_import():
        shutil.rmtree(folder, ignore_errors=True)
        return run([rapport, "leads", "import", export, "--transcripts", folder])

    times, peaks = [], []
    for _ in range(runs):
        t, rss = fresh_import()
        times.append(t)
        peaks.append(rss)
    import_t, import_rss = statistics.median(times), max(peaks)
    python_t, _ = median([sys.executable, "-c", "import csv,sys; rows=list(csv.DictReader(open(sys.argv[1], encoding='utf-8-sig'))); print(len(rows))", export], runs)
    list_t, list_rss = median([rapport, "leads", "--playbook", PLAYBOOK, "--transcripts", folder, "--top", "10"], runs)
    plan_t, _ = median([rapport, "plan", "Company 77", "--playbook", PLAYBOOK, "--transcripts", folder], runs)
    call_t, _ = median([rapport, "live", "--playbook", PLAYBOOK, "--transcripts", folder, "--account", "Company 77"], runs, until=b"Say:")
    empty = os.path.join(work, "empty")
    bare_t, _ = median([rapport, "live", "--playbook", PLAYBOOK, "--transcripts", empty, "--account", "Company 77"], runs, until=b"Say:")
    size = os.path.getsize(export)
    shutil.rmtree(work, ignore_errors=True)
    print(f"rapport leads import, {count} leads ({size/2**20:.1f} MiB): {import_t:.2f} s (goal <= 5 s), peak memory {import_rss/1024:.1f} MiB;"
          f" Python's csv module reading the same file: {python_t:.2f} s ({import_t/python_t:.1f}x)")
    print(f"  rapport leads --top 10 over them: {list_t:.2f} s, peak {list_rss/1024:.1f} MiB; rapport plan: {plan_t*1000:.0f} ms;"
          f" a live call with one of them to its first step: {call_t*1000:.0f} ms against {bare_t*1000:.0f} ms with no leads ({call_t/bare_t:.1f}x)")


def print_report(r):
    print(f"rapport report, {r['count']} transcripts ({r['events']} events, {r['mib']:.1f} MiB): {r['report_t']:.2f} s,"
          f" peak memory {r['report_rss']/1024:.1f} MiB (with a tenth of the files: {r['small_rss']/1024:.1f} MiB)")
    if "jq_t" in r:
        print(f"  jq, same files, a simpler aggregation: {r['jq_t']:.2f} s, peak memory {r['jq_rss']/1024:.1f} MiB"
              f" -> rapport is {r['jq_t']/r['report_t']:.1f}x faster")
    else:
        print("  jq is not installed: no comparison")


if __name__ == "__main__":
    main()
