import Foundation

/// Objection matchers built once per set of phrase banks and shared: building one for a large
/// playbook takes milliseconds, and a report replays thousands of calls on the same playbook.
/// Keyed by the objections and ordinary talk themselves (not by the playbook's name), so a
/// changed playbook gets its own matcher; a few are kept. Each also remembers which objection a
/// step's own question is about, which every answer to the step asks.
public final class MatcherCache: @unchecked Sendable {
    static let shared = MatcherCache()
    fileprivate let lock = NSLock()
    private let building = NSLock()
    private var entries: [Int: Entry] = [:]
    private let capacity = 16

    /// One playbook's matcher and what its questions are about. Shared between threads; the
    /// question cache is read and written under the cache's lock.
    final class Entry: @unchecked Sendable {
        let matcher: ObjectionMatcher
        fileprivate var asks: [String: String?] = [:]
        fileprivate var terms: [String: Set<String>] = [:]
        fileprivate unowned let cache: MatcherCache
        fileprivate init(_ matcher: ObjectionMatcher, cache: MatcherCache) {
            self.matcher = matcher
            self.cache = cache
        }

        /// The objection nearest the words of a question (at least 0.25), computed once per
        /// question: `id` names the question (a step).
        func nearest(_ question: String, id: String) -> String? {
            let key = id + "\u{1F}" + question
            cache.lock.lock()
            if let known = asks[key] {
                cache.lock.unlock()
                return known
            }
            cache.lock.unlock()
            let found = matcher.nearest(question, floor: 0.25)?.objectionID
            cache.lock.lock()
            asks[key] = .some(found)
            cache.lock.unlock()
            return found
        }

        /// The terms of a step's words (its line, hint, field label and cues), computed once per
        /// wording: every answer to the step is compared with them.
        func terms(of words: String) -> Set<String> {
            cache.lock.lock()
            if let known = terms[words] {
                cache.lock.unlock()
                return known
            }
            cache.lock.unlock()
            let found = Set(Utterance(words).terms)
            cache.lock.lock()
            if terms.count > 4_096 { terms.removeAll() }
            terms[words] = found
            cache.lock.unlock()
            return found
        }
    }

    /// Builds the playbook's matcher ahead of its first use, on another thread: a live session
    /// calls it at start, so the first answer does not wait for the classifier to be learnt.
    public static func prepare(_ playbook: Playbook) {
        Thread.detachNewThread { _ = shared.entry(for: playbook) }
    }

    /// The shared matcher for the playbook's objections, built on first use.
    func entry(for playbook: Playbook) -> Entry { entry(playbook, key: playbook.phraseKey) }

    private func entry(_ playbook: Playbook, key: Int) -> Entry {
        lock.lock()
        if let found = entries[key] {
            lock.unlock()
            return found
        }
        lock.unlock()
        // One build at a time: a caller that arrives while the matcher is being built (learning
        // its classifier takes a moment) waits for it rather than building a second.
        building.lock()
        defer { building.unlock() }
        lock.lock()
        if let raced = entries[key] {
            lock.unlock()
            return raced
        }
        lock.unlock()
        let built = Entry(ObjectionMatcher(playbook: playbook), cache: self)
        lock.lock()
        defer { lock.unlock() }
        if entries.count >= capacity { entries.removeAll() }
        entries[key] = built
        return built
    }
}
