import Foundation

/// Word-level results remembered across calls: a report replaying thousands of calls reads the
/// same few thousand words again and again, and stemming or looking for a misspelt synonym is
/// work done once per word. Shared between threads under a lock; emptied when it grows past
/// its capacity, so memory stays bounded whatever is read.
final class WordMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: String?] = [:]
    private let capacity: Int

    init(capacity: Int = 20_000) {
        self.capacity = capacity
    }

    func value(_ word: String, _ compute: (String) -> String?) -> String? {
        lock.lock()
        if let known = values[word] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let found = compute(word)
        lock.lock()
        if values.count >= capacity { values.removeAll(keepingCapacity: true) }
        values[word] = .some(found)
        lock.unlock()
        return found
    }
}
