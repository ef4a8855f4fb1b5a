import LODACore
import LODANumber

/// The parameters that undo a reduction (at most three numbers, stored inline so that
/// reducing allocates nothing).
public struct Parameters: Hashable, Sendable, CustomStringConvertible {
    public private(set) var count = 0
    private var values: (Int, Int, Int) = (0, 0, 0)

    // Fixed-arity initialisers: the variadic one allocates an array, and matchers build
    // parameters on every lookup.
    public init() {}
    public init(_ a: Int) { append(a) }
    public init(_ a: Int, _ b: Int) { append(a); append(b) }

    public init(_ list: Int...) {
        precondition(list.count <= 3)
        for v in list { append(v) }
    }

    public mutating func append(_ v: Int) {
        switch count {
        case 0: values.0 = v
        case 1: values.1 = v
        default: values.2 = v
        }
        count += 1
    }

    public subscript(i: Int) -> Int { i == 0 ? values.0 : i == 1 ? values.1 : values.2 }

    public static func == (a: Parameters, b: Parameters) -> Bool {
        a.count == b.count && (0..<a.count).allSatisfy { a[$0] == b[$0] }
    }
    public func hash(into h: inout Hasher) { for i in 0..<count { h.combine(self[i]) } }
    public var description: String { "[" + (0..<count).map { String(self[$0]) }.joined(separator: ",") + "]" }
}
