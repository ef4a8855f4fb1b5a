import LODASequences

/// How long found programs are next to the published LODA programs for the same sequences.
public struct LengthReport: Sendable {
    /// Programs compared (those whose sequence the table has).
    public var compared = 0
    /// Programs found in all.
    public var programs = 0
    public var ourInstructions = 0
    public var publishedInstructions = 0
    /// Programs no longer than the published one.
    public var noLonger = 0

    /// Compares `lengths` (instructions per sequence) with `published`.
    public init(_ lengths: [SequenceID: Int], published: [SequenceID: Int]) {
        programs = lengths.count
        for (id, n) in lengths {
            guard let p = published[id] else { continue }
            compared += 1
            ourInstructions += n
            publishedInstructions += p
            if n <= p { noLonger += 1 }
        }
    }

    /// The final lengths of a run's finds (the last program stored for each sequence).
    public init(_ finds: [Find], published: [SequenceID: Int]) {
        var last: [SequenceID: Int] = [:]
        for f in finds { last[f.sequence.id] = f.program.code.count }
        self.init(last, published: published)
    }

    public var meanLength: Double { compared == 0 ? 0 : Double(ourInstructions) / Double(compared) }
    public var meanPublished: Double { compared == 0 ? 0 : Double(publishedInstructions) / Double(compared) }
    public var ratio: Double { publishedInstructions == 0 ? 0 : Double(ourInstructions) / Double(publishedInstructions) }
    public var noLongerShare: Double { compared == 0 ? 0 : Double(noLonger) / Double(compared) }

    /// One line: `lengths: 6.8 instructions on average against 7.0 published (0.97x) for 25,717
    /// programs; 64.6% no longer than the published one`.
    public var summary: String {
        guard compared > 0 else { return "lengths: no program with a published length to compare" }
        func f(_ x: Double, _ d: Int) -> String {
            var s = String(Int(x * pow10(d) + 0.5))
            while s.count <= d { s = "0" + s }
            return d == 0 ? s : String(s.dropLast(d)) + "." + String(s.suffix(d))
        }
        return "lengths: \(f(meanLength, 2)) instructions on average against \(f(meanPublished, 2)) published (\(f(ratio, 3))x) "
            + "for \(compared) programs; \(f(100 * noLongerShare, 1))% no longer than the published one"
    }

    private func pow10(_ d: Int) -> Double { d == 0 ? 1 : 10 * pow10(d - 1) }
}
