import LODACore
import LODANumber

/// The optimizer's rules. Each returns the rewritten code, or nil when it does not apply.
/// Several rewrites of one rule may be made at once when each replaces instructions by
/// exact equivalents at their point of the program (the analyses hold for all of them).
extension OptimizerPass {
    // MARK: - Helpers

    func removing(_ drop: Set<Int>) -> [Instruction] {
        code.indices.filter { !drop.contains($0) }.map { code[$0] }
    }

    /// `op $x,c` with a constant source within the limit: (x, op, c).
    func constantOperation(_ i: Int) -> (cell: Int, op: Opcode, constant: Number)? {
        let ins = code[i]
        guard ins.opcode.kind == .arithmetic, case .direct(let t) = ins.target, case .constant(let c) = ins.source,
            c.isWithinLimit
        else { return nil }
        return (t.intValue!, ins.opcode, c)
    }

    /// The next instruction after `i` in the same block that reads or writes cell `x`
    /// (nil at a loop boundary or an instruction that may touch any cell).
    func nextUse(of x: Int, after i: Int) -> Int? {
        var j = i + 1
        while j < code.count {
            let e = facts.effects[j]
            if code[j].opcode == .lpb || code[j].opcode == .lpe || e.readsAll || e.writesAll { return nil }
            if e.reads.contains(x) || e.writes.contains(x) { return j }
            j += 1
        }
        return nil
    }

    /// Whether the instruction may fail, as far as the optimizer's mode cares (in the relaxed
    /// mode errors do not count).
    mutating func fails(_ i: Int) -> Bool { exact && ranges.mayFail[i] }

    /// Whether the instruction's text may appear in an error message: it may fail, and its
    /// errors name it (overflow, memory) — a call's errors name the callee or no cell.
    mutating func textMatters(_ i: Int) -> Bool {
        fails(i) && code[i].opcode.kind != .seq
    }

    /// Cells that instructions whose text may appear in an error name: they keep their numbers.
    mutating func pinnedCells() -> Set<Int> {
        var pinned: Set<Int> = [0]
        for i in code.indices where textMatters(i) {
            for operand in [code[i].target, code[i].source] {
                switch operand {
                case .direct(let n), .indirect(let n): pinned.insert(n.intValue!)
                case .constant: break
                }
            }
        }
        return pinned
    }

    static func renamed(_ ins: Instruction, _ f: (Int) -> Int) -> Instruction {
        var r = ins
        if case .direct(let n) = ins.target { r.target = .direct(Number(f(n.intValue!))) }
        if case .direct(let n) = ins.source { r.source = .direct(Number(f(n.intValue!))) }
        return r
    }

    // MARK: - No-ops

    /// Instructions that change nothing and cannot fail.
    mutating func removeNoOps(_ edits: inout Edits) {
        for i in code.indices where isNoOp(i) { edits.remove(i) }
    }

    mutating func isNoOp(_ i: Int) -> Bool {
        let ins = code[i]
        switch ins.opcode.kind {
        case .region:
            // an empty region, or one cell rotated or filled with itself
            guard case .direct = ins.target, case .constant(let l) = ins.source else { return false }
            return l == 0 || ((l == 1 || l == -1) && ins.opcode != .clr)
        case .arithmetic:
            guard case .direct(let tn) = ins.target else { return false }
            let op = ins.opcode.arithmetic!
            if ins.source == ins.target && [.mov, .min, .max, .ban, .bor].contains(op) { return true }
            if case .constant(let c) = ins.source {
                switch op {
                case .add, .sub, .bor, .bxo: if c == 0 { return true }
                case .mul, .div, .pow, .fac: if c == 1 { return true }
                case .dif: if c == 0 || c == 1 { return true }
                case .dir: if c == 0 || c == 1 || c == -1 { return true }
                case .ban: if c == -1 { return true }
                default: break
                }
            }
            guard let st = ranges.before[i], !fails(i) else { return false }
            let a = st[tn.intValue!], b = RangeAnalysis.value(ins.source, st)
            let (r, mayFail) = RangeArithmetic.apply(op, a, b)
            if mayFail && exact { return false }
            if let v = r.constant, a.constant == v { return true }
            switch op {
            case .min: if let h = a.hi, let l = b.lo, h <= l { return true }
            case .max: if let l = a.lo, let h = b.hi, h <= l { return true }
            case .gcd, .trn: if b.constant == 0 && a.isNonNegative { return true }
            case .nrt: if b.constant == 1 && a.isNonNegative { return true }
            case .mod:
                // |a| below every |b|
                let least: Number? = b.isPositive ? b.lo : (b.isNegative ? b.hi?.negated : nil)
                if let m = a.maxMagnitude, let least, m < least { return true }
            default: break
            }
            return false
        default:
            return false
        }
    }

    // MARK: - Constants

    /// Results that are known constants become `mov`s; cells known to hold a constant
    /// become constant operands; an operation on its identity becomes a `mov`.
    mutating func foldConstants(_ edits: inout Edits) {
        for (i, ins) in code.enumerated() where !edits.claimed(i) {
            guard let st = ranges.before[i] else { continue }
            func replace(_ new: Instruction) { edits.replace(i, with: new) }
            switch ins.opcode.kind {
            case .arithmetic:
                guard case .direct(let tn) = ins.target else { continue }
                let t = tn.intValue!
                let op = ins.opcode.arithmetic!
                let safe = !fails(i)
                if ins.source == ins.target {
                    switch op {
                    case .sub, .trn, .bxo, .neq: replace(Instruction(.mov, ins.target, .value(0))); continue
                    case .equ, .leq, .geq: replace(Instruction(.mov, ins.target, .value(1))); continue
                    case .add where safe: replace(Instruction(.mul, ins.target, .value(2))); continue
                    default: break
                    }
                }
                // `sub $x,-c` is `add $x,c` (and the other way round)
                if safe, op == .add || op == .sub, case .constant(let c) = ins.source, c.signum < 0, c.isWithinLimit {
                    replace(Instruction(op == .add ? .sub : .add, ins.target, .constant(c.negated)))
                    continue
                }
                let a = st[t], b = RangeAnalysis.value(ins.source, st)
                let (r, mayFail) = RangeArithmetic.apply(op, a, b)
                if safe, !(mayFail && exact), let v = r.constant?.intValue {
                    if !(op == .mov && ins.source == .value(v)) {
                        replace(Instruction(.mov, ins.target, .value(v)))
                        continue
                    }
                }
                if case .direct(let sn) = ins.source, let c = st[sn.intValue!].constant?.intValue, !textMatters(i) {
                    replace(Instruction(ins.opcode, ins.target, .value(c)))
                    continue
                }
                if safe, let c = a.constant, ins.opcode != .mov {
                    let identity: Bool
                    switch op {
                    case .add, .bor, .bxo: identity = c == 0
                    case .mul: identity = c == 1
                    case .min: identity = b.hi.map { $0 <= c } ?? false
                    case .max: identity = b.lo.map { c <= $0 } ?? false
                    default: identity = false
                    }
                    if identity { replace(Instruction(.mov, ins.target, ins.source)) }
                }
            case .region:
                guard case .direct = ins.target else { continue }
                if ins.opcode == .clr && (ins.source == .value(1) || ins.source == .value(-1)) {
                    replace(Instruction(.mov, ins.target, .value(0)))
                } else if case .direct(let sn) = ins.source, let c = st[sn.intValue!].constant?.intValue, !textMatters(i) {
                    replace(Instruction(ins.opcode, ins.target, .value(c)))
                }
            default:
                continue
            }
        }
    }

    // MARK: - Merging operations on one cell

    /// What two constant operations on one cell amount to.
    enum Merged: Equatable {
        case identity
        case operation(Opcode, Number)

        /// `code` with the operations on cell `x` at `i` and `j` replaced by this.
        func applied(to code: [Instruction], at i: Int, _ j: Int, cell x: Int) -> [Instruction] {
            var out = code
            out.remove(at: j)
            switch self {
            case .identity: out.remove(at: i)
            case .operation(let op, let c): out[i] = Instruction(op, .cell(x), .constant(c))
            }
            return out
        }
    }

    /// `x op1 c1` then `op2 c2` as one operation, when that is exact (for results that do not fail).
    static func combine(_ op1: Opcode, _ c1: Number, _ op2: Opcode, _ c2: Number) -> Merged? {
        func calc(_ op: ArithmeticOperation, _ x: Number, _ y: Number) -> Number? { Semantics.calc(op, x, y) }
        let zero = Number(0), one = Number(1)
        switch (op1, op2) {
        case (_, .mov):
            return .operation(.mov, c2)
        case (.add, .add), (.add, .sub), (.sub, .add), (.sub, .sub):
            guard let s = calc(.add, op1 == .add ? c1 : c1.negated, op2 == .add ? c2 : c2.negated) else { return nil }
            if s == zero { return .identity }
            return s.signum > 0 ? .operation(.add, s) : .operation(.sub, s.negated)
        case (.mul, .mul):
            guard let p = calc(.mul, c1, c2) else { return nil }
            if p == one { return .identity }
            return p == zero ? .operation(.mov, zero) : .operation(.mul, p)
        case (.div, .div):
            guard c1 != zero, c2 != zero, let p = calc(.mul, c1, c2) else { return nil }
            return p == one ? .identity : .operation(.div, p)
        case (.mul, .div):
            guard c1 != zero, c2 != zero else { return nil }
            if calc(.mod, c1, c2) == zero, let q = calc(.div, c1, c2) { return q == one ? .identity : .operation(.mul, q) }
            if calc(.mod, c2, c1) == zero, let q = calc(.div, c2, c1) { return q == one ? .identity : .operation(.div, q) }
            return nil
        case (.trn, .trn):
            guard c1.signum >= 0, c2.signum >= 0, let s = calc(.add, c1, c2) else { return nil }
            return .operation(.trn, s)
        case (.mod, .mod):
            guard c1 != zero, c2 != zero else { return nil }
            if c1.magnitudeValue <= c2.magnitudeValue { return .operation(.mod, c1) }
            if calc(.mod, c1, c2) == zero { return .operation(.mod, c2) }
            return nil
        case (.min, .min): return .operation(.min, c1 < c2 ? c1 : c2)
        case (.max, .max): return .operation(.max, c1 < c2 ? c2 : c1)
        case (.max, .min): return c2 <= c1 ? .operation(.mov, c2) : nil
        case (.min, .max): return c1 <= c2 ? .operation(.mov, c2) : nil
        case (.pow, .pow):
            guard c1.signum >= 0, c2.signum >= 0, let p = calc(.mul, c1, c2), let e = p.intValue, e <= Number.limitBits else { return nil }
            return e == 1 ? .identity : .operation(.pow, p)
        case (.gcd, .gcd):
            guard let g = calc(.gcd, c1, c2) else { return nil }
            return .operation(.gcd, g)
        case (.ban, .ban), (.bor, .bor), (.bxo, .bxo):
            guard let v = calc(op1.arithmetic!, c1, c2) else { return nil }
            if (op1 == .bxo || op1 == .bor) && v == zero { return .identity }
            return .operation(op1, v)
        default:
            return nil
        }
    }

    /// A chain of constant `add`, `sub`, `mul` and `div` on one cell (nothing else touching
    /// the cell between them) as x -> a*x + b, divided exactly where the division goes into
    /// both a and b: at most `mul a; add b` per inexact division. Made when it is shorter and
    /// neither the chain nor its replacement can fail.
    mutating func normalizeAffineChains() -> [Instruction]? {
        let affine: Set<Opcode> = [.add, .sub, .mul, .div]
        var covered = Set<Int>()
        for i in code.indices where !covered.contains(i) {
            guard let (x, op, _) = constantOperation(i), affine.contains(op), !fails(i), let st = ranges.before[i] else { continue }
            var chain = [i]
            while let k = nextUse(of: x, after: chain.last!), let (x2, op2, _) = constantOperation(k), x2 == x, affine.contains(op2),
                !fails(k)
            {
                chain.append(k)
            }
            covered.formUnion(chain)
            guard chain.count >= 2, let replacement = OptimizerPass.affineForm(chain.map { constantOperation($0)! }),
                replacement.count < chain.count
            else { continue }
            var r = st[x]
            var safe = true
            for (op, c) in replacement {
                let (next, mayFail) = RangeArithmetic.apply(op.arithmetic!, r, .constant(c))
                if mayFail && exact { safe = false }
                r = next
            }
            guard safe else { continue }
            var out: [Instruction] = []
            for (k, ins) in code.enumerated() {
                if k == i { out += replacement.map { Instruction($0.0, .cell(x), .constant($0.1)) } }
                if !chain.contains(k) { out.append(ins) }
            }
            return out
        }
        return nil
    }

    /// The shortest form of a chain of constant `add`/`sub`/`mul`/`div` operations (nil when a
    /// constant grows beyond the limit).
    static func affineForm(_ chain: [(cell: Int, op: Opcode, constant: Number)]) -> [(Opcode, Number)]? {
        func calc(_ op: ArithmeticOperation, _ x: Number, _ y: Number) -> Number? { Semantics.calc(op, x, y) }
        var out: [(Opcode, Number)] = []
        var a = Number(1), b = Number(0)
        func emit() {
            if a == 0 {
                out = [(.mov, b)]
            } else {
                if a != 1 { out.append((.mul, a)) }
                if b.signum > 0 { out.append((.add, b)) }
                if b.signum < 0 { out.append((.sub, b.negated)) }
            }
            (a, b) = (1, 0)
        }
        for (_, op, c) in chain {
            switch op {
            case .add: guard let s = calc(.add, b, c) else { return nil }; b = s
            case .sub: guard let s = calc(.sub, b, c) else { return nil }; b = s
            case .mul:
                guard let p = calc(.mul, a, c), let q = calc(.mul, b, c) else { return nil }
                (a, b) = (p, q)
            default:  // div
                guard c != 0 else { return nil }
                if a != 0, calc(.mod, a, c) == 0, calc(.mod, b, c) == 0 {
                    (a, b) = (calc(.div, a, c)!, calc(.div, b, c)!)
                } else if a == 0 {
                    b = calc(.div, b, c)!
                } else {
                    // (a x + b) / c = (-a x - b) / -c: divide by a positive number
                    if c.signum < 0 { (a, b) = (a.negated, b.negated) }
                    emit()
                    if c.magnitudeValue != 1 { out.append((.div, c.magnitudeValue)) }
                }
            }
        }
        emit()
        return out
    }

    /// Two constant operations on one cell with nothing touching the cell between them
    /// become one (or none), when neither can fail; likewise `mul k; pow e; div k^e`.
    mutating func mergeOperations() -> [Instruction]? {
        // `mov $t,c` then a commutative `op $t,$s`: `mov $t,$s` then `op $t,c` (a constant operand,
        // and a mov between cells that coalescing may fold)
        let commutative: Set<Opcode> = [.add, .mul, .min, .max, .gcd, .ban, .bor, .bxo, .equ, .neq]
        for i in code.indices {
            guard let (t, op1, c) = constantOperation(i), op1 == .mov, let j = nextUse(of: t, after: i),
                commutative.contains(code[j].opcode), case .direct(let sn) = code[j].source, code[j].target == .cell(t),
                sn.intValue! != t, !fails(j)
            else { continue }
            let s = sn.intValue!
            guard !((i + 1)..<j).contains(where: { facts.effects[$0].writes.contains(s) }) else { continue }
            var out = code
            out[i] = Instruction(.mov, .cell(t), .cell(s))
            out[j] = Instruction(code[j].opcode, .cell(t), .constant(c))
            return out
        }
        for i in code.indices {
            guard let (x, op1, c1) = constantOperation(i), !fails(i), let st = ranges.before[i],
                let j = nextUse(of: x, after: i), let (x2, op2, c2) = constantOperation(j), x2 == x, !fails(j)
            else { continue }
            if let merged = OptimizerPass.combine(op1, c1, op2, c2) {
                if exact, case .operation(let op, let c) = merged, RangeArithmetic.apply(op.arithmetic!, st[x], .constant(c)).mayFail { continue }
                return merged.applied(to: code, at: i, j, cell: x)
            }
            // (k x)^e / d = x^e * (k^e / d) when d divides k^e
            if op1 == .mul, op2 == .pow, c1 != 0, let e = c2.intValue, e >= 1, e <= 64,
                let l = nextUse(of: x, after: j), let (x3, op3, d) = constantOperation(l), x3 == x, op3 == .div, d != 0,
                !fails(l), let power = Semantics.calc(.pow, c1, c2), Semantics.calc(.mod, power, d) == 0,
                let q = Semantics.calc(.div, power, d),
                !(exact && RangeArithmetic.apply(.pow, st[x], .constant(c2)).mayFail)
            {
                var out = code
                out.remove(at: l)
                if q == 1 {
                    out.remove(at: j)
                } else {
                    out[j] = Instruction(.mul, .cell(x), .constant(q))
                }
                out[i] = Instruction(.pow, .cell(x), .constant(c2))
                return out
            }
        }
        return nil
    }

    /// `op $a,$b` then `mov $b,$a` with a commutative `op` and `$a` dead afterwards is
    /// `op $b,$a` (`add $0,$2; mov $2,$0` in a loop whose `$0` is set again: `add $2,$0`, a sum
    /// the incremental evaluator takes). Made when the operation cannot fail (its text would change).
    mutating func commuteUpdates() -> [Instruction]? {
        let commutative: Set<Opcode> = [.add, .mul, .min, .max, .gcd, .ban, .bor, .bxo, .equ, .neq]
        for i in code.indices {
            guard commutative.contains(code[i].opcode), case .direct(let an) = code[i].target, case .direct(let bn) = code[i].source,
                let a = an.intValue, let b = bn.intValue, a != b, !fails(i),
                let j = nextUse(of: a, after: i), nextUse(of: b, after: i) == j,
                code[j].opcode == .mov, code[j].target == .cell(b), code[j].source == .cell(a)
            else { continue }
            let live = liveness.liveAfter[j]
            guard !live.all, !live.cells.contains(a) else { continue }
            var out = code
            out[i] = Instruction(code[i].opcode, .cell(b), .cell(a))
            out.remove(at: j)
            return out
        }
        return nil
    }

    // MARK: - Dead code

    /// Writes never read, loops whose effect is never used or that never accept an
    /// iteration, and loops computing constants (replaced by `mov`s of their results).
    mutating func removeDeadCode(_ edits: inout Edits) {
        var i = 0
        while i < code.count {
            if code[i].opcode == .lpb {
                let e = facts.partner[i]
                if loopIsRemovable(i) {
                    edits.replace(i...e, with: [])
                    i = e + 1
                    continue
                }
                if let movs = constantLoopResult(i) {
                    edits.replace(i...e, with: movs)
                    i = e + 1
                    continue
                }
            } else if !edits.claimed(i) && isDeadStore(i) {
                edits.remove(i)
            }
            i += 1
        }
    }

    /// The writes of a cell that only its own updates read (`add $1,$0` in a loop, with `$1`
    /// read nowhere else): liveness sees each update feed the next; none feeds anything else.
    mutating func faintWrites() -> Set<Int> {
        if facts.effects.contains(where: { $0.readsAll || $0.writesAll }) { return [] }
        var readers: [Int: [Int]] = [:], writers: [Int: [Int]] = [:]
        for i in code.indices {
            for x in facts.effects[i].reads { readers[x, default: []].append(i) }
            for x in facts.effects[i].writes { writers[x, default: []].append(i) }
        }
        for (x, writes) in writers.sorted(by: { $0.key < $1.key }) where x != 0 {
            let selfFed = (readers[x] ?? []).allSatisfy { r in
                code[r].opcode.kind == .arithmetic && facts.effects[r].writes == [x]
            }
            guard selfFed, writes.allSatisfy({ code[$0].opcode.kind == .arithmetic && !fails($0) }) else { continue }
            return Set(writes)
        }
        return []
    }

    mutating func isDeadStore(_ i: Int) -> Bool {
        let e = facts.effects[i]
        let kind = code[i].opcode.kind
        guard kind == .arithmetic || kind == .region, !e.writes.isEmpty, !e.writesAll, !e.observable, !fails(i) else {
            return false
        }
        let live = liveness.liveAfter[i]
        return !live.all && !e.writes.contains { live.cells.contains($0) }
    }

    /// Nothing in the loop may fail or be observed.
    mutating func loopIsQuiet(_ b: Int) -> Bool {
        let e = facts.partner[b]
        return (b...e).allSatisfy { !fails($0) && !facts.effects[$0].observable && !facts.effects[$0].writesAll }
    }

    mutating func loopIsRemovable(_ b: Int) -> Bool {
        guard loopIsQuiet(b) else { return false }
        let e = facts.partner[b]
        let body = facts.body(b)
        // never accepts an iteration: the one pass is rolled back
        if !facts.regionMode {
            switch code[b].target {
            case .constant: return true
            case .direct(let n):
                let c = n.intValue!
                if ranges.before[b]?[c].atMost(0) == true { return true }
                if !body.contains(where: { facts.effects[$0].writes.contains(c) }) { return true }
            case .indirect: break
            }
        }
        // or changes nothing that is used afterwards
        let after = liveness.liveAfter[e]
        if after.all { return false }
        return !body.contains { facts.effects[$0].writes.contains { after.cells.contains($0) } }
    }

    /// `mov`s that set the cells a constant loop leaves changed and that are used later.
    mutating func constantLoopResult(_ b: Int) -> [Instruction]? {
        guard let exit = ranges.constantExits[b], let entry = ranges.before[b], loopIsQuiet(b) else { return nil }
        let e = facts.partner[b]
        let after = liveness.liveAfter[e]
        guard !after.all else { return nil }
        var written = Set<Int>()
        for k in facts.body(b) { written.formUnion(facts.effects[k].writes) }
        var movs: [Instruction] = []
        for c in written.sorted() where after.cells.contains(c) {
            guard let v = exit[c].constant?.intValue else { return nil }
            if entry[c].constant != Number(v) { movs.append(Instruction(.mov, .cell(c), .value(v))) }
        }
        return movs
    }

    // MARK: - Cells

    /// Two cells joined by a `mov` whose values are never needed at the same time become
    /// one (the `mov` then moves a cell to itself and goes as a no-op).
    mutating func coalesceCells() -> [Instruction]? {
        guard facts.renamable, !facts.effects.contains(where: { $0.readsAll || $0.writesAll }) else { return nil }
        struct Pair: Hashable {
            let a: Int, b: Int
            init(_ x: Int, _ y: Int) { (a, b) = x < y ? (x, y) : (y, x) }
        }
        var interfering = Set<Pair>()
        for i in code.indices {
            let live = liveness.liveAfter[i]
            for w in facts.effects[i].writes {
                for c in live.cells where c != w {
                    // after `mov $w,$c` the two hold the same value
                    if code[i].opcode == .mov && code[i].source == .cell(c) { continue }
                    interfering.insert(Pair(w, c))
                }
            }
        }
        // on entry $0 holds the input and every other cell 0
        for c in liveness.liveAtEntry.cells where c != 0 { interfering.insert(Pair(0, c)) }
        let pinned = pinnedCells()
        for ins in code where ins.opcode == .mov {
            guard case .direct(let an) = ins.target, case .direct(let bn) = ins.source else { continue }
            let a = an.intValue!, b = bn.intValue!
            guard a != b, !interfering.contains(Pair(a, b)) else { continue }
            // the lower number stays, unless the higher one is named in an error message
            var (keep, drop) = (min(a, b), max(a, b))
            if pinned.contains(drop) { (keep, drop) = (drop, keep) }
            if pinned.contains(drop) { continue }
            return code.map { OptimizerPass.renamed($0) { $0 == drop ? keep : $0 } }
        }
        return nil
    }

    /// Cells renumbered `$1`, `$2`, ... in order of first use (`$0`, and cells named in
    /// error messages, stay; the others take the lowest free numbers).
    mutating func renumberCells() -> [Instruction]? {
        guard facts.renamable else { return nil }
        let pinned = pinnedCells()
        var map: [Int: Int] = [:]
        for c in pinned { map[c] = c }
        var next = 1
        for ins in code {
            for operand in [ins.target, ins.source] {
                guard case .direct(let n) = operand, map[n.intValue!] == nil else { continue }
                while pinned.contains(next) { next += 1 }
                map[n.intValue!] = next
                next += 1
            }
        }
        guard map.contains(where: { $0.key != $0.value }) else { return nil }
        return code.map { OptimizerPass.renamed($0) { map[$0]! } }
    }
}
