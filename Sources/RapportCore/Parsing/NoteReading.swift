/// Reads a rep's note for every field it can fill, not only the current step's:
/// `cfo, 12 ppl, close takes 9 days, budget maybe 40-60k, decide by Q3, uses netsuite + excel`
/// fills role, team size, close days, budget, go-live and ERP.
///
/// The note is cut into segments (at commas, semicolons, line breaks, sentence ends and joining
/// words between phrases); a segment fills a field when it holds one of the field's cues (the
/// playbook declares them), and then only with a value read from that segment. A segment that
/// names a field but holds no clear value fills nothing: a value is never guessed.
public struct NoteReading: Sendable {
    /// A value read for a field, with the words it came from.
    public struct Fact: Sendable, Hashable {
        public var field: String
        public var value: FieldValue
        public var words: String
    }

    public let playbook: Playbook
    public let parser: AnswerParser

    /// `cueHeads` (`Playbook.noteCueHeads`): segments with none of
    /// them cannot hold a cue, so they are not searched for one.
    public init(playbook: Playbook, parser: AnswerParser, cueHeads: Set<String>? = nil) {
        self.playbook = playbook
        self.parser = parser
        self.cueHeads = cueHeads
    }

    private let cueHeads: Set<String>?

    /// The facts for fields with cues, except `current` (the step's own field), in playbook order.
    public func facts(in text: String, except current: String?) -> [Fact] {
        facts(in: NoteReading.segments(text), except: current)
    }

    /// The same, from a note already cut into segments.
    func facts(in segments: [Segment], except current: String?) -> [Fact] {
        guard !segments.isEmpty else { return [] }
        // Only segments with a word that starts a cue can hold one.
        let cued = cueHeads.map { heads in segments.filter { $0.tokens.contains(where: heads.contains) } } ?? segments
        var facts: [Fact] = []
        for field in playbook.fields where field.isReadFromNotes && field.id != current {
            if let fact = read(field, in: field.type == .tags ? segments : cued) { facts.append(fact) }
        }
        return facts
    }

    /// The current step's value: the whole answer as today, except that when the note has
    /// several segments and one carries this field's cue, that segment is read first; and a
    /// choice or yes/no the whole note cannot settle is taken from its first segment that can.
    public func value(for field: Field, in text: String) -> (value: FieldValue?, words: String) {
        value(for: field, in: text, segments: NoteReading.segments(text))
    }

    /// The same, with the note already cut into segments.
    func value(for field: Field, in text: String, segments: [Segment]) -> (value: FieldValue?, words: String) {
        if segments.count > 1 {
            if field.isReadFromNotes, field.type != .text, field.type != .tags, let fact = read(field, in: segments) {
                return (fact.value, text)
            }
        }
        if field.type == .number, field.isReadFromNotes {
            // "three weeks" is not a number of days, "60k" not a head count: a unit the
            // field's cues do not name leaves the answer unclear rather than misread.
            // ("cfo signs anything over 10k": thousands, with no unit after them, are not hours either.)
            let everything = Segment(text: text, tokens: segments.flatMap(\.tokens))
            if let (_, scaled, next) = everything.firstNumber() {
                let unit = next < everything.tokens.count ? everything.tokens[next] : nil
                let ownUnit = unit.map { Set(field.cueTokens.joined()).contains($0) } ?? false
                if !ownUnit, scaled || unit.map(NoteReading.units.contains) == true { return (nil, text) }
            }
        }
        // "dm: CFO | team: 6 | dynamics": a segment labelled as another field's ("dm:", "EB =")
        // is that field's value, not this one's.
        var segments = segments
        var asked = text
        if segments.count > 1 {
            let others = playbook.fields.filter { $0.id != field.id && $0.isReadFromNotes }
            let own = segments.filter { segment in !others.contains { Self.labels(segment, as: $0) } || segment.cue(of: field) != nil }
            if own.count < segments.count {
                guard !own.isEmpty else { return (nil, text) }
                segments = own
                asked = own.map(\.text).joined(separator: ", ")
            }
        }
        if let whole = parser.parse(asked, for: field) { return (whole, text) }
        if segments.count > 1, [.choice, .yesno, .number, .money, .date].contains(field.type) {
            for segment in segments {
                if let value = parser.parse(segment.text, for: field) { return (value, text) }
            }
        }
        return (nil, text)
    }

    /// The first segment with a cue for the field that gives a value (tags: every one, merged).
    func read(_ field: Field, in segments: [Segment]) -> Fact? {
        var tags: [String] = []
        var tagWords: [String] = []
        for (index, segment) in segments.enumerated() {
            if field.type == .tags {
                let found = AnswerParser.tags(segment.text, among: field.tags)
                guard !found.isEmpty else { continue }
                tags += found.filter { !tags.contains($0) }
                tagWords.append(segment.text)
                continue
            }
            guard let cue = segment.cue(of: field) else { continue }
            if let value = value(of: field, in: segment, cue: cue, others: otherNumberCues(field, segment)) {
                return Fact(field: field.id, value: value, words: segment.text)
            }
            // "Live at start of next FY, 1 April": a day cut off from its cue by a comma, when the
            // next segment is that day and nothing else (no cue of any field).
            if field.type == .date, index + 1 < segments.count {
                let next = segments[index + 1]
                if next.tokens.count <= 4, !playbook.fields.contains(where: { $0.isReadFromNotes && next.cue(of: $0) != nil }),
                    let day = DateReading.read(next.text, today: parser.today, order: parser.dateOrder)
                {
                    return Fact(field: field.id, value: .date(day), words: segment.text + ", " + next.text)
                }
            }
            // "no budget yet, would need a business case, maybe 25k": an amount standing alone in
            // one of the next two segments (one with no number in between), when it looks like
            // money and no field's cue claims it.
            if field.type == .money {
                for later in segments.dropFirst(index + 1).prefix(2) {
                    let claimed = playbook.fields.contains { $0.isReadFromNotes && later.cue(of: $0) != nil }
                    if later.tokens.count <= 4, !claimed, let money = MoneyReading.read(later.text),
                        later.text.contains(where: { "$€£".contains($0) }) || money.amount >= 1_000
                    {
                        return Fact(field: field.id, value: .money(money), words: segment.text + ", " + later.text)
                    }
                    if later.firstNumber() != nil { break }
                }
            }
        }
        if !tags.isEmpty { return Fact(field: field.id, value: .tags(tags), words: tagWords.joined(separator: ", ")) }
        return nil
    }

    /// Where other number fields' cues sit in the segment: a number closer to one of them is theirs.
    private func otherNumberCues(_ field: Field, _ segment: Segment) -> [Range<Int>] {
        guard field.type == .number else { return [] }
        return playbook.fields.filter { $0.type == .number && $0.isReadFromNotes && $0.id != field.id }.compactMap { segment.cue(of: $0) }
    }

    private func value(of field: Field, in segment: Segment, cue: Range<Int>, others: [Range<Int>]) -> FieldValue? {
        switch field.type {
        case .text:
            // "spoke with Maria Lopez": a cue that opens the segment is not part of the value.
            let words = segment.text.split(separator: " ")
            if cue.lowerBound == 0, cue.count < words.count, words.prefix(cue.count).allSatisfy({ $0.allSatisfy { $0.isLetter || $0 == "'" || $0 == "’" } }) {
                return .text(words.dropFirst(cue.count).joined(separator: " "))
            }
            return .text(segment.text)
        case .number:
            // "a 1,200-person firm": a count of the whole company, not of the people the cue means.
            if cue.upperBound < segment.tokens.count, Self.wholeCompany.contains(segment.tokens[cue.upperBound]) { return nil }
            let units = Set(field.cueTokens.joined())
            // "5 on close", "3 working the close": people put on the work the cue names, not an
            // amount of it — unless the field counts people.
            let t = segment.tokens
            let staffed = cue.lowerBound >= 2 && Double(t[cue.lowerBound - 2]) != nil && ["on", "doing", "working", "run", "running"].contains(t[cue.lowerBound - 1])
                || cue.lowerBound >= 3 && Double(t[cue.lowerBound - 3]) != nil && ["on", "doing", "working", "running"].contains(t[cue.lowerBound - 2]) && ["the", "a"].contains(t[cue.lowerBound - 1])
            if staffed, units.isDisjoint(with: Self.peopleWords), t.filter({ Double($0) != nil }).count == 1 { return nil }
            return segment.numberNearest(cue, others: others, units: units).map(FieldValue.number)
        case .money:
            // Away from its own step an amount must look like money: a currency, or thousands.
            guard let money = MoneyReading.read(segment.text) else { return nil }
            let currency = segment.text.contains { "$€£".contains($0) } || segment.tokens.contains { MoneyReading.currencyWords[$0] != nil }
            return currency || money.amount >= 1_000 ? .money(money) : nil
        case .date:
            return DateReading.read(segment.text, today: parser.today, order: parser.dateOrder).map(FieldValue.date)
        case .yesno:
            // The cue itself says nothing: "priority: yes", "not a priority".
            let rest = segment.tokens.enumerated().filter { !cue.contains($0.offset) }.map(\.element).joined(separator: " ")
            return YesNoReading.read(rest).map(FieldValue.yesNo)
        case .choice:
            return AnswerParser.choice(segment.text, among: field.choices).map(FieldValue.choice)
        case .tags:
            return nil
        }
    }

    /// Whether a segment is the field's label and a value: its cue, then ":" or "=" ("dm: CFO",
    /// "EB = CFO").
    static func labels(_ segment: Segment, as field: Field) -> Bool {
        guard let mark = segment.text.firstIndex(where: { $0 == ":" || $0 == "=" }),
            let cue = segment.cue(of: field), cue.lowerBound == 0
        else { return false }
        return Words.normalised(String(segment.text[..<mark])).count == cue.count
    }

    /// Words for a whole company: a count just before them ("300-person company", "a 50 staff
    /// business") is its size.
    /// Words that count people: a field cued by one counts heads.
    static let peopleWords: Set<String> = ["team", "people", "ppl", "staff", "person", "headcount", "fte", "ftes", "heads", "accountants", "hc"]

    static let wholeCompany: Set<String> = ["firm", "company", "co", "business", "org", "organisation", "organization", "employer", "corp", "corporation", "group", "enterprise"]

    /// A cue as the tokens it is matched by.
    static func cueTokens(_ cue: String) -> [String] {
        NumberReading.tokens(cue).filter(isWord)
    }

    /// A token that can be a cue or a value: a word, a number, or a pictograph used as a label
    /// ("👥 14", "💰 35k" in a chat or CRM note); punctuation is not.
    static func isWord(_ token: String) -> Bool {
        guard let first = token.first else { return false }
        if first.isLetter || first.isNumber { return true }
        // Pictographs, not the digits, "#" and "*" Unicode also marks as emoji.
        return first.unicodeScalars.first.map { $0.value >= 0x2190 && ($0.properties.isEmojiPresentation || $0.properties.isEmoji) } ?? false
    }

    /// One stretch of a note that speaks of one thing.
    struct Segment: Sendable {
        var text: String
        /// Word and number tokens (no punctuation), as cues and numbers are found.
        var tokens: [String]

        /// The first number, whether it had a multiplier, and the index after it.
        func firstNumber() -> (Double, Bool, Int)? {
            for i in tokens.indices {
                if let found = NumberReading.read(tokens, at: i) { return found }
            }
            return nil
        }

        /// Where the first of the field's cues is, as a token range.
        func cue(of field: Field) -> Range<Int>? {
            for cue in field.cueTokens where !cue.isEmpty && cue.count <= tokens.count {
                for start in 0...(tokens.count - cue.count) {
                    var k = 0
                    while k < cue.count && NoteReading.same(tokens[start + k], cue[k]) { k += 1 }
                    if k == cue.count { return start..<(start + cue.count) }
                }
            }
            return nil
        }

        /// The number closest to the cue ("12 ppl", "team of 12"); nil when two are equally close.
        /// A number followed by a unit ("2 weeks", "30 hrs", "40%", "60k") counts only when
        /// that unit is one of the field's own cue words ("9 days" for days to close).
        func numberNearest(_ cue: Range<Int>, others: [Range<Int>] = [], units: Set<String> = []) -> Double? {
            func distance(_ start: Int, _ end: Int, _ cue: Range<Int>) -> Int {
                end <= cue.lowerBound ? cue.lowerBound - end : start >= cue.upperBound ? start - cue.upperBound : -1
            }
            var candidates: [(distance: Int, value: Double)] = []
            var i = 0
            while i < tokens.count {
                // "one" in a note is nearly always a pronoun ("a good month is one where we close").
                if !cue.contains(i), tokens[i] != "one", let (value, scaled, next) = NumberReading.read(tokens, at: i), value.isFinite {
                    var end = next
                    var value = value
                    // a range "10-12" or "10 to 12" reads as its middle, as at the field's own step
                    if end + 1 < tokens.count, tokens[end] == "to" || tokens[end] == "or", let (high, _, after) = NumberReading.read(tokens, at: end + 1) {
                        value = (value + high) / 2
                        end = after
                    } else if end < tokens.count, NumberReading.digits(tokens[end]) != nil, let (high, _, after) = NumberReading.read(tokens, at: end) {
                        // "10-12": the dash is gone from the tokens
                        value = (value + high) / 2
                        end = after
                    }
                    if scaled && !units.contains(tokens[next - 1]) {
                        i = end
                        continue
                    }
                    if end < tokens.count, NoteReading.units.contains(tokens[end]), !units.contains(tokens[end]) {
                        i = end
                        continue
                    }
                    let mine = distance(i, end, cue)
                    let theirs = others.map { distance(i, end, $0) }.filter { $0 >= 0 }.min() ?? Int.max
                    if mine >= 0 && mine <= 3 && mine < theirs { candidates.append((mine, value)) }
                    i = end
                } else {
                    i += 1
                }
            }
            candidates.sort { $0.distance < $1.distance }
            guard let first = candidates.first else { return nil }
            if candidates.count > 1 && candidates[1].distance == first.distance && candidates[1].value != first.value { return nil }
            return first.value
        }
    }

    /// Two tokens are the same word: equal, or one the plural of the other ("hr", "hrs").
    /// Not stems: "approved" is not "approves".
    static func same(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        // One more byte or not the same word: most pairs end here, without reading a byte.
        guard abs(a.utf8.count - b.utf8.count) == 1 else { return false }
        // Plain ASCII (every cue and almost every note): compared byte by byte, no new string.
        if a.utf8.allSatisfy({ $0 < 0x80 }) && b.utf8.allSatisfy({ $0 < 0x80 }) {
            let (long, short) = a.utf8.count > b.utf8.count ? (a.utf8, b.utf8) : (b.utf8, a.utf8)
            return long.count == short.count + 1 && long.last == 0x73 && long.dropLast().elementsEqual(short)
        }
        return a == b + "s" || b == a + "s"
    }

    /// Units that say what a number counts: a field takes a number with one of these after it
    /// only when the unit is among its cues.
    static let units: Set<String> = [
        "day", "days", "week", "weeks", "wk", "wks", "month", "months", "mo", "mos", "year", "years", "yr", "yrs",
        "hour", "hours", "hr", "hrs", "h", "minute", "minutes", "mins", "percent", "pct", "k", "m", "grand", "dollars", "usd",
        "eur", "gbp", "euros", "pounds", "invoices", "transactions", "entities", "accounts", "clients", "customers", "locations",
        "offices", "sites", "subsidiaries",
    ]

    static let joiners: Set<String> = ["and", "but", "plus", "also", "&", "+"]

    /// Cuts a note at commas, semicolons, line breaks, sentence ends, a dash or slash between
    /// spaces ("VP Fin / 9 ppl / xero") and at joining words ("and", "but", "plus") between
    /// phrases, but not inside numbers or ranges ("30 and 50k", "30k - 50k"). A question mark
    /// after a word or two is a key, not a question: "team? 15. erp? dynamics".
    static func segments(_ text: String) -> [Segment] {
        let pieces = text.utf8.allSatisfy({ $0 < 0x80 }) ? asciiPieces(text) : characterPieces(text)
        var segments: [Segment] = []
        for piece in pieces {
            let words = piece.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            var part: [String] = []
            for (k, word) in words.enumerated() {
                // Joining words are four letters at most: longer words are not lower-cased to find out.
                let lower = word.utf8.count <= 4 ? word.lowercased() : ""
                let before = part.last ?? ""
                let after = k + 1 < words.count ? words[k + 1] : ""
                let numberBoth = (before.last?.isNumber ?? false) && (after.first.map { $0.isNumber || $0 == "$" || $0 == "€" || $0 == "£" } ?? false)
                // "up and running", "netsuite and excel": a joiner cuts only between phrases of two words or more.
                let phrases = part.count >= 2 && words.count - k - 1 >= 2
                if joiners.contains(lower) && phrases && !numberBoth && lower != "+" && lower != "&" {
                    append(part, to: &segments)
                    part = []
                } else {
                    part.append(word)
                }
            }
            append(part, to: &segments)
        }
        return segments
    }

    /// Abbreviations whose period ends no sentence ("budget c. £35k", "approx. 40 hrs", "vs. BlackLine").
    static let abbreviations: Set<String> = ["c", "ca", "approx", "appx", "abt", "est", "vs", "incl", "excl"]

    /// The pieces a note is cut into before joining words are looked at, for ASCII text, byte
    /// by byte: the same pieces `characterPieces` gives (a CR LF is one character there, and
    /// not a cut).
    static func asciiPieces(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        var pieces: [String] = []
        var current: [UInt8] = []
        func digit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
        func space(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
        func letter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
        // How many words the piece so far holds (a key before "?" is one or two).
        func words(_ piece: [UInt8]) -> Int {
            var count = 0
            var inWord = false
            for byte in piece {
                if space(byte) { inWord = false } else if !inWord { inWord = true; count += 1 }
            }
            return count
        }
        // Whether the first character after the spaces from `start` opens a number or an amount.
        func opensAmount(_ start: Int) -> Bool {
            var k = start
            while k < bytes.count, space(bytes[k]) { k += 1 }
            return k < bytes.count && (digit(bytes[k]) || bytes[k] == 0x24)
        }
        // The letters just before `end` (at most eight, lower-cased), for an abbreviation's period.
        func wordBefore(_ end: Int) -> String {
            var start = end
            while start > 0, end - start < 9, (0x41...0x5A).contains(bytes[start - 1]) || (0x61...0x7A).contains(bytes[start - 1]) { start -= 1 }
            guard start == 0 || !((0x41...0x5A).contains(bytes[start - 1]) || (0x61...0x7A).contains(bytes[start - 1])) else { return "" }
            return String(decoding: bytes[start..<end], as: UTF8.self).lowercased()
        }
        // A key before an arrow: one or two words, no digit ("budget ->", "go live =>"; the
        // arrow's first half is no word).
        func isKey(_ piece: [UInt8]) -> Bool {
            let key = piece.last == 0x2D || piece.last == 0x3D ? piece.dropLast() : piece[...]
            return words(Array(key)) <= 2 && !key.contains(where: digit)
        }
        for (i, byte) in bytes.enumerated() {
            let crlf = (byte == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A) || (byte == 0x0A && i > 0 && bytes[i - 1] == 0x0D)
            // Neighbours as characters: a CR LF beside a byte is one character, white space, not a digit.
            let next: UInt8 = i + 1 < bytes.count ? bytes[i + 1] : 0x20
            let previous: UInt8 = i > 0 ? bytes[i - 1] : 0x20
            let cut: Bool
            switch byte {
            case 0x2C: cut = !(digit(previous) && digit(next))
            case 0x2E: cut = space(next) && !(digit(previous) && digit(next)) && !abbreviations.contains(wordBefore(i))
            case 0x21: cut = space(next) && !(digit(previous) && digit(next))
            case 0x3F: cut = space(next) && !(digit(previous) && digit(next)) && !(letter(previous) && words(current) <= 2)
            case 0x2D, 0x2F: cut = space(previous) && space(next) && !opensAmount(i + 1)
            case 0x3B, 0x7C: cut = true
            // "10 FTE -> go live 1 May => $30K": an arrow typed between facts, except after a
            // key ("budget -> 30-40k").
            case 0x3E: cut = (previous == 0x2D || previous == 0x3D) && space(next) && !isKey(current)
            case 0x0A, 0x0D: cut = !crlf
            default: cut = false
            }
            if cut {
                pieces.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            } else {
                current.append(byte)
            }
        }
        pieces.append(String(decoding: current, as: UTF8.self))
        return pieces
    }

    /// The pieces, by Characters, for any text.
    static func characterPieces(_ text: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        let chars = Array(text)
        func wordBefore(_ end: Int) -> String {
            var start = end
            while start > 0, end - start < 9, chars[start - 1].isLetter { start -= 1 }
            guard start == 0 || !chars[start - 1].isLetter else { return "" }
            return String(chars[start..<end]).lowercased()
        }
        func words(_ piece: String) -> Int { piece.split(whereSeparator: \.isWhitespace).count }
        func opensAmount(_ start: Int) -> Bool {
            var k = start
            while k < chars.count, chars[k].isWhitespace { k += 1 }
            return k < chars.count && (chars[k].isNumber || "$€£".contains(chars[k]))
        }
        func isKey(_ piece: String) -> Bool {
            let key = piece.last == "-" || piece.last == "=" ? piece.dropLast() : piece[...]
            return words(String(key)) <= 2 && !key.contains(where: \.isNumber)
        }
        for (i, ch) in chars.enumerated() {
            let next = i + 1 < chars.count ? chars[i + 1] : " "
            let previous = i > 0 ? chars[i - 1] : " "
            let cut: Bool
            switch ch {
            case ",": cut = !(previous.isNumber && next.isNumber)
            case ".": cut = next.isWhitespace && !(previous.isNumber && next.isNumber) && !abbreviations.contains(wordBefore(i))
            case "!": cut = next.isWhitespace && !(previous.isNumber && next.isNumber)
            case "?": cut = next.isWhitespace && !(previous.isNumber && next.isNumber) && !(previous.isLetter && words(current) <= 2)
            case "-", "/", "–", "—": cut = previous.isWhitespace && next.isWhitespace && !opensAmount(i + 1)
            case ";", "\n", "\r", "|", "•", "·": cut = true
            case "→", "⇒", "➔", "➜", "»": cut = !isKey(current)
            case ">": cut = (previous == "-" || previous == "=") && next.isWhitespace && !isKey(current)
            default: cut = false
            }
            if cut {
                pieces.append(current)
                current = ""
            } else if isPictograph(ch), current.contains(where: { !$0.isWhitespace && !isPictograph($0) }) {
                // A pictograph used as a label starts a fact ("👥 14 💰 35k"), as a key does.
                pieces.append(current)
                current = String(ch)
            } else {
                current.append(ch)
            }
        }
        pieces.append(current)
        return pieces
    }

    static func isPictograph(_ ch: Character) -> Bool {
        !ch.isLetter && !ch.isNumber && isWord(String(ch))
    }

    private static func append(_ words: [String], to segments: inout [Segment]) {
        let text = words.joined(separator: " ").trimmedOfWhitespace(newlines: false)
        guard !text.isEmpty else { return }
        let tokens = NumberReading.tokens(text).filter(isWord)
        guard !tokens.isEmpty else { return }
        segments.append(Segment(text: text, tokens: tokens))
    }
}
