/// Backward analysis: the cells whose values are used after every instruction.
///
/// `$0` is used at the end. A loop ends in the state at the head of its rejected
/// iteration, so what is used after the loop is live at the head of every iteration; the
/// counter is read at the head (`lpb`) and at the end of each iteration (`lpe`).
public struct Liveness: Sendable {
    public let facts: CodeFacts
    public private(set) var liveAfter: [CellSet]
    /// Cells whose initial value is used (the input `$0`, or 0 for every other cell).
    public private(set) var liveAtEntry = CellSet()

    public init(_ facts: CodeFacts, liveAtEnd: CellSet = CellSet([0])) {
        self.facts = facts
        liveAfter = Array(repeating: CellSet(), count: facts.code.count)
        liveAtEntry = backward(0..<facts.code.count, liveAtEnd)
    }

    /// The cells live before `range`, given those live after it.
    public mutating func backward(_ range: Range<Int>, _ out: CellSet) -> CellSet {
        var live = out
        var i = range.upperBound - 1
        while i >= range.lowerBound {
            let effect = facts.effects[i]
            if facts.code[i].opcode == .lpe {
                let b = facts.partner[i]
                let afterLoop = live
                liveAfter[i] = afterLoop
                var head = afterLoop
                head.apply(facts.effects[b])
                while true {
                    var end = head
                    end.apply(effect)
                    let bodyIn = backward((b + 1)..<i, end)
                    let next = head.union(bodyIn)
                    if next == head { break }
                    head = next
                }
                liveAfter[b] = head
                live = head
                live.apply(facts.effects[b])
                i = b - 1
                continue
            }
            liveAfter[i] = live
            live.apply(effect)
            i -= 1
        }
        return live
    }
}
