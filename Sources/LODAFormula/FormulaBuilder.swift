import LODACore
import LODANumber

extension Formula {
    /// The formula of `program`, built by running its code symbolically: straight-line code
    /// becomes a closed form; a top-level counter loop whose body does not read the counter
    /// becomes simultaneous recurrences; one whose body only adds terms of the counter to
    /// cells becomes sums. Anything else (nested loops, indirect operands, region loops,
    /// `prg`) is refused with the reason.
    public init(_ program: Program) throws(ConversionError) {
        var builder = FormulaBuilder(offset: program.offset)
        try builder.run(program.code)
        self = try builder.finish()
    }
}

struct FormulaBuilder {
    let offset: Int
    var cells: [Int: FormulaExpression] = [0: .argument]
    /// Cells whose value after a summing loop is not expressible; reading them refuses.
    var poisoned: Set<Int> = []
    var groups: [RecurrenceGroup] = []
    var loopsSeen = 0

    init(offset: Int) { self.offset = offset }

    static let maximumSize = 400

    func value(_ cell: Int) throws(ConversionError) -> FormulaExpression {
        if poisoned.contains(cell) { throw ConversionError("a cell set inside a summing loop is read after it") }
        return cells[cell] ?? .int(0)
    }

    static func directCell(_ operand: Operand) throws(ConversionError) -> Int {
        switch operand {
        case .direct(let n):
            guard let i = n.intValue, i >= 0, i <= 2000 else { throw ConversionError("cell $\(n) is outside the memory") }
            return i
        case .indirect: throw ConversionError("indirect operands ($$) have no formula")
        case .constant: throw ConversionError("a constant where a cell is expected")
        }
    }

    func operandValue(_ operand: Operand) throws(ConversionError) -> FormulaExpression {
        switch operand {
        case .constant(let v): return .constant(v)
        default: return try value(FormulaBuilder.directCell(operand))
        }
    }

    mutating func set(_ cell: Int, _ e: FormulaExpression) throws(ConversionError) {
        guard e.size <= FormulaBuilder.maximumSize else { throw ConversionError("the formula grows too long to read") }
        cells[cell] = e
        poisoned.remove(cell)
    }

    /// One straight-line instruction.
    mutating func step(_ ins: Instruction) throws(ConversionError) {
        switch ins.opcode.kind {
        case .nop, .debug: return
        case .arithmetic:
            let t = try FormulaBuilder.directCell(ins.target)
            let b = try operandValue(ins.source)
            if ins.opcode == .mov { try set(t, b); return }
            try set(t, FormulaExpression.apply(ins.opcode.arithmetic!, try value(t), b))
        case .seq:
            let t = try FormulaBuilder.directCell(ins.target)
            guard case .constant(let id) = ins.source, let number = id.intValue, number >= 0, number <= 999_999 else {
                throw ConversionError("seq needs a constant A-number")
            }
            try set(t, .call(FormulaBuilder.sequenceName(number), try value(t)))
        case .region:
            // Every cell takes its source's value as it was before the operation.
            let moves = try FormulaBuilder.region(ins)
            let values = try moves.map { m throws(ConversionError) in try m.from.map { c throws(ConversionError) in try value(c) } ?? .int(0) }
            for (m, v) in zip(moves, values) { try set(m.cell, v) }
        case .prg: throw ConversionError("prg calls have no formula")
        case .loopBegin, .loopEnd: throw ConversionError("unexpected loop instruction")
        }
    }

    static func sequenceName(_ number: Int) -> String {
        let digits = String(number)
        return "A" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    mutating func run(_ code: [Instruction]) throws(ConversionError) {
        var i = 0
        while i < code.count {
            let ins = code[i]
            if ins.opcode == .lpe { throw ConversionError("unbalanced lpe") }
            guard ins.opcode == .lpb else {
                try step(ins)
                i += 1
                continue
            }
            var depth = 1, j = i + 1
            while j < code.count {
                if code[j].opcode == .lpb { depth += 1 }
                if code[j].opcode == .lpe {
                    depth -= 1
                    if depth == 0 { break }
                }
                j += 1
            }
            guard j < code.count else { throw ConversionError("unbalanced lpb") }
            try loop(ins, Array(code[(i + 1)..<j]))
            i = j + 1
        }
    }

    /// Cells an instruction writes (for the loop analysis).
    static func written(_ ins: Instruction) throws(ConversionError) -> [Int] {
        switch ins.opcode.kind {
        case .nop, .debug: return []
        case .arithmetic, .seq: return [try directCell(ins.target)]
        case .region: return try region(ins).map(\.cell)
        default: throw ConversionError("\(ins.opcode.name) has no formula")
        }
    }

    /// The cells a region operation (direct start, constant length) writes, each with the
    /// cell whose old value it takes (nil: 0): `clr` visits only existing cells, `fil` copies
    /// the start, `rol`/`ror` rotate; `fil`, `rol` and `ror` reaching a negative cell fail.
    static func region(_ ins: Instruction) throws(ConversionError) -> [(cell: Int, from: Int?)] {
        let start = try directCell(ins.target)
        guard case .constant(let l) = ins.source, let length = l.intValue, abs(length) <= 2000 else {
            throw ConversionError("\(ins.opcode.name) needs a constant length")
        }
        if length == 0 { return [] }
        let first = length > 0 ? start : start + length + 1
        let last = length > 0 ? start + length - 1 : start
        if ins.opcode == .clr { return last < 0 ? [] : (max(first, 0)...last).map { ($0, nil) } }
        guard first >= 0 else { throw ConversionError("\(ins.opcode.name) reaches a negative cell") }
        let cells = Array(first...last)
        switch ins.opcode {
        case .fil: return cells.map { ($0, start) }
        case .rol: return cells.indices.map { (cells[$0], cells[($0 + 1) % cells.count]) }
        default: return cells.indices.map { (cells[$0], cells[($0 + cells.count - 1) % cells.count]) }
        }
    }

    static func reads(_ ins: Instruction, _ cell: Int) -> Bool {
        if case .direct(let n) = ins.source, n.intValue == cell, ins.opcode.kind == .arithmetic || ins.opcode.kind == .seq { return true }
        if ins.opcode.info.readsTarget, case .direct(let n) = ins.target, n.intValue == cell { return true }
        if ins.opcode.kind == .region, let cells = try? written(ins), cells.contains(cell) { return true }
        return false
    }

    mutating func loop(_ head: Instruction, _ body: [Instruction]) throws(ConversionError) {
        if head.source != .value(1) && head.source != .value(0) { throw ConversionError("region loops (lpb with a length) have no formula") }
        let counter = try FormulaBuilder.directCell(head.target)
        if body.contains(where: { $0.opcode == .lpb }) { throw ConversionError("nested loops have no formula") }
        var decrement: (index: Int, by: Int)?
        var written: [Int] = []
        var readsCounter = false
        for (i, ins) in body.enumerated() {
            let cells = try FormulaBuilder.written(ins)
            if cells.contains(counter) {
                guard decrement == nil, ins.opcode == .sub, case .constant(let k) = ins.source, let by = k.intValue, by >= 1 else {
                    throw ConversionError("the loop counter $\(counter) is changed other than by one subtraction of a constant")
                }
                decrement = (i, by)
                continue
            }
            if FormulaBuilder.reads(ins, counter) { readsCounter = true }
            for c in cells where !written.contains(c) { written.append(c) }
        }
        guard let decrement else { throw ConversionError("the loop counter $\(counter) is never lowered") }
        let start = try value(counter)
        let facts = Formula(main: .int(0), groups: groups, offset: offset).signFacts()
        let startNonNegative = facts.nonNegative(start)
        let k = FormulaExpression.int(decrement.by)
        var count = FormulaExpression.apply(.div, start, k)
        if !startNonNegative { count = .operation(.max, count, .int(0)) }
        let (savedCells, savedPoison) = (cells, poisoned)
        // Run the body once with every written cell standing for its previous value.
        for (j, c) in written.enumerated() {
            cells[c] = .previous(j)
            poisoned.remove(c)
        }
        cells[counter] = readsCounter ? .index : start
        for ins in body { try step(ins) }
        let steps = written.map { cells[$0]! }
        (cells, poisoned) = (savedCells, savedPoison)
        let initial = written.map { try? value($0) }
        if readsCounter {
            // Sums: every carried cell gains a term of the counter each iteration.
            let iterationValue: FormulaExpression
            let from: FormulaExpression, to: FormulaExpression
            if decrement.by == 1 && startNonNegative {
                (from, to, iterationValue) = (.int(1), start, .index)
            } else {
                (from, to) = (.int(0), FormulaExpression.apply(.sub, count, .int(1)))
                iterationValue = FormulaExpression.apply(.sub, start, FormulaExpression.apply(.mul, k, .index))
            }
            for (j, c) in written.enumerated() {
                if !steps[j].mentionsPrevious {
                    poisoned.insert(c)
                    continue
                }
                guard let term = FormulaBuilder.increment(steps[j], of: j) else {
                    throw ConversionError("a loop that reads its counter changes $\(c) other than by adding terms")
                }
                guard let before = initial[j] else { throw ConversionError("a cell set inside a summing loop is read after it") }
                try set(c, FormulaExpression.apply(.add, before, .sum(from: from, to: to, body: term.substitutingIndex(iterationValue))))
            }
        } else {
            var starts: [FormulaExpression] = []
            for e in initial {
                // A cell the body sets before reading it needs no start value.
                guard let e else { throw ConversionError("a cell set inside a summing loop is read after it") }
                starts.append(e)
            }
            guard !starts.contains(where: \.mentionsArgument), !steps.contains(where: \.mentionsArgument) else {
                throw ConversionError("the loop starts from values that depend on n")
            }
            loopsSeen += 1
            let names = written.indices.map { "#\(loopsSeen).\($0)" }
            groups.append(RecurrenceGroup(names: names, initial: starts, steps: steps))
            for (j, c) in written.enumerated() { try set(c, .call(names[j], count)) }
        }
        if decrement.by == 1 && startNonNegative {
            try set(counter, .int(0))
        } else {
            try set(counter, FormulaExpression.apply(.sub, start, FormulaExpression.apply(.mul, k, count)))
        }
    }

    /// `previous(j) ± t₁ ± t₂ …` as the total increment, or nil.
    static func increment(_ e: FormulaExpression, of j: Int) -> FormulaExpression? {
        if e == .previous(j) { return .int(0) }
        guard case .operation(let op, let left, let right) = e, op == .add || op == .sub, !right.mentionsPrevious,
            let rest = increment(left, of: j)
        else { return nil }
        return FormulaExpression.apply(op, rest, right)
    }

    /// The formula: recurrence members nobody uses are dropped, the rest named b, c, d, ...
    mutating func finish() throws(ConversionError) -> Formula {
        let main = try value(0)
        // Which members are used: from main, then through steps and initial values.
        var used = Set<String>()
        var pending: [FormulaExpression] = [main]
        let members = Dictionary(uniqueKeysWithValues: groups.flatMap { g in g.names.indices.map { (g.names[$0], (g, $0)) } })
        while let e = pending.popLast() {
            var names = Set<String>()
            e.collectCalls(into: &names)
            for name in names where !used.contains(name) {
                guard let (g, j) = members[name] else { continue }
                used.insert(name)
                pending.append(g.initial[j])
                pending.append(g.steps[j])
                for i in g.names.indices where FormulaBuilder.mentions(g.steps[j], previous: i) { pending.append(.call(g.names[i], .int(0))) }
            }
        }
        let letters = ["b", "c", "d", "e", "f", "g", "h", "j", "l", "m", "o", "p", "q", "r", "s", "t", "u", "w", "z"]
        var renamed: [String: String] = [:]
        var result: [RecurrenceGroup] = []
        for g in groups {
            let kept = g.names.indices.filter { used.contains(g.names[$0]) }
            if kept.isEmpty { continue }
            guard renamed.count + kept.count <= letters.count else { throw ConversionError("too many recurrences to name") }
            var position: [Int: Int] = [:]
            for (p, j) in kept.enumerated() {
                position[j] = p
                renamed[g.names[j]] = letters[renamed.count]
            }
            result.append(
                RecurrenceGroup(
                    names: kept.map { renamed[g.names[$0]]! },
                    initial: kept.map { g.initial[$0] },
                    steps: kept.map { g.steps[$0].renumberingPrevious(position) }))
        }
        for i in result.indices {
            result[i].steps = result[i].steps.map { $0.renamingCalls(renamed) }
            result[i].initial = result[i].initial.map { $0.renamingCalls(renamed) }
        }
        return Formula(main: main.renamingCalls(renamed), groups: result, offset: offset)
    }

    static func mentions(_ e: FormulaExpression, previous i: Int) -> Bool {
        switch e {
        case .previous(let j): return i == j
        case .argument, .constant, .index: return false
        case .operation(_, let a, let b): return mentions(a, previous: i) || mentions(b, previous: i)
        case .call(_, let a): return mentions(a, previous: i)
        case .sum(let f, let t, let b): return mentions(f, previous: i) || mentions(t, previous: i) || mentions(b, previous: i)
        }
    }
}

extension FormulaExpression {
    func renamingCalls(_ names: [String: String]) -> FormulaExpression {
        switch self {
        case .argument, .constant, .index, .previous: return self
        case .operation(let op, let a, let b): return .operation(op, a.renamingCalls(names), b.renamingCalls(names))
        case .call(let f, let a): return .call(names[f] ?? f, a.renamingCalls(names))
        case .sum(let f, let t, let b): return .sum(from: f.renamingCalls(names), to: t.renamingCalls(names), body: b.renamingCalls(names))
        }
    }

    func renumberingPrevious(_ positions: [Int: Int]) -> FormulaExpression {
        switch self {
        case .previous(let j): return .previous(positions[j]!)
        case .argument, .constant, .index: return self
        case .operation(let op, let a, let b): return .operation(op, a.renumberingPrevious(positions), b.renumberingPrevious(positions))
        case .call(let f, let a): return .call(f, a.renumberingPrevious(positions))
        case .sum(let f, let t, let b): return .sum(from: f.renumberingPrevious(positions), to: t.renumberingPrevious(positions), body: b.renumberingPrevious(positions))
        }
    }
}
