import LODACore
import LODAEvaluator
import LODANumber
import LODASequences

/// What the miner checks after a candidate passed a sequence's known terms: the b-file's
/// further terms, the optional lookahead and underdetermined rules, and whether a shorter
/// program contradicts the one stored (see README, b-files).
extension MiningSession {
    /// The verdict of the checks beyond the known terms.
    enum Beyond {
        /// Go on; `goal` holds the terms to minimize against (the b-file's when there is one),
        /// `verified` the check against them.
        case pass(goal: IntegerSequence, verified: CheckResult)
        /// Refused: failed the b-file (`mismatch`: by a wrong term) or the lookahead.
        case refused(mismatch: Bool)
        case underdetermined
    }

    /// Whether any check beyond the known terms is on (decided by the session's settings).
    var checksBeyond: Bool { bfiles != nil || profile.lookahead > 0 || profile.refuseUnderdetermined == true }

    /// Runs `body` on `e` under the candidate's deadline, counting its time as check time.
    func timed<T>(_ e: Evaluator, until deadline: UInt64, _ local: inout MiningStatistics, _ body: () -> T) -> T {
        e.context.overallDeadline = deadline
        let c0 = clock()
        let out = body()
        e.context.overallDeadline = 0
        local.checkNanos += clock() - c0
        return out
    }

    /// The checks beyond `sequence`'s known terms for a candidate (`e` evaluates `program`)
    /// that passed them with `result`.
    func beyondKnownTerms(
        _ e: Evaluator, _ program: Program, _ sequence: IntegerSequence, _ result: CheckResult,
        until deadline: UInt64, _ local: inout MiningStatistics
    ) -> Beyond {
        if let bfiles, let long = bfiles.extendedTerms(for: sequence) {
            let beyond = timed(e, until: deadline, &local) { e.check(against: long) }
            if beyond.status == .error { return .refused(mismatch: beyond.firstMismatch != nil) }
            var goal = sequence
            goal.terms = long
            return .pass(goal: goal, verified: beyond)
        }
        if profile.lookahead > 0 {
            // the terms right after the known ones must be computable within the limits
            let ahead = timed(e, until: deadline, &local) {
                e.evaluate(count: profile.lookahead, from: sequence.offset + sequence.terms.count)
            }
            if let error = ahead.error, error != .timeout || clock() < deadline { return .refused(mismatch: false) }
        }
        if profile.refuseUnderdetermined == true {
            let mechanical = timed(e, until: deadline, &local) {
                Underdetermined.isMechanical(e, program: program, offset: sequence.offset, known: sequence.terms.count)
            }
            if mechanical { return .underdetermined }
        }
        return .pass(goal: sequence, verified: result)
    }

    /// The terms after `sequence`'s known ones that tell two programs for it apart
    /// (`MiningProfile.ambiguityTerms` of them, fewer when an error or a limit stops the program).
    func extensionTerms(_ e: Evaluator, _ sequence: IntegerSequence) -> [Number] {
        e.evaluate(count: profile.ambiguityWindow, from: sequence.offset + sequence.terms.count).values
    }

    /// For a shorter candidate for a sequence this run stored: true when the sequence is
    /// ambiguous (marked before, or this candidate differs from the stored program right after
    /// the known terms; the stored find is then withdrawn).
    func contradictsStored(
        _ e: Evaluator, _ sequence: IntegerSequence, position: Int, until deadline: UInt64,
        _ local: inout MiningStatistics
    ) -> Bool {
        let (stored, ambiguous) = shared.withLock { s in (s.extensions[position], s.ambiguous.contains(position)) }
        if ambiguous { return true }
        guard let stored else { return false }
        let mine = timed(e, until: deadline, &local) { extensionTerms(e, sequence) }
        guard zip(mine, stored).contains(where: { $0 != $1 }) else { return false }
        if shared.withLock({ s in s.ambiguous.insert(position).inserted }), sink.withdraw(sequence) { local.withdrawn += 1 }
        return true
    }

    /// Remembers the terms after the known ones of the program just stored for `position`.
    func noteStored(_ program: Program, _ sequence: IntegerSequence, position: Int, context: EvaluationContext, until deadline: UInt64) {
        guard let e = try? Evaluator(program, context: context) else { return }
        e.context.overallDeadline = deadline
        let terms = extensionTerms(e, sequence)
        e.context.overallDeadline = 0
        shared.withLock { s in s.extensions[position] = terms }
    }
}
