import LODACore
import LODANumber

/// Repeated differences of non-decreasing sequences (with a virtual 0 before the first
/// term, so partial sums undo them exactly), then `linear1`. T = S^kT(L(D^kC(C))).
public struct DeltaMatcher: Matcher {
    public static let maxDepth = 3
    public init() {}
    public var name: String { "delta" }

    public func reduceTarget(_ terms: [Int], into key: inout [Int]) -> Parameters? {
        load(&key, terms)
        var k = 0
        while k < DeltaMatcher.maxDepth, let first = key.first, first >= 0 {
            var changed = false
            for i in key.indices.dropFirst() {
                if key[i] < key[i - 1] { return finish(&key, k) }
                if key[i - 1] != 0 { changed = true }
            }
            guard changed else { break }
            var i = key.count - 1
            while i > 0 {
                key[i] -= key[i - 1]  // no overflow: the sequence is non-decreasing from >= 0
                i -= 1
            }
            k += 1
        }
        return finish(&key, k)
    }

    func finish(_ key: inout [Int], _ k: Int) -> Parameters? {
        guard k > 0, let low = key.min(), low >= 0 else { return nil }
        _ = subtract(&key, low)
        let f = commonFactor(key)
        divide(&key, f)
        return Parameters(k, low, f)
    }

    public func extend(_ body: Program, candidate c: Parameters, target t: Parameters) -> Program? {
        var p = body
        for _ in 0..<c[0] {
            guard let w = p.wrapped(.differences) else { return nil }
            p = w
        }
        p = p.appending(affine(sub: c[1], div: c[2], mul: t[2], add: t[1]))
        for _ in 0..<t[0] {
            guard let w = p.wrapped(.partialSums) else { return nil }
            p = w
        }
        return p
    }

    public func describe(candidate c: Parameters, target t: Parameters) -> String {
        var text = "C"
        if c[0] > 0 { text = "Δ^\(c[0]) " + text }
        text = "(\(text) - \(c[1])) / \(c[2]) * \(t[2]) + \(t[1])"
        return "T = Σ^\(t[0]) " + text
    }
}
