import LODANumber

/// The executable code of a program with what the optimizer's analyses need: loop
/// partners, effects, the loop mode, and the cells named directly.
public struct CodeFacts: Sendable {
    public let code: [Instruction]
    /// For `lpb` the index of its `lpe` and the other way round; -1 elsewhere.
    public let partner: [Int]
    public let effects: [InstructionEffect]
    /// Every loop of the program runs in region mode (some `lpb` has a length other than 1).
    public let regionMode: Bool
    /// Direct cells are below this.
    public let cellCount: Int
    /// No indirect operands, region operations, `prg` or region loops: cells may be renamed.
    public let renamable: Bool

    /// Region operations and region loops longer than this are treated as touching every cell.
    public static let regionLimit = 64

    /// nil when the program is not one the optimizer rewrites: unbalanced loops, cells beyond
    /// the memory limit or beyond `Int`, more open loops than the limit.
    public init?(_ code: [Instruction], maxMemory: Int = 2000) {
        self.code = code
        var partner = [Int](repeating: -1, count: code.count)
        var open: [Int] = []
        var highest = 0
        var regionMode = false
        var renamable = true
        var extent = 0
        for (i, ins) in code.enumerated() {
            // region operations and region loops reach beyond their start
            if ins.opcode.kind == .region || (ins.opcode == .lpb && ins.source != .value(1)),
                case .direct(let s) = ins.target, case .constant(let l) = ins.source, let start = s.intValue, let len = l.intValue,
                len.magnitude <= CodeFacts.regionLimit.magnitude
            {
                // (a start near Int.max would overflow: such a program is not analysed)
                let (end, overflow) = start.addingReportingOverflow(max(len, 1) - 1)
                guard !overflow else { return nil }
                extent = max(extent, end)
            }
            for operand in [ins.target, ins.source] where ins.opcode.info.maxOperands > 0 {
                switch operand {
                case .constant: break
                case .direct(let n), .indirect(let n):
                    guard let k = n.intValue, k >= 0, k <= maxMemory else { return nil }
                    highest = max(highest, k)
                    if case .indirect = operand { renamable = false }
                }
            }
            switch ins.opcode {
            case .lpb:
                open.append(i)
                if open.count > 100 { return nil }
                if ins.source != .value(1) { regionMode = true }
            case .lpe:
                guard let b = open.popLast() else { return nil }
                partner[b] = i
                partner[i] = b
            case .clr, .fil, .rol, .ror, .prg:
                renamable = false
            default: break
            }
        }
        guard open.isEmpty else { return nil }
        if regionMode { renamable = false }
        self.partner = partner
        self.regionMode = regionMode
        self.renamable = renamable
        cellCount = max(highest, extent) + 1
        var effects: [InstructionEffect] = []
        effects.reserveCapacity(code.count)
        for (i, ins) in code.enumerated() {
            let begin = ins.opcode == .lpe ? code[partner[i]] : ins
            effects.append(CodeFacts.effect(of: ins, loopBegin: begin, regionMode: regionMode))
        }
        self.effects = effects
    }

    /// The cells of a region: `len` cells from `start` (to the left when `len` is negative).
    public static func region(start: Int, length: Int) -> ClosedRange<Int>? {
        if length > 0 {
            let (end, overflow) = start.addingReportingOverflow(length - 1)
            return overflow ? nil : start...end
        }
        if length < 0 {
            let (first, overflow) = start.addingReportingOverflow(length + 1)
            return overflow ? nil : first...start
        }
        return nil
    }

    public static func effect(of ins: Instruction, loopBegin: Instruction, regionMode: Bool) -> InstructionEffect {
        var e = InstructionEffect()
        func read(_ o: Operand) {
            switch o {
            case .constant: break
            case .direct(let n): e.reads.append(n.intValue!)
            case .indirect(let n):
                e.reads.append(n.intValue!)
                e.readsAll = true
            }
        }
        /// Reads of a region given by an address operand and a length operand.
        func regionCells(_ start: Operand, _ length: Operand) -> [Int]? {
            guard case .direct(let s) = start, case .constant(let l) = length, let len = l.intValue,
                len.magnitude <= regionLimit.magnitude, let r = region(start: s.intValue!, length: len)
            else { return nil }
            return r.filter { $0 >= 0 }
        }
        switch ins.opcode.kind {
        case .nop: break
        case .debug:
            e.readsAll = true
            e.observable = true
        case .arithmetic:
            read(ins.source)
            switch ins.target {
            case .direct(let n):
                if ins.opcode.info.readsTarget { e.reads.append(n.intValue!) }
                e.writes.append(n.intValue!)
            case .indirect:
                read(ins.target)
                e.writesAll = true
            case .constant: break  // fails when it runs
            }
        case .loopBegin, .loopEnd:
            let counter = loopBegin.target, length = loopBegin.source
            if regionMode {
                read(length)
                if let cells = regionCells(counter, length) {
                    e.reads += cells
                } else {
                    read(counter)
                    e.readsAll = true
                }
            } else {
                read(counter)
            }
        case .region:
            read(ins.source)
            if let cells = regionCells(ins.target, ins.source) {
                if ins.opcode != .clr { e.reads += ins.opcode == .fil ? [ins.target.number.intValue!] : cells }
                e.writes += cells
            } else {
                read(ins.target)
                e.readsAll = ins.opcode != .clr
                e.writesAll = true
            }
        case .seq:
            read(ins.source)
            read(ins.target)
            if case .direct(let n) = ins.target { e.writes.append(n.intValue!) } else { e.writesAll = true }
            e.observable = true
        case .prg:
            e.readsAll = true
            e.writesAll = true
            e.observable = true
        }
        return e
    }

    /// The instruction indices of the loop body of the `lpb` at `begin`.
    public func body(_ begin: Int) -> Range<Int> { (begin + 1)..<partner[begin] }
}
