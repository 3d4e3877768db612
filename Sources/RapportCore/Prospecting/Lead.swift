import Foundation

/// One lead from a CRM export: the account it is (the name calls use with `--account`) and its
/// attributes by name, as imported.
public struct Lead: Sendable, Codable, Equatable {
    public var account: String
    public var attributes: [String: String]

    public init(account: String, attributes: [String: String]) {
        self.account = account
        self.attributes = attributes
    }

    /// The key that makes two spellings of one account the same lead ("ACME Ltd " and "Acme Ltd").
    public var key: String { AccountMemory.key(account) }

    /// A value, nil when blank (values are trimmed when imported).
    public subscript(attribute: String) -> String? {
        guard let value = attributes[attribute], !value.allSatisfy(\.isWhitespace) else { return nil }
        return value
    }
}
