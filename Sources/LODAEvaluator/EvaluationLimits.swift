import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Limits for one evaluation. Exceeding any of them is an error, never a hang.
public struct EvaluationLimits: Sendable, Hashable {
    /// Steps per term, callees included; negative means unlimited.
    public var maxSteps: Int
    /// Highest cell index an arithmetic write may use, and the cell-count limit;
    /// negative means unlimited.
    public var maxMemory: Int
    /// Wall-clock seconds per term (nil: none).
    public var timeoutPerTerm: Double?
    /// Open loops at once.
    public var maxLoopDepth: Int
    /// Screening mode: an operation on big numbers costs one step per 64-bit limb of its
    /// result on top of its own step, so big-number candidates cannot hide behind a flat count.
    public var bigNumberCost = false
    /// Whether `Evaluator` may use the incremental and virtual evaluators for whole-sequence
    /// evaluation (they give the plain interpreter's terms, errors and steps, only sooner).
    /// Never used in screening mode (`bigNumberCost`) or by compact evaluators.
    public var accelerated = true

    public init(maxSteps: Int = 100_000_000, maxMemory: Int = 2000, timeoutPerTerm: Double? = nil, maxLoopDepth: Int = 100) {
        self.maxSteps = maxSteps
        self.maxMemory = maxMemory
        self.timeoutPerTerm = timeoutPerTerm
        self.maxLoopDepth = maxLoopDepth
    }

    public static let standard = EvaluationLimits()
}

/// Monotonic time in nanoseconds.
public func monotonicNanoseconds() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
}
