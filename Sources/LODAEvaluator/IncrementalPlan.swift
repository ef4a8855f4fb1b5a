import LODACore
import LODANumber

/// A program of the shape the incremental evaluator accelerates (spec §6.4, in Lodestone's
/// own terms), found once per program: code before one top-level counter loop, the loop,
/// code after it. The loop's counter is lowered by one top-level `sub` or `trn` by a
/// positive constant and written by nothing else, and either
///
/// - `repeated`: the body reads the counter nowhere else, so every iteration is the same
///   function of the other cells, and the state after m iterations serves every term that
///   needs at least m; or
/// - `summed`: the body reads the counter, and each cell it carries from one iteration to the
///   next is changed by exactly one top-level `add`/`sub` and read by nothing else. The
///   iterations then commute, so those of a(n) are those of a(n−1) and the new ones at the
///   top; every other cell the body writes is set by a top-level `mov` before any use.
///
/// Whether a term may reuse earlier iterations is decided per term: the cells the loop
/// reads on entry (other than the counter) must hold what they held before.
struct IncrementalPlan {
    enum Kind { case repeated, summed }
    let kind: Kind
    let pre: CompiledProgram
    let body: CompiledProgram
    let post: CompiledProgram
    let counter: Int
    /// The constant the counter is lowered by, and whether by `trn` (else `sub`).
    let decrement: Int
    let truncating: Bool
    /// The cells the body names, the counter excluded.
    let cells: [Int]
    /// The cells whose values on entry the iterations depend on (the counter excluded).
    let entry: [Int]
    /// `summed`: the cells added to (a subset of `entry`) and those set before use.
    let sums: [Int]
    let scratch: [Int]

    /// Accepted iterations for a loop entered with counter `c`, and the counter after them
    /// (at the head of the iteration that is rolled back).
    func iterations(_ c: Int) -> (count: Int, final: Int) {
        if truncating { return c > 0 ? ((c - 1) / decrement + 1, 0) : (0, c) }
        let m = c >= decrement ? c / decrement : 0
        return (m, c - m * decrement)
    }

    /// The plan for `program`, or nil when its shape is not one the evaluator accelerates.
    static func make(_ program: Program, limits: EvaluationLimits) -> IncrementalPlan? {
        let code = program.code
        guard !code.isEmpty, code.count <= 4096, let shape = ShapeFacts(code, limits: limits) else { return nil }
        for (b, e) in shape.topLoops {
            if let plan = make(code, shape.facts, loop: b, end: e, limits: limits) { return plan }
        }
        return nil
    }

    private static func make(_ code: [Instruction], _ facts: CodeFacts, loop b: Int, end e: Int, limits: EvaluationLimits) -> IncrementalPlan? {
        guard let counter = ShapeFacts.cell(code[b].target) else { return nil }
        let body = Array(code[(b + 1)..<e])
        let effects = Array(facts.effects[(b + 1)..<e])
        var decrement: (index: Int, by: Int, truncating: Bool)?
        var readsCounter = false
        var depth = 0, deepest = 0
        var named = Set<Int>()
        var depths: [Int] = []
        for (i, ins) in body.enumerated() {
            if ins.opcode == .lpe { depth -= 1 }
            depths.append(depth)
            if ins.opcode == .lpb {
                depth += 1
                deepest = max(deepest, depth)
            }
            switch ins.opcode.kind {
            case .region, .prg, .debug: return nil
            default: break
            }
            let (reads, writes) = (effects[i].reads, effects[i].writes)
            named.formUnion(reads)
            named.formUnion(writes)
            if writes.contains(counter) {
                guard depths[i] == 0, decrement == nil, ins.opcode == .sub || ins.opcode == .trn,
                    case .constant(let k) = ins.source, let by = k.intValue, by >= 1, by <= 1_000_000
                else { return nil }
                decrement = (i, by, ins.opcode == .trn)
                continue
            }
            if reads.contains(counter) { readsCounter = true }
        }
        // the body runs one loop deeper inside the program than on its own
        guard let decrement, deepest + 2 <= limits.maxLoopDepth else { return nil }
        named.remove(counter)
        let cells = named.sorted()
        var kind = IncrementalPlan.Kind.repeated
        var entry = cells
        var sums: [Int] = [], scratch: [Int] = []
        if readsCounter {
            kind = .summed
            entry = []
            for x in cells {
                switch classify(x, body, effects, depths) {
                case .readOnly: entry.append(x)
                case .summed:
                    entry.append(x)
                    sums.append(x)
                case .scratch: scratch.append(x)
                case nil: return nil
                }
            }
            // a cell added to may only be fed from cells that are not themselves sums
            for ins in body where ins.opcode == .add || ins.opcode == .sub {
                if let t = ShapeFacts.cell(ins.target), sums.contains(t), let s = ShapeFacts.cell(ins.source), sums.contains(s) { return nil }
            }
        }
        do {
            return IncrementalPlan(
                kind: kind,
                pre: try CompiledProgram(Program(Array(code[..<b])), limits: limits),
                body: try CompiledProgram(Program(body), limits: limits),
                post: try CompiledProgram(Program(Array(code[(e + 1)...])), limits: limits),
                counter: counter, decrement: decrement.by, truncating: decrement.truncating,
                cells: cells, entry: entry, sums: sums, scratch: scratch)
        } catch {
            return nil
        }
    }

    private enum Role { case readOnly, summed, scratch }

    /// How the body uses cell `x` (not the counter): nil when the `summed` kind cannot hold it.
    private static func classify(_ x: Int, _ body: [Instruction], _ effects: [InstructionEffect], _ depths: [Int]) -> Role? {
        var writers: [Int] = []
        var firstUse: Int?
        var readers: [Int] = []
        for i in body.indices {
            let (reads, writes) = (effects[i].reads, effects[i].writes)
            if reads.contains(x) || writes.contains(x), firstUse == nil { firstUse = i }
            if writes.contains(x) { writers.append(i) }
            if reads.contains(x) { readers.append(i) }
        }
        if writers.isEmpty { return .readOnly }
        if let f = firstUse, depths[f] == 0, body[f].opcode == .mov, ShapeFacts.cell(body[f].target) == x,
            ShapeFacts.cell(body[f].source) != x
        {
            return .scratch
        }
        guard writers.count == 1, let w = writers.first, depths[w] == 0, readers == [w],
            body[w].opcode == .add || body[w].opcode == .sub, ShapeFacts.cell(body[w].source) != x
        else { return nil }
        return .summed
    }
}
