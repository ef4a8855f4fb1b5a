import Foundation
import LODAEvaluator

/// One program's check, as reported by `miner check`.
public struct CheckRecord: Sendable {
    public var id: String
    public var path: String
    public var status: CheckResult.Status
    public var checked: Int
    public var expectedCount: Int
    public var firstMismatch: Int?
    public var error: String?
    public var seconds: Double
    /// Instructions of the program (0 when it could not be read).
    public var instructions = 0
    /// Where the expected terms came from: "stripped" or "b-file".
    public var source = "stripped"

    public var passed: Bool { status != .error }

    /// One JSON object (a line of the `--report` file); strings are escaped by JSONEncoder,
    /// the fields written in this order.
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        func quote(_ s: String) -> String { (try? encoder.encode(s)).map { String(decoding: $0, as: UTF8.self) } ?? "null" }
        let mismatch = firstMismatch.map(String.init) ?? "null"
        let err = error.map(quote) ?? "null"
        return "{\"id\":\(quote(id)),\"path\":\(quote(path)),\"status\":\"\(status.rawValue)\",\"checked\":\(checked),"
            + "\"expected_terms\":\(expectedCount),\"first_mismatch\":\(mismatch),\"error\":\(err),"
            + "\"source\":\(quote(source)),\"seconds\":\(String(format: "%.4f", seconds))}"
    }

    /// One line for a person.
    public var line: String {
        var text = "\(id) \(status.rawValue) \(checked)/\(expectedCount) \(source == "b-file" ? "b-file terms" : "terms")"
        if let error { text += ": \(error)" }
        return text + " (\(path), \(String(format: "%.2f", seconds)) s)"
    }
}
