import Foundation
import LODACore
import LODAEvaluator
import LODANumber
import Testing

/// Every row of Fixtures/semantics/<op>.csv (expected values computed by an independent
/// Python implementation of the spec) must hold on three paths: the small-value
/// semantics, the GMP kernel alone, and the evaluator running `op $0,b` on `$0 = a`.
struct SemanticsTableTests {
    struct Row: CustomStringConvertible {
        var op: ArithmeticOperation
        var a: Number
        var b: Number
        var expected: Number?  // nil: INF
        var description: String { "\(op) \(a),\(b)" }
    }

    static func rows(_ op: ArithmeticOperation) -> [Row] {
        let path = "\(Fixtures.semantics)/\(op).csv"
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let f = line.split(separator: ",")
            return Row(
                op: op, a: Number(decimal: f[0])!, b: Number(decimal: f[1])!,
                expected: f[2] == "inf" ? nil : Number(decimal: f[2])!)
        }
    }

    @Test(arguments: ArithmeticOperation.allCases)
    func tableHasTwentyRowsWithBigOperandsAndAllSigns(_ op: ArithmeticOperation) {
        let rows = Self.rows(op)
        #expect(rows.count >= 20)
        #expect(rows.contains { $0.a.decimalDigitCount >= 40 || $0.b.decimalDigitCount >= 40 })
        for (sa, sb) in [(1, 1), (1, -1), (-1, 1), (-1, -1)] {
            #expect(rows.contains { $0.a.signum == sa && $0.b.signum == sb }, "\(op): no row with signs \(sa), \(sb)")
        }
    }

    @Test(arguments: ArithmeticOperation.allCases)
    func numberSemantics(_ op: ArithmeticOperation) {
        for row in Self.rows(op) {
            #expect(Semantics.calc(op, row.a, row.b) == row.expected, "\(row)")
            #expect(Semantics.calcBig(op, row.a, row.b) == row.expected, "GMP kernel: \(row)")
        }
    }

    @Test(arguments: ArithmeticOperation.allCases)
    func evaluator(_ op: ArithmeticOperation) {
        for row in Self.rows(op) {
            let expected =
                row.expected.map { Outcome(output: $0.description, error: nil) }
                ?? Outcome(output: "", error: "Overflow in cell $0; last operation: \(op) $0,\(row.b)")
            // constant source
            #expect(evaluate("mov $0,\(row.a)\n\(op) $0,\(row.b)") == expected, "\(row)")
            // cell source
            let viaCell =
                row.expected.map { Outcome(output: $0.description, error: nil) }
                ?? Outcome(output: "", error: "Overflow in cell $0; last operation: \(op) $0,$1")
            #expect(evaluate("mov $1,\(row.b)\nmov $0,\(row.a)\n\(op) $0,$1") == viaCell, "\(row) via $1")
        }
    }
}
