import LODANumber

/// Why a program cannot be folded or unfolded: one sentence.
public struct FoldError: Error, CustomStringConvertible, Equatable {
    public let description: String
    public init(_ description: String) { self.description = description }
}

extension Program {
    var usesIndirectOperands: Bool {
        code.contains { ins in
            if case .indirect = ins.target { return true }
            if case .indirect = ins.source { return true }
            return false
        }
    }

    /// The first `seq` call's position and the sequence it calls.
    public var firstSequenceCall: (index: Int, id: Int)? {
        for (i, ins) in instructions.enumerated() where ins.opcode == .seq {
            if case .constant(let v) = ins.source, let id = v.intValue { return (i, id) }
        }
        return nil
    }

    /// The program with its first `seq $t,ID` replaced by `callee` (the program of ID): the
    /// callee's cells move above every cell the program names, its argument is copied in and
    /// its result copied back, and inside a loop its cells are cleared first (a called program
    /// starts on fresh memory). Terms are the same wherever the call succeeds; a call below
    /// the callee's offset, an error in the original, is not one after inlining.
    public func unfoldingFirstCall(_ callee: Program) throws(FoldError) -> Program {
        guard let (index, _) = firstSequenceCall else { throw FoldError("the program has no seq call") }
        guard case .direct(let t) = instructions[index].target, t.intValue != nil else {
            throw FoldError("the seq call has an indirect target")
        }
        if callee.usesIndirectOperands { throw FoldError("the called program uses indirect operands, whose cells cannot be moved") }
        if callee.code.contains(where: { $0.opcode == .prg }) { throw FoldError("the called program uses prg") }
        if callee.code.contains(where: { $0.opcode == .lpb && $0.source != .value(1) && $0.source != .value(0) }) {
            throw FoldError("the called program has region loops (lpb with a length)")
        }
        guard let highest = highestCell else { throw FoldError("the program reaches cells it does not name (indirect operands or region lengths in cells)") }
        guard let calleeCells = callee.highestCell else { throw FoldError("the called program reaches cells it does not name") }
        let base = highest + 1
        guard base + calleeCells <= 2000 else { throw FoldError("the inlined cells would pass the memory limit of 2000") }
        let insideLoop =
            instructions[..<index].reduce(0) { depth, ins in
                depth + (ins.opcode == .lpb ? 1 : ins.opcode == .lpe ? -1 : 0)
            } > 0
        func moved(_ operand: Operand) -> Operand {
            if case .direct(let n) = operand, let i = n.intValue { return .cell(base + i) }
            return operand
        }
        var inlined: [Instruction] = [Instruction(.mov, .cell(base), instructions[index].target)]
        if insideLoop && calleeCells > 0 { inlined.append(Instruction(.clr, .cell(base + 1), .value(calleeCells))) }
        for ins in callee.code where !ins.isCommentLine {
            var copy = ins
            copy.comment = nil
            copy.location = nil
            if ins.opcode == .lpb || ins.opcode.kind == .arithmetic || ins.opcode.kind == .seq || ins.opcode.kind == .region {
                copy.target = moved(ins.target)
                if ins.opcode != .lpb && ins.opcode != .seq && ins.opcode.kind != .region { copy.source = moved(ins.source) }
            }
            inlined.append(copy)
        }
        inlined.append(Instruction(.mov, instructions[index].target, .cell(base)))
        var result = self
        result.instructions.replaceSubrange(index...index, with: inlined)
        return result
    }

    /// The program with a block of code that computes `callee` replaced by `seq $k,id`: the
    /// block must be the callee's code with its cells renamed, its cell 0 becoming $k and its
    /// other cells ones the program uses nowhere else, outside any loop (so they hold 0 when
    /// the block starts, as a called program's cells do).
    public func folding(_ callee: Program, id: Int) throws(FoldError) -> Program {
        let pattern = callee.code.filter { !$0.isCommentLine && $0.opcode != .nop }
        guard !pattern.isEmpty else { throw FoldError("the called program has no code") }
        if callee.usesIndirectOperands { throw FoldError("the called program uses indirect operands") }
        let lines = instructions.indices.filter { !instructions[$0].isCommentLine }
        guard lines.count >= pattern.count else { throw FoldError("no code computing \(ProgramID(number: id)) found") }
        var depth = 0
        var depths: [Int] = []
        for i in lines {
            depths.append(depth)
            if instructions[i].opcode == .lpb { depth += 1 }
            if instructions[i].opcode == .lpe { depth -= 1 }
        }
        for start in 0...(lines.count - pattern.count) where depths[start] == 0 {
            let window = lines[start..<(start + pattern.count)].map { instructions[$0] }
            guard let mapping = Program.match(pattern, window) else { continue }
            guard let k = mapping[0] else { continue }
            let others = Set(mapping.filter { $0.key != 0 }.map(\.value))
            if others.contains(0) { continue }
            let outside = lines[..<start].map { instructions[$0] } + lines[(start + pattern.count)...].map { instructions[$0] }
            let usedOutside = outside.contains { ins in
                [ins.target, ins.source].contains { operand in
                    if case .direct(let n) = operand, let i = n.intValue { return others.contains(i) }
                    return false
                } || (ins.opcode.kind == .region)
            }
            if usedOutside { continue }
            var result = self
            let first = lines[start], last = lines[start + pattern.count - 1]
            result.instructions.replaceSubrange(first...last, with: [Instruction(.seq, .cell(k), .value(id))])
            return result
        }
        throw FoldError("no code computing \(ProgramID(number: id)) found (it must match the called program with renamed cells, outside loops)")
    }

    /// A cell renaming that turns `pattern` into `window`, or nil.
    static func match(_ pattern: [Instruction], _ window: [Instruction]) -> [Int: Int]? {
        var forward: [Int: Int] = [:], backward: [Int: Int] = [:]
        func pair(_ a: Operand, _ b: Operand) -> Bool {
            switch (a, b) {
            case (.constant(let x), .constant(let y)): return x == y
            case (.direct(let x), .direct(let y)):
                guard let i = x.intValue, let j = y.intValue else { return false }
                if let known = forward[i] { return known == j }
                if let known = backward[j] { return known == i }
                forward[i] = j
                backward[j] = i
                return true
            default: return false
            }
        }
        for (p, w) in zip(pattern, window) {
            guard p.opcode == w.opcode else { return nil }
            if p.opcode.kind == .region { return nil }
            if p.opcode == .lpe || p.opcode == .nop { continue }
            guard pair(p.target, w.target) else { return nil }
            if p.opcode == .seq || p.opcode == .lpb {
                guard p.source == w.source else { return nil }
            } else if !pair(p.source, w.source) {
                return nil
            }
        }
        return forward
    }
}
