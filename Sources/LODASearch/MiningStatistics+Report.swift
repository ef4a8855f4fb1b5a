import Foundation

extension MiningStatistics {
    /// The summary lines of `miner mine`: counts, where the time went, rejections, memories.
    public func report(seconds elapsed: Double, jobs: Int) -> [String] {
        [
            String(
                format:
                    "mined %.1f s with %d jobs: %d candidates (%.0f per second), %d repeated programs, %d stopped by the prefix filter, %d duplicates, %d screened out, %d lookups, %d hits, %d verified, %d rejected",
                elapsed, jobs, candidates, Double(candidates) / max(elapsed, 0.001), repeatedPrograms, prefixRejected, duplicates, screenedOut, lookups, hits, verified, rejected),
            "time: \(stageShares); slowest candidate \(String(format: "%.2f", Double(slowestCandidateNanos) / 1e9)) s",
            "rejected: \(rejectedPredicted) by predicted terms, \(rejectedEarly) by the first terms of the extended program, \(rejectedLate) by the full check, \(rejectedBeyond) beyond the known terms, \(rejectedUnderdetermined) as underdetermined, \(withdrawn) finds withdrawn as ambiguous, \(memoRejected) by earlier rejections; \(mechanicalSkipped) targets left out whose known terms cannot settle a program (skipMechanical)",
            "remembered: \(quietCells) cells not looked up again, \(settledCells) cells settled before, \(barrenCells) cells extended in vain before, \(earlyDuplicates) duplicates known by their first terms"
                + (wrongEarlyDuplicates > 0 ? " (\(wrongEarlyDuplicates) of them with new screened terms)" : "")
        ]
    }

    /// "generating 12%, evaluating …": where the busy time went.
    public var stageShares: String {
        let busy = Double(generateNanos + evaluateNanos + matchNanos + verifyNanos)
        func share(_ x: UInt64) -> String { String(format: "%.0f%%", busy > 0 ? 100 * Double(x) / busy : 0) }
        return
            "generating \(share(generateNanos)), evaluating \(share(evaluateNanos)), matching \(share(matchNanos)), verifying \(share(verifyNanos)) (full checks \(share(checkNanos)), minimizing \(share(minimizeNanos)) and storing \(share(storeNanos - minimizeNanos)) finds)"
    }
}
