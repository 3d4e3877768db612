import Foundation

/// Which profile fields hold the agreed next step (text) and its date (date).
public struct FollowUpFields: Sendable {
    public var nextStep: String
    public var date: String
}
