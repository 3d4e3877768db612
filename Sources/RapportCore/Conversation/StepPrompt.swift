/// What the rep sees for the current step: where they are, what to say, what is still unknown.
public struct StepPrompt: Sendable, Hashable {
    public var stageID: String
    public var stageTitle: String
    /// 1-based number of the stage and how many there are.
    public var stageNumber: Int
    public var stageCount: Int
    public var stepID: String
    /// 1-based position of the step inside its stage, and the stage's step count.
    public var position: Int
    public var stepsInStage: Int
    /// The line to say, with profile fields filled in.
    public var line: String
    public var hint: String?
    /// The field the answer goes into, if any.
    public var recordsInto: String?
    /// Qualification elements no known field covers yet.
    public var unknownQualifications: [Qualification]
    /// The same, most pressing first: those the steps from here on ask about, in the order they
    /// ask, then the rest. The screen shows the first three.
    public var pressingUnknowns: [Qualification] = []

    /// `[discovery 3/7]`
    public var badge: String { "[\(stageID) \(position)/\(stepsInStage)]" }
}
