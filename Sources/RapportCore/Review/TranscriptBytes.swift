import Foundation

/// A transcript file's bytes read as `report` reads them: split into lines (a line past
/// `maximumLineBytes` counts as damaged, never decoded), the header first, then every event
/// that reads (by the fast line reader, else by the JSON decoder); the rest count as damaged.
/// Pure: the caller reads the file and supplies the playbook and comments.
public enum TranscriptBytes {
    public static let maximumLineBytes = 1 << 20

    /// Adds one transcript's bytes to `report`: nothing when its header does not pass the
    /// filter, and a line under `unreadable` when it is not a transcript. `playbook` is asked for
    /// the header's playbook (nil: read without replaying), `comments` for the call's sidecar
    /// (asked only when the call is counted). Returns the header, nil when there is none.
    @discardableResult
    public static func add(_ data: Data, file: String, to report: inout TeamReport, filter: TeamReport.Filter,
                           playbook: (TranscriptHeader) -> Playbook?, comments: () -> [CoachComment]) -> TranscriptHeader? {
        let decoder = JSONDecoder()
        var read: TranscriptHeader?
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var lines: [Range<Int>] = []
            var start = 0
            var oversized = 0
            for i in 0..<bytes.count where bytes[i] == 0x0A {
                if i - start > maximumLineBytes { oversized += 1 } else if i > start { lines.append(start..<i) }
                start = i + 1
            }
            if start < bytes.count { lines.append(start..<bytes.count) }
            guard let first = lines.first,
                let header = try? decoder.decode(TranscriptHeader.self, from: Data(UnsafeBufferPointer(rebasing: bytes[first]))),
                header.format == TranscriptHeader.formatName
            else {
                report.unreadable[file] = "not a Rapport transcript"
                return
            }
            read = header
            guard filter.admits(header) else { return }
            var entries: [TranscriptEntry] = []
            entries.reserveCapacity(lines.count)
            var damaged = oversized
            for range in lines.dropFirst() {
                let line = UnsafeBufferPointer(rebasing: bytes[range])
                if let entry = TranscriptLineReader.entry(line) ?? (try? decoder.decode(TranscriptEntry.self, from: Data(line))) {
                    entries.append(entry)
                } else {
                    damaged += 1
                }
            }
            report.add(header: header, entries: entries, damagedLines: damaged, file: file, playbook: playbook(header), comments: comments())
        }
        return read
    }

    /// Folds `count` transcripts into one report on up to `workers` threads: worker k reads
    /// items k, k + workers, … into its own report with `read` (its own state, such as a cache
    /// of playbooks, made by `state`), and the partial reports are merged in worker order, so
    /// the result does not depend on timing.
    public static func fold<State>(count: Int, workers: Int, state: @Sendable () -> State,
                                   read: @Sendable (Int, inout TeamReport, inout State) -> Void) -> TeamReport {
        let workers = max(1, min(workers, count))
        let results = Partials(count: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var report = TeamReport()
            var local = state()
            var index = worker
            while index < count {
                read(index, &report, &local)
                index += workers
            }
            results.set(worker, report)
        }
        var total = TeamReport()
        for part in results.all() { total.merge(part) }
        return total
    }
}

/// Per-worker results, written once each under a lock.
private final class Partials: @unchecked Sendable {
    private let lock = NSLock()
    private var reports: [TeamReport?]

    init(count: Int) { reports = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ report: TeamReport) {
        lock.lock()
        reports[index] = report
        lock.unlock()
    }

    func all() -> [TeamReport] {
        lock.lock()
        defer { lock.unlock() }
        return reports.compactMap { $0 }
    }
}
