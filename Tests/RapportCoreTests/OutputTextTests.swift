import Testing
@testable import RapportCore

/// One hostile answer through every output kind.
struct OutputTextTests {
    static let hostile = "\u{1B}]0;pwned\u{07}<script>x</script> | [a](javascript:b) =SUM(A1) line\nBcc: thief, x;y\\z"

    @Test func everyKindNeutralisesItsOwnDangers() {
        let terminal = OutputText.terminal.safe(Self.hostile)
        #expect(!terminal.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        let markdown = OutputText.markdown.safe(Self.hostile)
        #expect(!markdown.contains("\n") && !markdown.contains("<script>") && markdown.contains("\\<script\\>") && markdown.contains("\\[a\\]"))
        let html = OutputText.html.safe(Self.hostile)
        #expect(!html.contains("<script>") && html.contains("&lt;script&gt;"))
        let csv = OutputText.csv.safe("=SUM(A1)")
        #expect(csv.hasPrefix("'="))
        #expect(!OutputText.csv.safe(Self.hostile).unicodeScalars.contains { $0.value == 0x1B })
        let ics = OutputText.ics.safe(Self.hostile)
        #expect(!ics.contains("\n") && ics.contains("\\,") && ics.contains("\\;") && ics.contains("\\\\"))
        let header = OutputText.emailHeader.safe(Self.hostile)
        #expect(!header.contains("\n") && !header.contains("\r"))
    }
}
