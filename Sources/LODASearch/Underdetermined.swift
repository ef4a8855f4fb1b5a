import LODACore
import LODAEvaluator
import LODANumber

/// Finds whose known terms cannot pin the sequence down. A program whose first differences
/// take exactly two values computes a mechanical (Beatty-like) sequence, floor(a·n + b): any
/// K terms of such a sequence fit a whole interval of slopes, so a program with some slope
/// that matches them says little about the terms after them. The false-find experiment (see
/// the README) showed most wrong finds at 40 known terms to be of this kind (rational
/// approximations such as `mul $0,17; div $0,11` of irrational slopes); refusing them did not
/// lower the rate in a live run, so the rule is off unless a profile turns it on.
enum Underdetermined {
    /// How far the program's own terms are computed, in multiples of the known terms.
    static let window = 4

    /// True when `program`'s terms (from `offset`, `known` of them known) have two-valued
    /// first differences that repeat with a period of at least 5, or do not repeat within the
    /// window. False when the terms cannot be computed (the caller's other checks judge those).
    static func isMechanical(_ evaluator: Evaluator, program: Program, offset: Int, known: Int) -> Bool {
        let count = window * known
        guard known >= 8 else { return false }
        let run = evaluator.evaluate(count: count, from: offset)
        guard run.error == nil, run.terms.count == count else { return false }
        var differences: [Number] = []
        differences.reserveCapacity(count - 1)
        for i in 1..<count {
            guard let d = Semantics.calc(.sub, run.terms[i].value, run.terms[i - 1].value) else { return false }
            differences.append(d)
        }
        guard Set(differences).count == 2 else { return false }
        if let p = period(differences) { return p >= 5 }
        return true
    }

    /// The smallest p with d[i] == d[i + p] throughout, if at most half the length.
    static func period(_ d: [Number]) -> Int? {
        for p in 1...max(1, d.count / 2) where (0..<(d.count - p)).allSatisfy({ d[$0] == d[$0 + p] }) { return p }
        return nil
    }

    /// True when a sequence's known terms (at least 10) cannot settle a program: their first
    /// differences take exactly two values that differ by one, as floor(a·n + b) does (such
    /// terms fit a whole interval of slopes; the false-find experiment found half of the wrong
    /// finds at 40 known terms among these sequences), or they take two values without a short
    /// period (`isAperiodicTwoValued`).
    static func isMechanical(_ terms: [Number]) -> Bool {
        guard terms.count >= 10 else { return false }
        if isAperiodicTwoValued(terms) { return true }
        var differences = Set<Number>()
        for i in 1..<terms.count {
            guard let d = Semantics.calc(.sub, terms[i], terms[i - 1]) else { return false }
            differences.insert(d)
            if differences.count > 2 { return false }
        }
        guard differences.count == 2, let low = differences.min(), let high = differences.max() else { return false }
        return Semantics.calc(.sub, high, low) == .one
    }

    /// A necessary condition for `isMechanical` on the first terms (as `Int`s): at most two
    /// values, or first differences at most one apart. Cheap, so most rows are never decoded.
    static func mayBeMechanical(prefix: [Int]) -> Bool {
        if Set(prefix).count <= 2 { return true }
        var low = Int.max, high = Int.min
        for (a, b) in zip(prefix, prefix.dropFirst()) {
            let (d, overflow) = b.subtractingReportingOverflow(a)
            if overflow { return false }
            (low, high) = (min(low, d), max(high, d))
        }
        let (spread, overflow) = high.subtractingReportingOverflow(low)
        return !overflow && spread <= 1
    }

    /// True when the known terms (at least 10) take exactly two values without repeating with
    /// a period of at most a third of their number: a characteristic sequence (of primes, of
    /// squares, …) whose pattern the known terms cannot settle.
    static func isAperiodicTwoValued(_ terms: [Number]) -> Bool {
        guard terms.count >= 10, Set(terms).count == 2 else { return false }
        for p in 1...(terms.count / 3) where (0..<(terms.count - p)).allSatisfy({ terms[$0] == terms[$0 + p] }) { return false }
        return true
    }
}
