import LODANumber

/// Building programs from programs: what the matchers need to turn a program for
/// one sequence into a program for a transform of it.
extension Program {
    /// The highest cell the code can touch, or nil when that is not known statically
    /// (indirect operands, `prg`, region operations with a register length).
    public var highestCell: Int? {
        Program.highestCell(
            instructions.lazy.filter { !$0.isCommentLine }.map {
                ($0.opcode, $0.target.mode, $0.target.number.intValue, $0.source.mode, $0.source.number.intValue)
            })
    }

    /// The highest cell touched by instructions given as (opcode, target mode, target,
    /// source mode, source), numbers nil when beyond `Int`.
    static func highestCell(_ code: some Sequence<(Opcode, OperandMode, Int?, OperandMode, Int?)>) -> Int? {
        var highest = 0
        for (op, tm, t, sm, s) in code {
            if tm != .constant {
                guard tm == .direct, let t else { return nil }
                highest = Swift.max(highest, t)
            }
            if sm != .constant {
                guard sm == .direct, let s else { return nil }
                highest = Swift.max(highest, s)
            }
            switch op {
            case .prg: return nil
            case .clr, .fil, .rol, .ror:
                guard tm == .direct, let start = t, sm == .constant, let len = s else { return nil }
                highest = Swift.max(highest, len > 0 ? start + len - 1 : start)
            case .lpb where !(sm == .constant && s == 1):
                guard tm == .direct, let start = t, sm == .constant, let len = s else { return nil }
                highest = Swift.max(highest, start + Swift.max(len, 1) - 1)
            default: break
            }
        }
        return highest
    }

    /// The same program with instructions added after the code.
    public func appending(_ extra: [Instruction]) -> Program {
        var p = self
        p.instructions += extra
        return p
    }

    /// The same program with instructions added before the code (after the header).
    public func prepending(_ extra: [Instruction]) -> Program {
        var p = self
        let header = p.instructions.prefix { $0.isCommentLine }.count
        p.instructions.insert(contentsOf: extra, at: header)
        return p
    }

    /// `add $0,k` or `sub $0,-k` (nothing for k = 0): shifts the input index.
    public static func shiftInput(_ k: Int) -> [Instruction] {
        if k == 0 { return [] }
        return k > 0 || k == .min ? [Instruction(.add, .cell(0), .value(k))] : [Instruction(.sub, .cell(0), .value(-k))]
    }

    /// Runs `body` (a program computing f(j) from `$0 = j` on fresh memory) for every
    /// j in the loop and combines the results; nil when `body`'s cells are not known.
    ///
    /// - `partialSums`: F(n) = f(0) + ... + f(n)
    /// - `differences`: F(n) = f(n) - f(n-1), with f(-1) = 0
    /// - `binomialTransform`: F(n) = sum over k of C(n,k) f(k)
    public enum Wrapper: Sendable { case partialSums, differences, binomialTransform }

    public func wrapped(_ wrapper: Wrapper) -> Program? {
        guard let m = highestCell else { return nil }
        let body = code
        let n = m + 1, k = m + 2, acc = m + 3, t = m + 4
        func runBody(index: Operand) -> [Instruction] {
            // fresh cells for the body, its input, and a guard: the final rolled-back pass
            // of a loop still runs, with index -1, so clamp it to 0
            [
                Instruction(.clr, .cell(0), .value(m + 1)), Instruction(.mov, .cell(0), index),
                Instruction(.max, .cell(0), .value(0))
            ] + body
        }
        var out: [Instruction] = [Instruction(.mov, .cell(n), .cell(0))]
        switch wrapper {
        case .partialSums, .binomialTransform:
            out += [
                Instruction(.mov, .cell(k), .cell(n)), Instruction(.add, .cell(k), .value(1)),
                Instruction(.lpb, .cell(k), .value(1)), Instruction(.sub, .cell(k), .value(1))
            ]
            out += runBody(index: .cell(k))
            if wrapper == .binomialTransform {
                out += [
                    Instruction(.mov, .cell(t), .cell(n)), Instruction(.bin, .cell(t), .cell(k)),
                    Instruction(.mul, .cell(0), .cell(t))
                ]
            }
            out += [Instruction(.add, .cell(acc), .cell(0)), Instruction(.lpe), Instruction(.mov, .cell(0), .cell(acc))]
        case .differences:
            out += runBody(index: .cell(n))
            out += [
                Instruction(.mov, .cell(acc), .cell(0)), Instruction(.mov, .cell(k), .cell(n)),
                Instruction(.lpb, .cell(k), .value(1)), Instruction(.mov, .cell(t), .cell(n)),
                Instruction(.sub, .cell(t), .value(1))
            ]
            out += runBody(index: .cell(t))
            out += [
                Instruction(.sub, .cell(acc), .cell(0)), Instruction(.mov, .cell(k), .value(0)),
                Instruction(.lpe), Instruction(.mov, .cell(0), .cell(acc))
            ]
        }
        var p = self
        p.instructions = instructions.prefix { $0.isCommentLine } + out
        return p
    }
}
