import LODANumber

/// The verdict on a program against known terms, by the reference's rules:
/// `ok` when every known term matches, `warning` when evaluation fails only after
/// at least `required` (80) matching terms, `error` otherwise.
public struct CheckResult: Sendable {
    public enum Status: String, Sendable { case ok, warning, error }
    public var status: Status
    /// Terms compared and found equal.
    public var matched: Int
    /// Index (from 0) of the first term that differs, if any.
    public var firstMismatch: Int?
    public var expected: Number?
    public var actual: Number?
    /// The evaluation error or another reason for the verdict.
    public var message: String?
}

extension Evaluator {
    /// Minimum number of matching terms for a program to be accepted.
    public static let requiredTerms = 80

    /// Compares the program's terms from its offset with `expected`.
    public func check(against expected: [Number], required: Int = Evaluator.requiredTerms) -> CheckResult {
        let needed = min(required, expected.count)
        var matched = 0
        let first = compiled.offset
        for (i, want) in expected.enumerated() {
            let got: Number
            do {
                got = try term(first + i).value
            } catch {
                let status: CheckResult.Status = matched >= needed ? .warning : .error
                return CheckResult(status: status, matched: matched, firstMismatch: nil, message: error.description)
            }
            if got != want {
                return CheckResult(
                    status: .error, matched: matched, firstMismatch: i, expected: want, actual: got,
                    message: "term \(i) (n=\(first + i)) is \(got), expected \(want)")
            }
            matched += 1
        }
        return CheckResult(status: .ok, matched: matched)
    }
}
