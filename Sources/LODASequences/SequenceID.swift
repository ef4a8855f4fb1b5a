import LODACore

/// An OEIS A-number, e.g. `A000045`.
public struct SequenceID: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var number: Int
    public init(_ number: Int) { self.number = number }

    /// Parses `A000045` (also `A45`).
    public init?(_ text: some StringProtocol) {
        guard let n = SequenceID.parse(Array(text.utf8)[...]) else { return nil }
        number = n
    }

    static func parse(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard bytes.count >= 2, bytes.count <= 10, bytes.first == UInt8(ascii: "A") else { return nil }
        var n = 0
        for b in bytes.dropFirst() {
            guard b >= 48 && b <= 57 else { return nil }
            n = n * 10 + Int(b - 48)
        }
        return n
    }

    public var description: String { ProgramID(number: number).description }

    public static func < (a: SequenceID, b: SequenceID) -> Bool { a.number < b.number }
}
