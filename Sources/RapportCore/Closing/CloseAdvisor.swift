/// Ranks the playbook's closing techniques on the current profile: first those whose
/// conditions hold, then by how near the rest are; among equals, a close built on more of what
/// the customer said (more conditions met, every field in its line known) comes first.
/// Conditions can weigh buying signals (`interest == high`), qualification (`qualified >= 75`)
/// and open objections (`open_objections == 0`).
public struct CloseAdvisor: Sendable {
    public struct Suggestion: Sendable, Hashable {
        public var closeID: String
        /// True when the close's condition holds (or it has none).
        public var fits: Bool
        /// 0 to 100: how well the close fits now.
        public var score: Int
        /// The line to say, filled from the profile.
        public var line: String
        /// The parts of its condition that do not hold yet, in playbook syntax.
        public var missing: [String]
        /// The same parts in words a rep reads at a glance ("contact signs off").
        public var missingInWords: [String] = []
        /// Fields its line names that are still unknown.
        public var gaps: [String]
    }

    /// How ready the customer is, for the header above the list.
    public struct Readiness: Sendable, Hashable {
        /// Share of qualification elements known, 0 to 100.
        public var qualified: Int
        public var unknown: [Qualification]
        public var openObjections: [String]
    }

    public let playbook: Playbook

    public init(playbook: Playbook) {
        self.playbook = playbook
    }

    public func rank(_ profile: NeedsProfile) -> [Suggestion] {
        let ranked = playbook.closes.enumerated().map { index, close -> (Suggestion, Int) in
            (suggestion(close, profile), index)
        }
        return ranked.sorted { a, b in
            if a.0.fits != b.0.fits { return a.0.fits }
            if a.0.score != b.0.score { return a.0.score > b.0.score }
            return a.1 < b.1
        }.map(\.0)
    }

    public func readiness(_ profile: NeedsProfile) -> Readiness {
        let declared = Set(playbook.fields.compactMap(\.qualifies))
        let known = Set(playbook.fields.filter { $0.qualifies != nil && profile.isKnown($0.id) }.compactMap(\.qualifies))
        return Readiness(
            qualified: Int(Condition.Measure.qualified.value(on: profile, playbook: playbook)),
            unknown: Qualification.allCases.filter { declared.contains($0) && !known.contains($0) },
            openObjections: profile.openObjections.map(\.objectionID))
    }

    private func suggestion(_ close: Close, _ profile: NeedsProfile) -> Suggestion {
        let parts = close.condition?.conjuncts ?? []
        let fit = close.condition?.fit(on: profile, playbook: playbook) ?? 1
        let met = parts.filter { $0.holds(on: profile, playbook: playbook) }.count
        let fields = LineTemplate.variables(in: close.line).filter { playbook.field($0) != nil }
        let gaps = fields.filter { !profile.isKnown($0) }
        let filled = fields.isEmpty ? 1 : Double(fields.count - gaps.count) / Double(fields.count)
        // Fit dominates; then being tailored (conditions met, up to 2), so a close built on what
        // the customer said beats a generic one; then a line with no gaps.
        let score = 0.7 * fit + 0.2 * Double(min(met, 2)) / 2 + 0.1 * filled
        return Suggestion(
            closeID: close.id, fits: close.condition?.holds(on: profile, playbook: playbook) ?? true,
            score: Int((score * 100).rounded()),
            line: LineTemplate.render(close.line, playbook: playbook, profile: profile),
            missing: parts.filter { !$0.holds(on: profile, playbook: playbook) }.map(\.description),
            missingInWords: parts.filter { !$0.holds(on: profile, playbook: playbook) }.map(ConditionWords(playbook: playbook).words),
            gaps: gaps)
    }
}
