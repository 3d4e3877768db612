import Foundation
import Testing
@testable import RapportCore

/// The byte-by-byte readings of ASCII text (what replaying thousands of calls runs through)
/// must give exactly what the general, Character-by-Character readings give.
struct ASCIIFastPathTests {
    static let lines: [String] = {
        let url = Fixtures.repositoryRoot.appendingPathComponent("Tests/Data/objection-utterances.tsv")
        let corpus = ((try? String(contentsOf: url, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
        return corpus + [
            "", " ", "\t", "cfo, 12 ppl, close takes 9 days, budget maybe 40-60k, decide by Q3, uses netsuite + excel",
            "$40,000.50 a year?? 3.5x", "1,2,3 . 4.", "it's the CFO's call\r\nnext line", "  leading and trailing \t\n",
            "A-B_C/D\\E", "x86_64 NetSuite 2026Q3", "'quoted' \"double\" (brackets) [b] {c} <d>", "\u{0B}\u{0C}form feed",
            "9am-5pm 24/7 #1 @team 100%", "...,,,;;;", "o'clock o'Neil 'tis",
        ]
    }()

    @Test func numberTokensAreTheSame() {
        for line in Self.lines where line.utf8.allSatisfy({ $0 < 0x80 }) {
            #expect(NumberReading.asciiTokens(line) == NumberReading.characterTokens(line), "\(line.debugDescription)")
        }
    }

    @Test func competitorWordsAreTheSame() {
        for line in Self.lines where line.utf8.allSatisfy({ $0 < 0x80 }) {
            #expect(CompetitorSpotter.asciiWords(line) == CompetitorSpotter.foldedWords(line), "\(line.debugDescription)")
        }
    }

    static let edges = ["a\r\nb", "9.\r\n10", "x\ry", "1,\r\n2", "a, b; c | d. e! f? g", "3.5 and 4,000. Then", "end.", ".", ",", "\r\n", "\n\r",
                        "no, BUT the CFO does", "but", "Butter but bUt", "one\ttwo\u{0B}three", "1.2.3", "x,1", "1,x", "a.b", "a. b", "a .b",
                        "budget c. 35k", "Approx. 40 hrs", "vs. blackline", "abc. d", "xc. d", "c.", " c. ", "mgr. ~10 FTE", "longabbreviation. x", "1c. 2",
                        "10 FTE -> live 1 May => $30K", "a->b", "x -> ", "a >b", "=> c", "->", "budget -> 30k", "go live => 1 May", "x1 -> y", "three words here -> z"]

    @Test func clausesAreTheSame() {
        for line in Self.lines + Self.edges where line.utf8.allSatisfy({ $0 < 0x80 }) {
            for separators in [".;!?—–,", ",;.!?—–:()", ",;:—–"] {
                #expect(Clauses.asciiSplit(line, at: separators) == Clauses.characterSplit(line, at: separators), "\(line.debugDescription)")
            }
        }
    }

    @Test func notePiecesAreTheSame() {
        for line in Self.lines + Self.edges where line.utf8.allSatisfy({ $0 < 0x80 }) {
            #expect(NoteReading.asciiPieces(line) == NoteReading.characterPieces(line), "\(line.debugDescription)")
        }
    }

    @Test func wordsMatchWithOrWithoutAPluralS() {
        let words = Array(Set(Self.lines.flatMap { NumberReading.tokens($0) })).sorted().prefix(400) + ["day", "days", "dayss", "café", "cafés", "s", "", "ss"]
        for a in words {
            for b in words where a.first == b.first || a.isEmpty || b.isEmpty {
                #expect(NoteReading.same(a, b) == (a == b || a == b + "s" || b == a + "s"), "\(a) \(b)")
            }
        }
    }

    @Test func trimmingIsTheSame() {
        for line in Self.lines + ["é ", " é", "\u{00A0}x\u{00A0}", "x\u{2003}", "\u{85}y"] {
            #expect(line.trimmedOfWhitespace() == line.trimmingCharacters(in: .whitespacesAndNewlines), "\(line.debugDescription)")
            #expect(line.trimmedOfWhitespace(newlines: false) == line.trimmingCharacters(in: .whitespaces), "\(line.debugDescription)")
        }
    }
}
