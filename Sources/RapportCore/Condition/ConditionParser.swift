import Foundation

/// Parses and type-checks conditions against the playbook's fields. Errors carry the column
/// inside the expression so the loader can point at the exact character.
public struct ConditionParser {
    public struct Failure: Error, Equatable, CustomStringConvertible {
        /// What kind of mistake: it does not parse, it compares the wrong kind of value, or it
        /// names a field, choice or tag the playbook does not have.
        public enum Kind: Sendable, Equatable { case syntax, type, unknownField, unknownOption }

        /// 0-based offset in the expression text.
        public var offset: Int
        public var message: String
        public var kind: Kind = .syntax
        public var description: String { message }

        init(offset: Int, message: String, kind: Kind = .syntax) {
            self.offset = offset
            self.message = message
            self.kind = kind
        }
    }

    private enum Token: Equatable {
        case identifier(String)
        case number(Double, money: Bool)
        case text(String)
        case date(CalendarDay)
        case op(String)
        case open, close, end
    }

    private let fields: (String) -> Field?
    private var tokens: [(token: Token, offset: Int)] = []
    private var position = 0

    /// `fields` looks a field up by id.
    public init(fields: @escaping (String) -> Field?) {
        self.fields = fields
    }

    /// Limits checked before any recursion: a condition is a line of a playbook, and a hostile
    /// one thousands of parentheses deep or words long must be refused, not crash the parser.
    public static let maximumTokens = 1_000
    public static let maximumDepth = 32
    private var depth = 0

    public mutating func parse(_ text: String) throws(Failure) -> Condition {
        tokens = try Self.tokenize(text)
        guard tokens.count <= Self.maximumTokens else {
            throw Failure(offset: 0, message: "the condition has more than \(Self.maximumTokens) words; split it across branches")
        }
        position = 0
        depth = 0
        let condition = try parseOr()
        guard case .end = current.token else {
            throw Failure(offset: current.offset, message: "unexpected \(describe(current.token)) after a complete condition")
        }
        return condition
    }

    private var current: (token: Token, offset: Int) { tokens[position] }

    private mutating func advance() { if position < tokens.count - 1 { position += 1 } }

    private func describe(_ token: Token) -> String {
        switch token {
        case .identifier(let name): return "'\(name)'"
        case .number(let n, _): return "number \(FieldValue.number(n))"
        case .text(let s): return "\"\(s)\""
        case .date(let d): return "date \(d)"
        case .op(let o): return "'\(o)'"
        case .open: return "'('"
        case .close: return "')'"
        case .end: return "end of condition"
        }
    }

    private mutating func parseOr() throws(Failure) -> Condition {
        var left = try parseAnd()
        while case .identifier("or") = current.token {
            advance()
            left = .or(left, try parseAnd())
        }
        return left
    }

    private mutating func parseAnd() throws(Failure) -> Condition {
        var left = try parseNot()
        while case .identifier("and") = current.token {
            advance()
            left = .and(left, try parseNot())
        }
        return left
    }

    private mutating func parseNot() throws(Failure) -> Condition {
        if case .identifier("not") = current.token {
            let offset = current.offset
            advance()
            depth += 1
            defer { depth -= 1 }
            guard depth <= Self.maximumDepth else { throw Failure(offset: offset, message: "the condition nests deeper than \(Self.maximumDepth) levels; simplify it") }
            return .not(try parseNot())
        }
        return try parsePrimary()
    }

    private mutating func parsePrimary() throws(Failure) -> Condition {
        let (token, offset) = current
        switch token {
        case .open:
            advance()
            depth += 1
            defer { depth -= 1 }
            guard depth <= Self.maximumDepth else { throw Failure(offset: offset, message: "the condition nests deeper than \(Self.maximumDepth) levels; simplify it") }
            let inner = try parseOr()
            guard case .close = current.token else {
                throw Failure(offset: current.offset, message: "expected ')' to close the '(' at column \(offset + 1)")
            }
            advance()
            return inner
        case .identifier(let name) where name == "known" || name == "unknown":
            advance()
            guard case .open = current.token else {
                throw Failure(offset: current.offset, message: "expected '(' after \(name), as in \(name)(budget)")
            }
            advance()
            guard case .identifier(let fieldID) = current.token else {
                throw Failure(offset: current.offset, message: "expected a field name inside \(name)(...)")
            }
            _ = try field(fieldID, at: current.offset)
            advance()
            guard case .close = current.token else {
                throw Failure(offset: current.offset, message: "expected ')' after the field name")
            }
            advance()
            return name == "known" ? .known(fieldID) : .unknown(fieldID)
        case .identifier(let name) where fields(name) == nil && Condition.Measure(rawValue: name) != nil:
            advance()
            return try parseMeasure(Condition.Measure(rawValue: name)!)
        case .identifier(let fieldID):
            let field = try field(fieldID, at: offset)
            advance()
            return try parseComparison(field, at: offset)
        default:
            throw Failure(offset: offset, message: "expected a field name, known(...), unknown(...), not or '(' but found \(describe(token))")
        }
    }

    private mutating func parseMeasure(_ measure: Condition.Measure) throws(Failure) -> Condition {
        let (token, offset) = current
        guard case .op(let symbol) = token, let op = Condition.Operator(rawValue: symbol == "=" ? "==" : symbol) else {
            throw Failure(offset: offset, message: "expected an operator (==, !=, <, <=, >, >=) after '\(measure.rawValue)', as in \(measure.rawValue) \(measure == .qualified ? ">= 75" : "== 0")")
        }
        advance()
        let literalOffset = current.offset
        guard case .number(let value) = try parseLiteral() else {
            throw Failure(offset: literalOffset, message: "'\(measure.rawValue)' is a number: compare it with one, as in \(measure.rawValue) \(measure == .qualified ? ">= 75 (a percentage)" : "== 0")", kind: .type)
        }
        return .measure(measure, op: op, value: value)
    }

    private func field(_ id: String, at offset: Int) throws(Failure) -> Field {
        guard let field = fields(id) else {
            throw Failure(offset: offset, message: "unknown field '\(id)' in condition", kind: .unknownField)
        }
        return field
    }

    private mutating func parseComparison(_ field: Field, at fieldOffset: Int) throws(Failure) -> Condition {
        let (token, offset) = current
        switch token {
        case .identifier("is"):
            advance()
            guard case .identifier(let word) = current.token, word == "known" || word == "unknown" else {
                throw Failure(offset: current.offset, message: "expected 'known' or 'unknown' after 'is'")
            }
            advance()
            return word == "known" ? .known(field.id) : .unknown(field.id)
        case .identifier("contains"):
            advance()
            let literalOffset = current.offset
            let literal = try parseLiteral()
            switch (field.type, literal) {
            case (.tags, .word(let id)), (.tags, .text(let id)):
                guard field.tags.contains(where: { $0.id == id }) else {
                    throw Failure(offset: literalOffset, message: "field '\(field.id)' has no tag '\(id)' (tags: \(field.tags.map(\.id).joined(separator: ", ")))", kind: .unknownOption)
                }
            case (.text, .word), (.text, .text):
                break
            default:
                throw Failure(offset: offset, message: "'contains' needs a tags or text field, but '\(field.id)' is \(field.type.rawValue)", kind: .type)
            }
            return .contains(field: field.id, value: literal)
        case .op(let symbol):
            guard let op = Condition.Operator(rawValue: symbol == "=" ? "==" : symbol) else {
                throw Failure(offset: offset, message: "unknown operator '\(symbol)'")
            }
            advance()
            let literalOffset = current.offset
            let literal = try parseLiteral()
            try check(field, op, literal, operatorOffset: offset, literalOffset: literalOffset)
            return .compare(field: field.id, op: op, value: literal)
        default:
            if field.type == .yesno { return .isTrue(field: field.id) }
            throw Failure(offset: offset, message: "expected an operator (==, !=, <, <=, >, >=, contains, is known) after '\(field.id)'")
        }
    }

    private mutating func parseLiteral() throws(Failure) -> Condition.Literal {
        let (token, offset) = current
        advance()
        switch token {
        case .number(let n, let money): return money ? .money(n) : .number(n)
        case .text(let s): return .text(s)
        case .date(let d): return .date(d)
        case .identifier(let word): return .word(word)
        default: throw Failure(offset: offset, message: "expected a value but found \(describe(token))")
        }
    }

    private func check(_ field: Field, _ op: Condition.Operator, _ literal: Condition.Literal, operatorOffset: Int, literalOffset: Int) throws(Failure) {
        let ordering = op != .equal && op != .notEqual
        func mismatch(_ expected: String) -> Failure {
            Failure(offset: literalOffset, message: "field '\(field.id)' is \(field.type.rawValue): compare it with \(expected)", kind: .type)
        }
        switch field.type {
        case .number:
            guard case .number = literal else { throw mismatch("a number, as in \(field.id) > 50") }
        case .money:
            switch literal {
            case .money, .number: break
            default: throw mismatch("an amount, as in \(field.id) >= $10k")
            }
        case .date:
            guard case .date = literal else { throw mismatch("a date, as in \(field.id) <= 2027-03-31") }
        case .yesno:
            guard case .word(let w) = literal, ["yes", "no", "true", "false"].contains(w) else { throw mismatch("yes or no") }
            if ordering { throw Failure(offset: operatorOffset, message: "yes/no field '\(field.id)' can only be compared with == or !=", kind: .type) }
        case .choice:
            let id: String
            switch literal {
            case .word(let w), .text(let w): id = w
            default: throw mismatch("one of its choices (\(field.choices.map(\.id).joined(separator: ", ")))")
            }
            guard field.choices.contains(where: { $0.id == id }) else {
                throw Failure(offset: literalOffset, message: "field '\(field.id)' has no choice '\(id)' (choices: \(field.choices.map(\.id).joined(separator: ", ")))", kind: .unknownOption)
            }
            if ordering { throw Failure(offset: operatorOffset, message: "choice field '\(field.id)' can only be compared with == or !=", kind: .type) }
        case .text:
            switch literal {
            case .text, .word: break
            default: throw mismatch("quoted text")
            }
            if ordering { throw Failure(offset: operatorOffset, message: "text field '\(field.id)' can only be compared with == or !=", kind: .type) }
        case .tags:
            throw Failure(offset: operatorOffset, message: "tags field '\(field.id)' is tested with 'contains', as in \(field.id) contains \(field.tags.first?.id ?? "TAG")", kind: .type)
        }
    }

    private static func tokenize(_ text: String) throws(Failure) -> [(token: Token, offset: Int)] {
        var result: [(token: Token, offset: Int)] = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            let start = i
            if c.isWhitespace {
                i += 1
                continue
            }
            if c == "(" { result.append((.open, i)); i += 1; continue }
            if c == ")" { result.append((.close, i)); i += 1; continue }
            if "=!<>".contains(c) {
                var op = String(c)
                if i + 1 < chars.count, chars[i + 1] == "=" { op.append("="); i += 1 }
                i += 1
                if op == "!" { throw Failure(offset: start, message: "'!' is not an operator: use 'not' or '!='") }
                result.append((.op(op), start))
                continue
            }
            if c == "\"" || c == "'" {
                i += 1
                var s = ""
                while i < chars.count, chars[i] != c { s.append(chars[i]); i += 1 }
                guard i < chars.count else { throw Failure(offset: start, message: "unterminated quoted text") }
                i += 1
                result.append((.text(s), start))
                continue
            }
            if c == "$" || c == "€" || c == "£" || (c.isASCII && c.isNumber) {
                let money = !c.isNumber
                if money { i += 1 }
                var s = ""
                while i < chars.count, chars[i].isASCII, chars[i].isNumber || chars[i] == "." || chars[i] == "," || chars[i] == "-" {
                    s.append(chars[i])
                    i += 1
                }
                if !money, s.count == 10, let day = CalendarDay(iso: s) {
                    result.append((.date(day), start))
                    continue
                }
                guard let value = Double(s.replacingOccurrences(of: ",", with: "")) else {
                    throw Failure(offset: start, message: "'\(money ? String(c) : "")\(s)' is not a number or a date (YYYY-MM-DD)")
                }
                var scaled = value
                var isMoney = money
                if i < chars.count, let m = ["k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6][chars[i]],
                    i + 1 == chars.count || !(chars[i + 1].isLetter || chars[i + 1].isNumber)
                {
                    scaled *= m
                    i += 1
                    isMoney = isMoney || false
                }
                result.append((.number(scaled, money: isMoney), start))
                continue
            }
            if c.isLetter || c == "_" {
                var s = ""
                while i < chars.count, chars[i].isLetter || chars[i].isNumber || chars[i] == "_" || chars[i] == "-" {
                    s.append(chars[i])
                    i += 1
                }
                result.append((.identifier(s), start))
                continue
            }
            throw Failure(offset: start, message: "unexpected character '\(c)' in condition")
        }
        result.append((.end, chars.count))
        return result
    }
}
