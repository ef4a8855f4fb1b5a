import LODACore
import LODANumber

/// A program written as a formula: `a(n) = main`, with the recurrences `main` uses.
public struct Formula: Hashable, Sendable {
    public var main: FormulaExpression
    public var groups: [RecurrenceGroup]
    /// The program's offset (the first n).
    public var offset: Int

    /// The sequences the formula calls (`A000045`, ...).
    public var calledSequences: [String] {
        var names = Set<String>()
        main.collectCalls(into: &names)
        for g in groups {
            for e in g.steps + g.initial { e.collectCalls(into: &names) }
        }
        let recurrences = Set(groups.flatMap(\.names))
        return names.subtracting(recurrences).sorted()
    }

    /// The signs the renderer may rely on: n ≥ offset, and recurrence members that are
    /// non-negative by induction (non-negative start, steps non-negative when the
    /// previous values are).
    func signFacts() -> SignFacts {
        var facts = SignFacts(argumentNonNegative: offset >= 0)
        for g in groups {
            var assumed = Set(g.names.indices)
            while true {
                var inner = facts
                inner.nonNegativePrevious = assumed
                let holding = assumed.filter { j in inner.nonNegative(g.initial[j]) && inner.nonNegative(g.steps[j]) }
                if holding == assumed { break }
                assumed = holding
            }
            for j in assumed { facts.nonNegativeFunctions.insert(g.names[j]) }
        }
        return facts
    }

    /// The formula in the notation of published `; Formula:` headers, e.g.
    /// `a(n) = b(n), b(n) = b(n-1)+c(n-1), c(n) = b(n-1), b(0) = 0, c(0) = 1`.
    public var text: String { text(named: "a") }

    /// The formula with the function called `name` (an A-number for called sequences).
    public func text(named name: String) -> String {
        let facts = signFacts()
        var main = ExpressionRenderer(facts: facts, previous: { _ in "?" })
        var parts = ["\(name)(n) = \(main.render(self.main))"]
        for g in groups {
            var stepFacts = facts
            stepFacts.nonNegativePrevious = Set(g.names.indices.filter { facts.nonNegativeFunctions.contains(g.names[$0]) })
            var renderer = ExpressionRenderer(facts: stepFacts, previous: { "\(g.names[$0])(n-1)" })
            for (name, step) in zip(g.names, g.steps) { parts.append("\(name)(n) = \(renderer.render(step))") }
            for (name, start) in zip(g.names, g.initial) { parts.append("\(name)(0) = \(renderer.render(start))") }
        }
        return parts.joined(separator: ", ")
    }
}

extension Formula {
    /// Every program the formula calls, directly or through other called programs, with its
    /// A-number, in the order first met.
    public static func dependencies(of formula: Formula, load: (String) -> Program?) throws(ConversionError) -> [(String, Program)] {
        var result: [(String, Program)] = []
        var seen = Set<String>()
        var pending = formula.calledSequences
        while !pending.isEmpty {
            let id = pending.removeFirst()
            if !seen.insert(id).inserted { continue }
            guard let program = load(id) else { throw ConversionError("\(id) is called but its program is not found") }
            let callee: Formula
            do { callee = try Formula(program) } catch { throw ConversionError("the called sequence \(id) has no formula: \(error.description)") }
            result.append((id, program))
            pending += callee.calledSequences
        }
        return result
    }
}
