/// The day's call list: leads ranked by urgency and fit, each with the reasons for its place in
/// words, and the leads ruled out, each with why. Overdue next steps come first (a promise to a
/// customer outranks any new lead), then fit, then the longest since the last touch.
public struct CallList: Sendable {
    public struct Entry: Sendable {
        public var lead: Lead
        /// Fit as a percentage of the most a lead can score.
        public var fit: Int
        public var reasons: [String]
        /// A next step agreed on an earlier call whose day has passed.
        public var overdue: CalendarDay?
        /// Days since the last touch (a call in the transcripts, else the export's last touch).
        public var quietDays: Int?
        /// Objections a lead like this is likely to raise.
        public var likelyObjections: [String]
    }

    public struct RuledOut: Sendable {
        public var lead: Lead
        public var reason: String
    }

    public var ranked: [Entry] = []
    public var ruledOut: [RuledOut] = []

    /// What the calls so far say about an account: its last next step's day, its last call's day.
    public struct History: Sendable {
        public var nextStep: CalendarDay?
        public var lastCall: CalendarDay?
        public init(nextStep: CalendarDay?, lastCall: CalendarDay?) {
            self.nextStep = nextStep
            self.lastCall = lastCall
        }
    }

    public init(leads: [Lead], profile: IdealCustomer, history: [String: History] = [:], today: CalendarDay) {
        for lead in leads {
            if let rule = profile.disqualifiers.first(where: { $0.holds(for: lead[$0.attribute]) == true }) {
                ruledOut.append(RuledOut(lead: lead, reason: rule.reason(for: lead[rule.attribute] ?? "")))
                continue
            }
            var points = 0
            var reasons: [String] = []
            var objections: [String] = []
            for criterion in profile.fits {
                guard let value = lead[criterion.attribute], criterion.holds(for: value) == true else { continue }
                points += criterion.weight
                reasons.append(criterion.reason(for: value))
                objections += criterion.objections.filter { !objections.contains($0) }
            }
            let past = history.isEmpty ? nil : history[lead.key]
            var entry = Entry(lead: lead, fit: profile.maximum > 0 ? Int((Double(points) * 100 / Double(profile.maximum)).rounded()) : 0,
                              reasons: reasons, overdue: nil, quietDays: nil, likelyObjections: objections)
            if let day = past?.nextStep, day < today {
                entry.overdue = day
                entry.reasons.insert("next step was due \(day.description)", at: 0)
            }
            let touched = past?.lastCall ?? lead["last_touch"].flatMap { CalendarDay(iso: String($0.prefix(10))) ?? DateReading.read($0, today: today) }
            if let touched, touched <= today { entry.quietDays = today.daysSinceEpoch - touched.daysSinceEpoch }
            ranked.append(entry)
        }
        ranked.sort { a, b in
            if (a.overdue != nil) != (b.overdue != nil) { return a.overdue != nil }
            if let x = a.overdue, let y = b.overdue, x != y { return x < y }
            if a.fit != b.fit { return a.fit > b.fit }
            let (x, y) = (a.quietDays ?? Int.max, b.quietDays ?? Int.max)
            if x != y { return x > y }
            return a.lead.account.lowercased() < b.lead.account.lowercased()
        }
    }
}
