import LODACore
import LODAEvaluator
import LODANumber

/// `miner bench --suite accelerators`: programs of the incremental and the virtual shape,
/// evaluated plainly and accelerated, with the speed-up and a check that both agree.
public enum AcceleratorBenchmark {
    struct Case {
        let name: String
        let text: String
        let terms: Int
    }

    static let cases: [Case] = [
        Case(
            name: "A000045 Fibonacci",
            text: """
                ; Fibonacci numbers: every iteration the same map of the cells (repeated iterations)
                mov $1,1
                lpb $0
                  sub $0,1
                  mov $2,$1
                  add $1,$3
                  mov $3,$2
                lpe
                mov $0,$3
                """, terms: 2000),
        Case(
            name: "A057552 sum of binomials",
            text: """
                ; Sum_{k=0..n} binomial(2k+2,k): a sum over the counter (summed iterations)
                add $0,1
                lpb $0
                  sub $0,1
                  mov $2,$0
                  mul $2,2
                  add $2,2
                  bin $2,$0
                  add $1,$2
                lpe
                mov $0,$1
                """, terms: 300),
        Case(
            name: "A000330 sum of squares",
            text: """
                ; Sum_{k=0..n} k^2, the counter lowered two at a time (summed iterations)
                mul $0,2
                add $0,2
                lpb $0
                  sub $0,2
                  mov $2,$0
                  div $2,2
                  pow $2,2
                  add $1,$2
                lpe
                mov $0,$1
                """, terms: 5000),
        Case(
            name: "A006218 sum of d(k)",
            text: """
                ; Sum_{k=1..n} d(k): the divisor count of k in a block inside the outer loop (virtual)
                lpb $0
                  mov $2,$0
                  mov $3,$0
                  mov $4,0
                  lpb $3
                    mov $5,$2
                    mov $6,$3
                    max $6,1
                    mod $5,$6
                    equ $5,0
                    add $4,$5
                    sub $3,1
                  lpe
                  sub $0,1
                  add $1,$4
                lpe
                mov $0,$1
                """, terms: 400),
        Case(
            name: "A000720 primes up to n",
            text: """
                ; pi(n): a trial-division primality test of each k <= n in a block (virtual)
                lpb $0
                  mov $2,$0
                  mov $3,$0
                  sub $3,2
                  mov $4,1
                  lpb $3
                    mov $5,$3
                    add $5,1
                    max $5,2
                    mov $6,$2
                    mod $6,$5
                    min $6,1
                    mul $4,$6
                    sub $3,1
                  lpe
                  mov $7,$2
                  trn $7,1
                  min $7,1
                  mul $4,$7
                  sub $0,1
                  add $1,$4
                lpe
                mov $0,$1
                """, terms: 300)
    ]

    public static func run(repeats: Int) throws -> String {
        let pad = InterpreterBenchmark.pad, lpad = InterpreterBenchmark.lpad, format = InterpreterBenchmark.format
        func row(_ cells: [String]) -> String {
            pad(cells[0], 28) + lpad(cells[1], 7) + lpad(cells[2], 13) + lpad(cells[3], 10) + lpad(cells[4], 10) + lpad(cells[5], 10)
        }
        var lines: [String] = []
        lines.append(row(["program", "terms", "evaluator", "plain s", "accel. s", "speed-up"]))
        var plainTotal = 0.0, fastTotal = 0.0
        for c in cases {
            let program = try Parser.parse(c.text)
            var plainLimits = EvaluationLimits.standard
            plainLimits.accelerated = false
            var plainTimes: [Double] = [], fastTimes: [Double] = []
            var kind = Evaluator.Acceleration.plain
            for _ in 0..<repeats {
                let plain = try Evaluator(program, limits: plainLimits)
                let t0 = threadCPUSeconds()
                let p = plain.evaluate(count: c.terms)
                plainTimes.append(threadCPUSeconds() - t0)
                let fast = try Evaluator(program)
                kind = fast.acceleration
                let t1 = threadCPUSeconds()
                let f = fast.evaluate(count: c.terms)
                fastTimes.append(threadCPUSeconds() - t1)
                guard p.terms == f.terms, p.error == f.error, p.error == nil else {
                    throw BenchmarkMismatch(name: c.name)
                }
            }
            let (ps, fs) = (plainTimes.sorted()[repeats / 2], fastTimes.sorted()[repeats / 2])
            plainTotal += ps
            fastTotal += fs
            let speedup = format(ps / max(fs, 1e-9), 1) + "x"
            lines.append(row([c.name, String(c.terms), kind.rawValue, format(ps, 4), format(fs, 4), speedup]))
        }
        let total = format(plainTotal / max(fastTotal, 1e-9), 1) + "x"
        lines.append(row(["total", "", "", format(plainTotal, 4), format(fastTotal, 4), total]))
        lines.append("(CPU time of this thread, median of \(repeats) runs; the terms and step counts of both evaluations are compared)")
        return lines.joined(separator: "\n")
    }
}
