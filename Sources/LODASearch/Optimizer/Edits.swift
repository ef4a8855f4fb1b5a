import LODACore
import LODANumber

/// Changes to instructions by index, made together: a removal, or a replacement by other
/// instructions (none, one, or several `mov`s for a loop). The first claim on an index wins.
struct Edits {
    private(set) var replacements: [Int: [Instruction]] = [:]
    var isEmpty: Bool { replacements.isEmpty }

    /// Claims `indices` (all free) and puts `new` in place of the first.
    mutating func replace(_ indices: ClosedRange<Int>, with new: [Instruction]) {
        guard indices.allSatisfy({ replacements[$0] == nil }) else { return }
        for i in indices { replacements[i] = [] }
        replacements[indices.lowerBound] = new
    }

    mutating func remove(_ i: Int) { replace(i...i, with: []) }
    mutating func replace(_ i: Int, with new: Instruction) { replace(i...i, with: [new]) }
    func claimed(_ i: Int) -> Bool { replacements[i] != nil }

    func applied(to code: [Instruction]) -> [Instruction] {
        var out: [Instruction] = []
        out.reserveCapacity(code.count)
        for (i, ins) in code.enumerated() {
            if let r = replacements[i] { out += r } else { out.append(ins) }
        }
        return out
    }
}
