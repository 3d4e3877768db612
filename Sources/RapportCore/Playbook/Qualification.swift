import Foundation

/// The qualification element a field serves (BANT and MEDDICC).
public enum Qualification: String, Sendable, CaseIterable, Codable {
    case budget, authority, need, timeline
    case metrics
    case economicBuyer = "economic-buyer"
    case decisionCriteria = "decision-criteria"
    case decisionProcess = "decision-process"
    case paperProcess = "paper-process"
    case pain, champion, competition

    public var label: String {
        switch self {
        case .budget: "Budget"
        case .authority: "Authority"
        case .need: "Need"
        case .timeline: "Timeline"
        case .metrics: "Metrics"
        case .economicBuyer: "Economic buyer"
        case .decisionCriteria: "Decision criteria"
        case .decisionProcess: "Decision process"
        case .paperProcess: "Paper process"
        case .pain: "Pain"
        case .champion: "Champion"
        case .competition: "Competition"
        }
    }

    /// The elements a buyer hears as the same question: who decides (authority, the economic
    /// buyer and how the decision is made) and why change (need and pain). A buyer asked about
    /// one answers with what they know of its kin.
    public var kin: Set<Qualification> {
        switch self {
        case .authority, .economicBuyer, .decisionProcess: [.authority, .economicBuyer, .decisionProcess]
        case .need, .pain: [.need, .pain]
        default: [self]
        }
    }
}
