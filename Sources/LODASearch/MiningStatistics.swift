/// Counters of a mining run (summed over workers).
public struct MiningStatistics: Sendable {
    public var candidates = 0
    public var duplicates = 0
    public var screenedOut = 0
    /// Candidates dropped after their first terms by the prefix filter (no cell could hit).
    public var prefixRejected = 0
    public var lookups = 0
    public var hits = 0
    public var verified = 0
    /// Rejections by the prediction from the candidate's terms / by the first terms of the
    /// extended program / by the full check.
    public var rejectedPredicted = 0
    public var rejectedEarly = 0
    public var rejectedLate = 0
    /// Programs that passed the known terms and failed the b-file's further terms (or
    /// failed to evaluate the terms right after the known ones: see `MiningSession.lookahead`).
    public var rejectedBeyond = 0
    /// Programs whose known terms cannot pin the sequence down (see `Underdetermined`).
    public var rejectedUnderdetermined = 0
    /// Finds taken back because another program agreed on the known terms and differed after.
    public var withdrawn = 0
    /// Candidates checked only to compare with a stored program (`MiningProfile.ambiguityProbes`).
    public var probes = 0
    /// Targets left out because their known terms are mechanical (`MiningProfile.skipMechanical`).
    public var mechanicalSkipped = 0
    public var rejected: Int { rejectedPredicted + rejectedEarly + rejectedLate + rejectedBeyond + rejectedUnderdetermined }
    /// Cells not looked up again (their first terms found nothing before), cells whose hits
    /// were all settled before, and (cell, target) pairs not checked again after repeated
    /// rejections: see `CellMemory`.
    public var quietCells = 0
    public var settledCells = 0
    public var memoRejected = 0
    public var barrenCells = 0
    /// Candidates whose code this worker had already generated.
    public var repeatedPrograms = 0
    /// Duplicates recognised by their first terms (see `WorkerMemory.prefixes`), and (when
    /// audited) how many of them had new screened terms after all.
    public var earlyDuplicates = 0
    public var wrongEarlyDuplicates = 0
    /// Nanoseconds in full checks and in storing finds (minimizing and writing).
    public var checkNanos: UInt64 = 0
    public var storeNanos: UInt64 = 0
    /// Of `storeNanos`, the minimizer's share.
    public var minimizeNanos: UInt64 = 0
    public var finds = 0
    public var improvements = 0
    /// Nanoseconds spent generating, evaluating (screening), matching and verifying.
    public var generateNanos: UInt64 = 0
    public var evaluateNanos: UInt64 = 0
    public var matchNanos: UInt64 = 0
    public var verifyNanos: UInt64 = 0
    /// The longest time one candidate held a worker.
    public var slowestCandidateNanos: UInt64 = 0

    mutating func add(_ o: MiningStatistics) {
        candidates += o.candidates; duplicates += o.duplicates; screenedOut += o.screenedOut; prefixRejected += o.prefixRejected
        lookups += o.lookups; hits += o.hits; verified += o.verified
        rejectedPredicted += o.rejectedPredicted; rejectedEarly += o.rejectedEarly; rejectedLate += o.rejectedLate; rejectedBeyond += o.rejectedBeyond
        rejectedUnderdetermined += o.rejectedUnderdetermined; withdrawn += o.withdrawn; probes += o.probes; mechanicalSkipped = max(mechanicalSkipped, o.mechanicalSkipped)
        quietCells += o.quietCells; settledCells += o.settledCells; memoRejected += o.memoRejected; barrenCells += o.barrenCells; repeatedPrograms += o.repeatedPrograms
        earlyDuplicates += o.earlyDuplicates; wrongEarlyDuplicates += o.wrongEarlyDuplicates
        checkNanos += o.checkNanos; storeNanos += o.storeNanos; minimizeNanos += o.minimizeNanos
        finds += o.finds; improvements += o.improvements
        generateNanos += o.generateNanos; evaluateNanos += o.evaluateNanos
        matchNanos += o.matchNanos; verifyNanos += o.verifyNanos
        slowestCandidateNanos = max(slowestCandidateNanos, o.slowestCandidateNanos)
    }
}
