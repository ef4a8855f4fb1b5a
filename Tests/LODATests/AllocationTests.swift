import AllocationCounter
import LODACore
import LODAEvaluator
import Testing

/// Evaluation allocates nothing per instruction while values fit in 64 bits: once an
/// evaluator is warmed up, a term of 10 loop passes and a term of 100,000 passes make
/// the same number of heap allocations (counted by a test-only malloc wrapper), and
/// that number is zero.
struct AllocationTests {
    @Test func smallValueEvaluationDoesNotAllocate() throws {
        let program = try Parser.parse(
            """
            mov $1,$0
            mov $4,$0
            lpb $1
              mov $2,$1
              mul $2,3
              add $3,$2
              mod $3,1000003
              lpb $4
                sub $4,7
              lpe
              sub $1,1
            lpe
            mov $0,$3
            """)
        let evaluator = try Evaluator(program)
        _ = try evaluator.term(20)  // warm up: memory, loop frames
        func allocations(_ n: Int) throws -> (UInt64, Int) {
            let before = lodestone_thread_allocations()
            let t = try evaluator.term(n)
            return (lodestone_thread_allocations() - before, t.steps)
        }
        let (few, fewSteps) = try allocations(10)
        let (many, manySteps) = try allocations(100_000)
        #expect(manySteps > 500_000 && fewSteps < 200)
        #expect(few == many)
        #expect(many == 0)
    }

    @Test func counterSeesAllocations() {
        let before = lodestone_thread_allocations()
        let array = Array(repeating: Int.random(in: 0...9), count: 1000)
        #expect(array.count == 1000)
        #expect(lodestone_thread_allocations() > before)
    }
}
