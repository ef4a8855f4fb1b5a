import Foundation
import LODAEvaluator
import LODAProgramStore
import LODASearch
import LODASequences
import Synchronization

/// How many finds are wrong later: every row of the data is cut to its first K terms, the
/// miner runs from an empty folder on the cut rows (with the full rows as b-files, or
/// without), and each find is checked against the full row.
public enum FalseFindsBenchmark {
    public struct Outcome {
        var finds = 0
        /// Finds that compute a different term within the full row.
        var wrong = 0
        /// Finds that could not compute the full row within the limits.
        var undecided = 0
        var candidates = 0
        var cpuSeconds = 0.0
        var wrongExamples: [String] = []
        /// Candidates refused beyond the known terms (b-file, lookahead) or as underdetermined.
        var refused = 0
        /// Finds withdrawn as ambiguous, and the candidates checked only to compare.
        var withdrawn = 0
        var probes = 0
        /// Targets left out as mechanical.
        var mechanical = 0
    }

    /// Writes each full row longer than `cut` as a flat b-file below `folder`; returns their number.
    public static func writeBFiles(_ database: SequenceDatabase, cut: Int, to folder: String) throws -> Int {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var written = 0
        for s in database.sequences where s.terms.count > cut {
            let digits = String(s.id.description.dropFirst())
            var text = ""
            for (i, t) in s.terms.enumerated() { text += "\(s.offset + i) \(t)\n" }
            try text.write(toFile: "\(folder)/b\(digits).txt", atomically: false, encoding: .utf8)
            written += 1
        }
        return written
    }

    /// With `table`, one tab-separated line per find is written there: A-number, instructions,
    /// loops, the matcher, the known terms' distinct values and largest bit length, the
    /// full row's length, the verdict (for working out which finds are wrong).
    public static func run(
        database full: SequenceDatabase, cut: Int, bfiles: String?, seconds: Double, jobs: Int, lookahead: Int?,
        underdetermined: Bool, ambiguous: Bool = true, probes: Int? = nil, window: Int? = nil, mechanical: Bool? = nil,
        table: String? = nil
    ) -> Outcome {
        let cutRows = SequenceDatabase(
            full.sequences.map { s in
                IntegerSequence(id: s.id, terms: Array(s.terms.prefix(cut)), name: s.name, offset: s.offset)
            })
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lodestone-false-finds-\(getpid())-\(cut)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = ProgramStore(root: folder)
        store.directory.remembersMissing = true
        let sink = StoreSink(store) { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
        var profile = MiningProfile.standard
        profile.lookaheadTerms = lookahead
        profile.refuseUnderdetermined = underdetermined
        profile.withdrawAmbiguous = ambiguous
        profile.ambiguityProbes = probes
        profile.ambiguityTerms = window
        profile.skipMechanical = mechanical
        let session = MiningSession(
            index: SequenceIndex(cutRows), profile: profile, sink: sink,
            resolver: store.directory, seeds: [], callable: [], bfiles: bfiles.map { BFiles(root: $0) })
        let cpu0 = processCPUSeconds()
        MiningRun(session: session, jobs: jobs, seed: 1, deadline: monotonicNanoseconds() + UInt64(seconds * 1e9)).run()
        sink.flush(force: true)
        var outcome = Outcome()
        outcome.refused = session.statistics.rejectedUnderdetermined + session.statistics.rejectedBeyond
        outcome.withdrawn = session.statistics.withdrawn
        outcome.probes = session.statistics.probes
        outcome.mechanical = session.statistics.mechanicalSkipped
        outcome.cpuSeconds = processCPUSeconds() - cpu0
        outcome.candidates = session.statistics.candidates
        var matchers: [SequenceID: String] = [:]
        for f in session.finds { matchers[f.sequence.id] = f.matcher }
        var lines = "id\tinstructions\tloops\tmatcher\tdistinct\tbits\trow\tverdict\tconstbits\tterms\tprogram\n"
        // The programs as written (the last one per sequence), against the full rows.
        for path in ProgramDirectory.programFiles(below: folder) {
            guard let program = try? ProgramDirectory.load(file: path), let id = ProgramDirectory.sequenceID(of: program, path: path),
                let row = full[SequenceID(id.number)]
            else { continue }
            outcome.finds += 1
            guard let e = try? Evaluator(program, resolver: store.directory) else { continue }
            e.context.overallDeadline = monotonicNanoseconds() + 5_000_000_000
            let result = e.check(against: row.terms)
            if table != nil {
                let known = row.terms.prefix(cut)
                let verdict = result.firstMismatch != nil ? "wrong" : result.status == .error ? "undecided" : "true"
                let loops = program.code.filter { $0.opcode == .lpb }.count
                let bits = known.map { $0.bitLength }.max() ?? 0
                var constantBits = 0
                for ins in program.code { if case .constant(let c) = ins.source { constantBits += c.bitLength + 1 } }
                let terms = known.map { $0.description }.joined(separator: ",")
                lines +=
                    "\(id)\t\(program.code.count)\t\(loops)\t\(matchers[SequenceID(id.number)] ?? "?")\t\(Set(known).count)\t\(bits)\t\(row.terms.count)\t\(verdict)\t\(constantBits)\t\(terms)\t\(program.code.map(\.description).joined(separator: "; "))\n"
            }
            if result.firstMismatch != nil {
                outcome.wrong += 1
                if outcome.wrongExamples.count < 8 { outcome.wrongExamples.append("\(id) (wrong at term \(result.firstMismatch!) of \(row.terms.count))") }
            } else if result.status == .error {
                outcome.undecided += 1
            }
        }
        if let table { try? lines.write(toFile: table, atomically: true, encoding: .utf8) }
        return outcome
    }

    public static func report(
        _ o: Outcome, cut: Int, bfiles: Bool, seconds: Double, jobs: Int, lookahead: Int, underdetermined: Bool, ambiguous: Bool, probes: Int, window: Int, mechanical: Bool
    ) -> String {
        let rate = o.finds > 0 ? 100 * Double(o.wrong) / Double(o.finds) : 0
        return """
            == false finds (rows cut to \(cut) terms, \(bfiles ? "with" : "without") b-files of the full rows, lookahead \(lookahead) terms, underdetermined finds \(underdetermined ? "refused" : "kept"), ambiguous finds \(ambiguous ? "withdrawn" : "kept") (\(window) terms compared, \(probes) probes per find), mechanical targets \(mechanical ? "left out" : "mined"), \(Int(seconds)) s, \(jobs) job\(jobs == 1 ? "" : "s"), seed 1)
            candidates: \(o.candidates) in \(String(format: "%.1f", o.cpuSeconds)) s CPU; refused beyond the known terms or as underdetermined: \(o.refused); finds withdrawn as ambiguous: \(o.withdrawn) (\(o.probes) probes); mechanical targets left out: \(o.mechanical)
            finds: \(o.finds); wrong on the full rows: \(o.wrong) (\(String(format: "%.2f", rate))%); true: \(o.finds - o.wrong - o.undecided); undecided (limits): \(o.undecided)
            wrong, for example: \(o.wrongExamples.isEmpty ? "none" : o.wrongExamples.joined(separator: ", "))
            """
    }

    /// What one run of the suite does (`miner bench --suite false-finds`).
    public struct Settings: Sendable {
        /// Terms each row is cut to.
        public var cut = 40
        /// Mine with the full rows as b-files.
        public var withBFiles = false
        public var seconds = 60.0
        public var jobs = 1
        /// The profile's settings that the experiment varies (nil: the profile's default).
        public var lookahead: Int?
        public var refuseUnderdetermined = false
        public var keepAmbiguous = false
        public var ambiguityProbes: Int?
        public var ambiguityTerms: Int?
        public var keepMechanical = false
        /// A file for one tab-separated line per find.
        public var table: String?
        public init() {}
    }

    /// The whole suite: b-files of the full rows in a temporary folder when asked (`note` is
    /// told where), mining on the cut rows, the finds checked against the full rows; the report.
    public static func suite(database: SequenceDatabase, _ settings: Settings, note: (String) -> Void) throws -> String {
        var bfiles: String?
        if settings.withBFiles {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lodestone-bfiles-\(getpid())").path
            let count = try writeBFiles(database, cut: settings.cut, to: folder)
            note("wrote \(count) b-files to \(folder)")
            bfiles = folder
        }
        defer { if let bfiles { try? FileManager.default.removeItem(atPath: bfiles) } }
        let s = settings
        let outcome = run(
            database: database, cut: s.cut, bfiles: bfiles, seconds: s.seconds, jobs: s.jobs, lookahead: s.lookahead,
            underdetermined: s.refuseUnderdetermined, ambiguous: !s.keepAmbiguous, probes: s.ambiguityProbes, window: s.ambiguityTerms,
            mechanical: s.keepMechanical ? false : nil, table: s.table)
        return report(
            outcome, cut: s.cut, bfiles: s.withBFiles, seconds: s.seconds, jobs: s.jobs,
            lookahead: s.lookahead ?? MiningProfile.defaultLookahead, underdetermined: s.refuseUnderdetermined, ambiguous: !s.keepAmbiguous,
            probes: s.ambiguityProbes ?? MiningProfile.defaultAmbiguityProbes, window: s.ambiguityTerms ?? 8, mechanical: !s.keepMechanical)
    }
}
