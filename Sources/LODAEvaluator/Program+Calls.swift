import LODACore

extension Program {
    /// Whether running this program may call `id`: through its own `seq`/`prg` calls or
    /// through the programs they call, followed with `resolver` (`latest` overrides it for
    /// programs not yet written). A call whose id is not a constant may call anything; a
    /// callee that cannot be loaded calls nothing (running it fails).
    ///
    /// A program that calls its own sequence can never be stored for it: its check would use
    /// the program it replaces, and once stored it would call itself.
    public func mayCall(_ id: ProgramID, resolver: ProgramResolver?, latest: [ProgramID: Program] = [:]) -> Bool {
        var seen = Set<ProgramID>()
        var pending = [self]
        while let program = pending.popLast() {
            for ins in program.instructions where ins.opcode == .seq || ins.opcode == .prg {
                guard case .constant(let n) = ins.source, let value = n.intValue else { return true }
                guard let callee = try? ProgramID.decode(value) else { continue }
                if callee == id { return true }
                guard seen.insert(callee).inserted else { continue }
                if let next = latest[callee] ?? (try? resolver?.program(for: callee)) { pending.append(next) }
            }
        }
        return false
    }
}
