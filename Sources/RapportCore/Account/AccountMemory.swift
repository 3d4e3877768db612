import Foundation

/// What the earlier calls with one account learnt, folded in order: the latest value of each
/// field with the call it came from, the objections still open after the last call, the last
/// outcome and the last agreed next step. It gives the facts a new call carries over and the
/// brief shown before it starts. Pure: the calls come in already read and replayed.
public struct AccountMemory: Sendable {
    public struct Call: Sendable {
        /// The transcript's name without `.jsonl` (`20261120T101500Z-acme`).
        public var name: String
        public var header: TranscriptHeader
        public var profile: NeedsProfile
        /// The stage the call was in when it ended (nil when it finished the playbook).
        public var lastStage: String?

        public init(name: String, header: TranscriptHeader, profile: NeedsProfile, lastStage: String?) {
            self.name = name
            self.header = header
            self.profile = profile
            self.lastStage = lastStage
        }
    }

    /// The calls, oldest first.
    public let calls: [Call]
    /// The account as first typed (the earliest call's `--account`).
    public var name: String? { calls.first?.header.account }

    /// How the deal stands: won or lost in the latest call that said so.
    public var outcome: DealOutcome? {
        calls.reversed().lazy.compactMap(\.profile.outcome).first
    }

    /// What the next call starts with, in the playbook's field order, then open objections, then the outcome.
    public let carried: [CarriedFact]
    /// The last next step agreed, and the call that agreed it.
    public let nextStep: (step: AgreedNextStep, call: Call)?

    public init(calls given: [Call], playbook: Playbook) {
        calls = given.sorted { $0.header.started < $1.header.started }
        var facts: [CarriedFact] = []
        // An earlier call's next step is its own agreement (the brief names it), not this call's.
        let own = Set([playbook.followUp?.nextStep, playbook.followUp?.date].compactMap { $0 })
        for field in playbook.fields where !own.contains(field.id) {
            // The latest call in which the field was known; its provenance the call that said it.
            for call in calls.reversed() {
                guard let entry = call.profile[field.id], entry.value != nil else { continue }
                let origin = call.profile.carried[field.id]
                let words = field.type == .tags ? entry.quotes.map(\.text).joined(separator: "; ") : entry.raw
                facts.append(CarriedFact(.field(id: field.id, words: words), from: origin?.from ?? call.name, day: origin?.day ?? call.header.sessionDay))
                break
            }
        }
        if let last = calls.last {
            for objection in last.profile.openObjections where objection.resolved == nil {
                let from = objection.turn == 0 ? calls.reversed().first { $0.profile.objections.contains { $0.objectionID == objection.objectionID && $0.turn > 0 } } : last
                facts.append(CarriedFact(.objection(objection.objectionID), from: (from ?? last).name, day: (from ?? last).header.sessionDay))
            }
            if let outcome = last.profile.outcome {
                facts.append(CarriedFact(.outcome(won: outcome.won, reason: outcome.reason), from: last.name, day: last.header.sessionDay))
            } else if let earlier = last.profile.carriedOutcome {
                facts.append(earlier)
            }
        }
        carried = facts
        nextStep = calls.reversed().lazy.compactMap { call in call.profile.nextStep.map { (step: $0, call: call) } }.first
    }

    /// The lines shown before the call starts: the earlier calls, what is known, open
    /// objections, the outcome and the agreed next step.
    public func brief(playbook: Playbook, today: CalendarDay) -> [String] {
        guard let last = calls.last else { return [] }
        var lines: [String] = []
        let account = name ?? "this account"
        let dates = calls.map { call in call.header.day.map { Prose.date($0, today: today) } ?? call.header.sessionDay }
        lines.append("\(account): \(calls.count) earlier call\(calls.count == 1 ? "" : "s") (\(dates.joined(separator: ", ")))"
                     + (last.header.rep.map { ", last with \($0)" } ?? "") + ".")
        let fields = carried.compactMap { fact -> String? in
            guard case .field(let id, _) = fact.item, let field = playbook.field(id) else { return nil }
            return field.label
        }
        let counted = playbook.fields.filter { $0.qualifies != nil || $0.section != .omit }.count
        if !fields.isEmpty { lines.append("Known (\(fields.count) of \(max(counted, fields.count)) fields): \(fields.prefix(8).joined(separator: ", "))\(fields.count > 8 ? ", …" : "") — /profile for the values and where each came from.") }
        let open = carried.compactMap { fact -> String? in
            guard case .objection(let id) = fact.item else { return nil }
            return (playbook.objection(id)?.title ?? id) + " (raised \(CalendarDay(iso: fact.day).map { Prose.date($0, today: today) } ?? fact.day))"
        }
        if !open.isEmpty { lines.append("Still open: \(open.joined(separator: "; ")).") }
        for fact in carried {
            guard case .outcome(let won, let reason) = fact.item else { continue }
            lines.append(won ? "The deal was won on \(CalendarDay(iso: fact.day).map { Prose.date($0, today: today) } ?? fact.day): this call starts at the follow-up."
                         : "The deal was lost" + (reason.map { " (\($0))" } ?? "") + ".")
        }
        if let (step, call) = nextStep {
            let agreedOn = call.header.day.map { Prose.date($0, today: today) } ?? call.header.sessionDay
            let when = Prose.date(step.day, today: today)
            if step.day == today {
                lines.append("Today is the \(step.what) agreed on \(agreedOn).")
            } else if step.day < today {
                lines.append("Agreed on \(agreedOn): \(step.what) on \(when) — that date has passed.")
            } else {
                lines.append("Agreed on \(agreedOn): \(step.what) on \(when).")
            }
        }
        return lines
    }

    /// An account name as file names make it, case and accents aside: "Zoë Müller GmbH",
    /// "zoe muller gmbh" and "ZOE-MULLER-GMBH" are one account.
    public static func key(_ name: String) -> String {
        // ASCII (most names): the same key byte by byte, without folding through a locale.
        if let ascii = ASCIIWords.joined(name, separator: UInt8(ascii: "-")) { return ascii }
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        var out = ""
        for character in folded {
            if character.isLetter || character.isNumber {
                out.append(character)
            } else if !out.isEmpty, out.last != "-" {
                out.append("-")
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }
}
