import Foundation

public enum FieldType: String, Sendable, CaseIterable, Codable {
    case text, number, money, yesno, choice, tags, date
}

/// One typed entry of the needs profile.
public struct Field: Sendable {
    public var id: String
    public var label: String
    public var type: FieldType
    public var qualifies: Qualification?
    /// For `choice` fields: the options, each with its synonyms.
    public var choices: [Option]
    /// For `tags` fields: the tags, each with the keywords that set it.
    public var tags: [Option]
    /// Where the summary lists this field.
    public var section: SummarySection = .situation
    /// Words that mark this field in a note typed at any step ("ppl", "team of", "budget"):
    /// a field with cues is read from every answer, not only at its own step. Tags fields
    /// add their tags' keywords. Empty: only its own step fills it.
    public var cues: [String] = [] {
        didSet { cueTokens = cues.map(NoteReading.cueTokens) }
    }
    /// Questions that ask for this field, in several voices: how a practice buyer hears which
    /// fact a trainee is asking about.
    public var questions: [String] = []
    /// The cues as note tokens, computed once.
    var cueTokens: [[String]] = []
    /// True when any answer may fill this field.
    public var isReadFromNotes: Bool { !cues.isEmpty }
    public var location: SourceLocation

    /// `situation`: where the customer is today; `outcome`: what was agreed in the call;
    /// `omit`: kept in the profile but left out of the summary.
    public enum SummarySection: String, Sendable, CaseIterable {
        case situation, outcome, omit
    }

    public struct Option: Sendable {
        public let id: String
        public let label: String
        public let synonyms: [String]
        /// Id, label and synonyms as answers are compared with them: normalised words, and
        /// (for tags) word stems. Computed once, not for every answer.
        let names: [String]
        let nameWords: [[String]]
        /// Only for tags, which are matched by word stems (stemming every choice would slow start-up).
        let stemmedNames: [[String]]
        /// One-word names of six letters or more as typed without vowels (`Words.skeleton`):
        /// "cntrlr" for "controller".
        let skeletons: Set<String>

        public init(id: String, label: String, synonyms: [String], tag: Bool = false) {
            self.id = id
            self.label = label
            self.synonyms = synonyms
            nameWords = ([id, label] + synonyms).map { Words.normalised($0) }
            names = nameWords.map { $0.joined(separator: " ") }
            skeletons = Set(nameWords.filter { $0.count == 1 && $0[0].count >= 6 }.map { Words.skeleton($0[0]) })
            stemmedNames = tag ? ([id.replacingOccurrences(of: "-", with: " "), label] + synonyms).map {
                Words.normalised($0).map(Stemmer.stem)
            } : []
        }
    }
}
