import Foundation
import LODACore
import LODAEvaluator
import LODASequences
import Synchronization

/// Which stored programs call which (through `seq`), kept up to date as programs are written,
/// so that a program is replaced only when every program that calls it, directly or through
/// others, still passes its check with the new one: a replacement is checked on its own
/// sequence's known terms only, while a caller may ask it for terms beyond them.
public final class CallGraph: Sendable {
    // (submissions update and read it concurrently)
    private struct Edges {
        var calls: [ProgramID: Set<ProgramID>] = [:]
        var callers: [ProgramID: Set<ProgramID>] = [:]
    }
    private let edges = Mutex(Edges())
    /// A program with more callers than this (transitively) is not replaced: checking them
    /// all would cost too much, and the more programs rely on one, the less it should change.
    public var maxCallers: Int {
        get { callerLimit.load(ordering: .relaxed) }
        set { callerLimit.store(newValue, ordering: .relaxed) }
    }
    private let callerLimit = Atomic<Int>(64)

    public init() {}

    /// The call graph of `programs` (by their ids).
    public convenience init(_ programs: [(ProgramID, Program)]) {
        self.init()
        for (id, program) in programs { update(id, program) }
    }

    /// The sequences `program` calls directly (constant `seq` operands).
    public static func callees(of program: Program) -> Set<ProgramID> {
        var out = Set<ProgramID>()
        for ins in program.instructions where ins.opcode == .seq {
            if case .constant(let n) = ins.source, let v = n.intValue, let id = try? ProgramID.decode(v) { out.insert(id) }
        }
        return out
    }

    /// Records that `id`'s program is now `program`.
    public func update(_ id: ProgramID, _ program: Program) {
        let new = CallGraph.callees(of: program)
        edges.withLock { e in
            for old in e.calls[id] ?? [] { e.callers[old]?.remove(id) }
            e.calls[id] = new
            for callee in new { e.callers[callee, default: []].insert(id) }
        }
    }

    /// Every program that calls `id` directly or through others; nil when there are more than `maxCallers`.
    public func transitiveCallers(of id: ProgramID) -> [ProgramID]? {
        let limit = maxCallers
        return edges.withLock { e in
            var seen = Set<ProgramID>()
            var pending = Array(e.callers[id] ?? [])
            while let next = pending.popLast() {
                guard seen.insert(next).inserted else { continue }
                if seen.count > limit { return nil }
                pending += e.callers[next] ?? []
            }
            return seen.sorted()
        }
    }

    /// Why replacing `id`'s program by `program` would break a caller (one sentence), or nil
    /// when every caller still passes its check. `sequence` gives a caller's known terms,
    /// `latest` programs not yet written, `resolver` the others.
    public func breakage(
        replacing id: ProgramID, with program: Program, sequence: (ProgramID) -> IntegerSequence?,
        resolver: ProgramResolver, latest: [ProgramID: Program] = [:], limits: EvaluationLimits = .standard,
        seconds: Double = 2
    ) -> String? {
        guard let dependents = transitiveCallers(of: id) else {
            return "more than \(maxCallers) programs call \(id), directly or through others"
        }
        guard !dependents.isEmpty else { return nil }
        var overrides = latest
        overrides[id] = program
        let overlay = OverlayResolver(base: resolver, overrides: overrides)
        for caller in dependents {
            guard let callerProgram = try? overlay.program(for: caller), let known = sequence(caller) else { continue }
            let assessment = ProgramStore.assess(callerProgram, for: known, resolver: overlay, limits: limits, seconds: seconds)
            if !assessment.passes {
                let direct = edges.withLock { $0.callers[id]?.contains(caller) == true }
                return "\(caller), which calls \(id)\(direct ? "" : " through other programs"), would fail its check with it"
            }
        }
        return nil
    }
}
