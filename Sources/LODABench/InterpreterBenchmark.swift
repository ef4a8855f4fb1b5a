import Foundation
import GMPShim
import LODACore
import LODAEvaluator
import LODANumber

#if canImport(Glibc)
    import Glibc
#endif

/// CPU time of the calling thread, in seconds (immune to other processes' load).
public func threadCPUSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// The fixed suite behind `miner bench`.
public enum InterpreterBenchmark {
    struct Case {
        let name: String
        let text: String
        let terms: Int
        /// Evaluations per measurement, so that short cases still run long enough to time.
        var rounds = 1
    }

    static let cases: [Case] = [
        Case(
            name: "small-int loop",
            text: """
                ; sum of k mod 1000003 for k = 1 .. 100000 n (one loop, small values)
                mov $1,$0
                mul $1,100000
                lpb $1
                  add $2,$1
                  mod $2,1000003
                  sub $1,1
                lpe
                mov $0,$2
                """, terms: 20),
        Case(
            name: "divisors (nested loops)",
            text: """
                ; sum of sigma(k) for k = 1 .. n, by trial division in a nested loop
                ; (max keeps the divisor non-zero in the final, rolled-back pass)
                mov $1,$0
                lpb $1
                  mov $2,$1
                  lpb $2
                    mov $5,$2
                    max $5,1
                    mov $3,$1
                    mod $3,$5
                    equ $3,0
                    mul $3,$5
                    add $4,$3
                    sub $2,1
                  lpe
                  sub $1,1
                lpe
                mov $0,$4
                """, terms: 300),
        Case(
            name: "factorials (big numbers)",
            text: """
                ; n! up to 1000 digits: big x small multiplication in a loop
                mov $1,1
                mov $2,$0
                lpb $2
                  mul $1,$2
                  sub $2,1
                lpe
                mov $0,$1
                """, terms: 450, rounds: 30),
        Case(
            name: "powers and binomials",
            text: """
                ; (n+1)^n * C(2n,n): pow and bin on numbers of hundreds of digits
                mov $1,$0
                add $1,1
                pow $1,$0
                mov $2,$0
                mul $2,2
                bin $2,$0
                mul $1,$2
                mov $0,$1
                """, terms: 300, rounds: 60),
        Case(
            name: "seq calls (cached)",
            text: """
                ; sum of sigma(k) for k = 1 .. n through seq calls to A000203
                mov $1,$0
                lpb $1
                  mov $2,$1
                  max $2,1
                  seq $2,203
                  add $3,$2
                  sub $1,1
                lpe
                mov $0,$3
                """, terms: 1000)
    ]

    static let sigma = """
        ; A000203: sigma(n), sum of the divisors of n
        #offset 1
        mov $2,$0
        lpb $2
          mov $4,$2
          max $4,1
          mov $3,$0
          mod $3,$4
          equ $3,0
          mul $3,$4
          add $1,$3
          sub $2,1
        lpe
        mov $0,$1
        """

    public static func run(repeats: Int) throws -> String {
        let resolver = MemoryResolver([ProgramID(number: 203): try Parser.parse(sigma)])
        var lines: [String] = []
        lines.append(pad("program", 26) + lpad("terms", 7) + lpad("steps", 14) + lpad("seconds", 10) + lpad("steps/s", 16))
        var totalSteps = 0
        var totalSeconds = 0.0
        var seconds: [String: Double] = [:]
        // the interpreter itself (the accelerators have their own suite)
        var plain = EvaluationLimits.standard
        plain.accelerated = false
        for c in cases {
            let program = try Parser.parse(c.text)
            var times: [Double] = []
            var steps = 0
            for _ in 0..<repeats {
                var elapsed = 0.0
                steps = 0
                for _ in 0..<c.rounds {
                    let evaluator = try Evaluator(program, resolver: resolver, limits: plain)
                    let t0 = threadCPUSeconds()
                    let result = evaluator.evaluate(count: c.terms)
                    elapsed += threadCPUSeconds() - t0
                    if let error = result.error { throw error }
                    steps += result.terms.reduce(0) { $0 + $1.steps }
                }
                times.append(elapsed)
            }
            let median = times.sorted()[times.count / 2]
            seconds[c.name] = median
            totalSteps += steps
            totalSeconds += median
            lines.append(
                pad(c.name, 26) + lpad(c.rounds > 1 ? "\(c.rounds)x\(c.terms)" : String(c.terms), 7) + lpad(String(steps), 14)
                    + lpad(format(median, 3), 10) + lpad(rate(Double(steps) / median), 16))
        }
        lines.append(
            pad("total", 26) + lpad("", 7) + lpad(String(totalSteps), 14) + lpad(format(totalSeconds, 3), 10)
                + lpad(rate(Double(totalSteps) / totalSeconds), 16))
        lines.append("(seq calls: a cached call still counts the callee's steps, as in the reference)")
        lines.append("")
        lines.append("big numbers: each program against the same operations done directly on GMP values in place")
        let factorial = (0..<repeats).map { _ in (0..<30).reduce(0.0) { t, _ in t + gmpFactorialBaseline(terms: 450) } }.sorted()[repeats / 2]
        let interpretedFactorial = seconds["factorials (big numbers)"] ?? 0
        lines.append(
            "  factorials:           interpreter \(format(interpretedFactorial, 4)) s, GMP \(format(factorial, 4)) s, ratio \(format(interpretedFactorial / factorial, 2))x")
        let powers = (0..<repeats).map { _ in (0..<60).reduce(0.0) { t, _ in t + gmpPowersBaseline(terms: 300) } }.sorted()[repeats / 2]
        let interpretedPowers = seconds["powers and binomials"] ?? 0
        lines.append("  powers and binomials: interpreter \(format(interpretedPowers, 4)) s, GMP \(format(powers, 4)) s, ratio \(format(interpretedPowers / powers, 2))x")
        lines.append("(CPU time of this thread, median of \(repeats) runs; allocation-free evaluation is checked by AllocationTests)")
        return lines.joined(separator: "\n")
    }

    /// n! for n < terms by in-place mpz multiplication, as the factorial program does it.
    static func gmpFactorialBaseline(terms: Int) -> Double {
        let (rb, kb) = (BigInteger(), BigInteger())
        let (r, k) = (rb.z, kb.z)
        let t0 = threadCPUSeconds()
        for n in 0..<terms {
            lgmp_set_si(r, 1)
            var i = n
            while i > 0 {
                lgmp_set_si(k, i)
                lgmp_mul(r, r, k)
                i -= 1
            }
        }
        let elapsed = threadCPUSeconds() - t0
        withExtendedLifetime((rb, kb)) {}
        return elapsed
    }

    /// (n+1)^n * C(2n,n) for n < terms with the GMP kernel directly, as the program does it.
    static func gmpPowersBaseline(terms: Int) -> Double {
        let s = BigScratch()
        let (xb, yb) = (BigInteger(), BigInteger())
        let (x, y) = (xb.z, yb.z)
        let t0 = threadCPUSeconds()
        for n in 0..<terms {
            lgmp_set_si(s.a, n + 1)
            lgmp_set_si(s.b, n)
            _ = BigKernel.calc(.pow, x, s.a, s.b, s)
            lgmp_set_si(s.a, 2 * n)
            _ = BigKernel.calc(.bin, y, s.a, s.b, s)
            _ = BigKernel.calc(.mul, s.r, x, y, s)
        }
        let elapsed = threadCPUSeconds() - t0
        withExtendedLifetime((xb, yb)) {}
        return elapsed
    }

    static func pad(_ s: String, _ n: Int) -> String { s + String(repeating: " ", count: max(0, n - s.count)) }
    static func lpad(_ s: String, _ n: Int) -> String { String(repeating: " ", count: max(0, n - s.count)) + s }
    /// `x` with `digits` decimals (none for 0).
    static func format(_ x: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", x) }
    static func rate(_ x: Double) -> String {
        x >= 1e6 ? format(x / 1e6, 1) + " M" : format(x / 1e3, 1) + " k"
    }
}
