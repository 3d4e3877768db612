import ArgumentParser
import Foundation
import RapportCore

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print a JSON Schema of the playbook format, for editors with YAML support.")

    func run() throws {
        let data = try JSONSerialization.data(withJSONObject: PlaybookSchema.document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        print(String(decoding: data, as: UTF8.self))
    }
}
