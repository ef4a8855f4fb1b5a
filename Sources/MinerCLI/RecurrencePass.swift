import LODAProgramStore
import LODARecurrence
import LODASearch
import LODASequences

/// Recurrences guessed for every sequence without a program (`guess --all`, and `mine` with a
/// profile that asks for it): each verified one is stored through the program store.
public struct RecurrencePass {
    public struct Tally {
        public var tried = 0, found = 0, holonomic = 0, verified = 0
        /// The sequences that got a program.
        public var writtenSequences = Set<SequenceID>()
        public var written: Int { writtenSequences.count }
    }

    /// Guesses for `sequences` except `solved`; `store` nil is a dry run. `progress` is called
    /// before each sequence.
    public static func run(
        _ sequences: some Collection<IntegerSequence>, skipping solved: Set<SequenceID>, store: ProgramStore?,
        progress: (Tally, SequenceID) -> Void = { _, _ in }
    ) -> Tally {
        var tally = Tally()
        for s in sequences where !solved.contains(s.id) {
            tally.tried += 1
            progress(tally, s.id)
            guard let result = RecurrenceSynthesis.program(for: s) else { continue }
            tally.found += 1
            if result.holonomic { tally.holonomic += 1 }
            guard result.verified else { continue }
            tally.verified += 1
            if let store, let d = try? store.store(result.program, for: s, seconds: 2, verified: true), d.writes {
                tally.writtenSequences.insert(s.id)
            }
        }
        return tally
    }
}
