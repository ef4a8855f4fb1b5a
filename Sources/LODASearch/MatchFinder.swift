import LODACore
import LODAEvaluator
import LODANumber
import LODASequences

/// Turns candidate programs into verified programs for known sequences: evaluate the
/// first terms, look them up in the index, extend the program for every hit, and keep
/// the extensions that the check accepts (all known terms, the reference's rules).
public final class MatchFinder {
    public let index: SequenceIndex
    let resolver: ProgramResolver?
    let limits: EvaluationLimits

    public init(index: SequenceIndex, resolver: ProgramResolver? = nil, limits: EvaluationLimits = .standard) {
        self.index = index
        self.resolver = resolver
        self.limits = limits
    }

    /// The program for `sequence` obtained from `candidate` (whose term i is computed at
    /// n = candidate offset + i) through `match`; nil when the matcher cannot extend it.
    public func targetProgram(_ candidate: Program, _ match: SequenceMatch) -> Program? {
        let sequence = index.database.sequences[match.sequence]
        var body = Program(candidate.code)
        body = body.prepending(Program.shiftInput(candidate.offset))
        guard var p = index.matchers[match.matcher].extend(body, candidate: match.candidate, target: match.target) else {
            return nil
        }
        p = p.prepending(Program.shiftInput(-sequence.offset))
        p.offsetDirective = sequence.offset == 0 ? nil : sequence.offset
        return p
    }

    /// Verified programs for the sequences `candidate` matches, best first (simpler
    /// matchers first, then more verified terms).
    public func find(
        _ candidate: Program, terms: Int = SequenceIndex.storedLength, limit: Int = 20,
        matchers: [Int]? = nil
    ) -> [VerifiedMatch] {
        guard let evaluator = try? Evaluator(candidate, resolver: resolver, limits: limits) else { return [] }
        let run = evaluator.evaluate(count: terms)
        let values = run.terms.compactMap { $0.value.intValue }
        guard values.count == run.terms.count, values.count >= SequenceIndex.keyLength else { return [] }
        var hits: [SequenceMatch] = []
        index.lookup(values, matchers: matchers) {
            hits.append($0); return hits.count < 200
        }
        var seen = Set<Int>()
        var out: [(Int, VerifiedMatch)] = []
        for hit in hits where !seen.contains(hit.sequence) {
            guard out.count < limit, let program = targetProgram(candidate, hit) else { continue }
            let sequence = index.database.sequences[hit.sequence]
            if program.mayCall(ProgramID(number: sequence.id.number), resolver: resolver) { continue }
            guard let check = verify(program, sequence), check.status != .error else { continue }
            seen.insert(hit.sequence)
            let matcher = index.matchers[hit.matcher]
            out.append(
                (
                    hit.matcher,
                    VerifiedMatch(
                        sequence: sequence, matcher: matcher.name,
                        relation: matcher.describe(candidate: hit.candidate, target: hit.target),
                        program: program, check: check)
                ))
        }
        return out.sorted { ($0.0, -$0.1.check.matched, $0.1.sequence.id) < ($1.0, -$1.1.check.matched, $1.1.sequence.id) }.map(\.1)
    }

    /// The check verdict of `program` against all known terms of `sequence`.
    public func verify(_ program: Program, _ sequence: IntegerSequence) -> CheckResult? {
        guard let evaluator = try? Evaluator(program, resolver: resolver, limits: limits) else { return nil }
        return evaluator.check(against: sequence.terms)
    }
}
