import Foundation
import LODACore
import LODAEvaluator
import LODANumber
import LODAProgramStore
import LODASearch
import LODASequences

/// A REPL session without a terminal: one input line in, output text out. The
/// executable adds line editing and history; tests drive it directly or through the
/// plain (piped) mode.
public final class REPLSession {
    public private(set) var program = Program()
    /// The sequence the program is for (from `:load` or `:check`).
    public private(set) var sequenceID: SequenceID?
    public private(set) var wantsExit = false
    public let cancellation: CancellationFlag

    let programs: ProgramDirectory
    let sequencesPath: String
    let namesPath: String?
    let offsetsPath: String?
    var index: SequenceIndex?
    var debugger: Stepper?
    /// Whether `:eval` and `:check` may use the incremental and virtual evaluators.
    var accelerated = true
    var breakpoints = Set<Int>()
    var watches = Set<Int>()
    var lastMemory: [Int: Number] = [:]

    /// The sequence index cache file for `:lookup` (nil: build the index in memory).
    let indexCachePath: String?

    public init(
        programs: String, sequences: String, names: String? = nil, offsets: String? = nil, indexCache: String? = nil,
        cancellation: CancellationFlag = CancellationFlag()
    ) {
        self.cancellation = cancellation
        self.programs = ProgramDirectory(programs)
        sequencesPath = sequences
        namesPath = names
        offsetsPath = offsets
        indexCachePath = indexCache
    }

    struct Failure: Error { let message: String }

    /// Handles one line; returns what to print (lines without a trailing newline, or "").
    public func handle(_ line: String) -> String {
        cancellation.reset()
        let text = line.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return "" }
        do {
            if text.hasPrefix(":") { return try command(text) }
            return try append(text)
        } catch let f as Failure {
            return "error: " + f.message
        } catch let e as EvaluationError {
            return "error: " + e.description
        } catch {
            return "error: \(error)"
        }
    }

    // MARK: - Editing

    func parseInstructions(_ text: String) throws -> [Instruction] {
        do {
            let parsed = try Parser.parse(text)
            if let o = parsed.offsetDirective { program.offsetDirective = o }
            return parsed.code
        } catch { throw Failure(message: error.description) }
    }

    func append(_ text: String) throws -> String {
        let code = try parseInstructions(text)
        let first = program.code.count
        program.instructions += code
        debugger = nil
        return code.enumerated().map { String(format: "%4d  ", first + $0.offset + 1) + $0.element.formatted() }.joined(separator: "\n")
    }

    func lineNumber(_ word: Substring?) throws -> Int {
        guard let word, let n = Int(word), n >= 1, n <= program.code.count else {
            throw Failure(message: "no line \(word.map(String.init) ?? "given"); the program has \(program.code.count) lines")
        }
        return n
    }

    /// Index in `program.instructions` of code line `n` (1-based).
    func position(ofLine n: Int) -> Int {
        var seen = 0
        for (i, ins) in program.instructions.enumerated() where !ins.isCommentLine {
            seen += 1
            if seen == n { return i }
        }
        return program.instructions.count
    }

    func listing() -> String {
        if program.code.isEmpty { return "(empty program)" }
        var lines: [String] = []
        if program.offset != 0 { lines.append("     #offset \(program.offset)") }
        var depth = 0
        for (i, ins) in program.code.enumerated() {
            if ins.opcode == .lpe { depth = max(0, depth - 1) }
            let mark = breakpoints.contains(i + 1) ? "*" : " "
            lines.append(String(format: "%4d", i + 1) + mark + String(repeating: "  ", count: depth + 1) + ins.formatted())
            if ins.opcode == .lpb { depth += 1 }
        }
        return lines.joined(separator: "\n")
    }

    // MARK: - Commands

    static let help: [(String, String)] = [
        ("<instruction>", "append an instruction, e.g. `mov $1,$0` (several may stand on one line)"),
        (":list", "show the program with line numbers (loops indented, * = breakpoint)"),
        (":delete N", "delete line N"),
        (":insert N <instruction>", "insert an instruction before line N"),
        (":replace N <instruction>", "replace line N"),
        (":clear", "start a new, empty program"),
        (":load <file|A-number>", "load a program file, or a program from the programs folder"),
        (":save <file>", "save the program in LODA format with its header"),
        (":offset K", "set the program's #offset"),
        (":eval [N]", "evaluate N terms from the offset (default 10)"),
        (":steps [N]", "the step count of each of N terms (default 10)"),
        (":run n", "run a(n) once and show the cells it changed"),
        (":trace n", "run a(n) and print every instruction with the cells it read and wrote"),
        (":step n", "start walking through a(n) one instruction at a time"),
        (":next", "execute the next instruction of the walk"),
        (":continue", "run the walk until a breakpoint, a watched cell changes, or the end"),
        (":break <line>", "set or clear a breakpoint (`:break` lists them)"),
        (":watch $k", "stop the walk when cell k changes (again to remove)"),
        (":mem", "show the non-zero cells (of the walk, or of the last run)"),
        (":check [A-number]", "compare the program's terms with the sequence data"),
        (":accelerate [on|off]", "which evaluator :eval and :check use; off: the plain interpreter only"),
        (":lookup", "show which known sequences the program's output matches"),
        (":help", "this list"),
        (":quit", "leave (Ctrl-D does too)")
    ]

    func command(_ text: String) throws -> String {
        let parts = text.split(separator: " ", maxSplits: 1)
        let name = parts[0].lowercased()
        let rest = parts.count > 1 ? String(parts[1]).trimmingCharacters(in: .whitespaces) : ""
        let words = rest.split(separator: " ")
        switch name {
        case ":help", ":h", ":?":
            return Self.help.map { $0.0.padding(toLength: 26, withPad: " ", startingAt: 0) + $0.1 }.joined(separator: "\n")
        case ":quit", ":q", ":exit":
            wantsExit = true
            return ""
        case ":list", ":l":
            return listing()
        case ":clear":
            program = Program()
            sequenceID = nil
            debugger = nil
            breakpoints = []
            return "cleared"
        case ":delete":
            let n = try lineNumber(words.first)
            program.instructions.remove(at: position(ofLine: n))
            debugger = nil
            return listing()
        case ":insert", ":replace":
            let n = try lineNumber(words.first)
            let code = try parseInstructions(rest.dropFirst(words.first!.count).trimmingCharacters(in: .whitespaces))
            guard !code.isEmpty else { throw Failure(message: "\(name) needs an instruction after the line number") }
            let at = position(ofLine: n)
            if name == ":replace" { program.instructions.remove(at: at) }
            program.instructions.insert(contentsOf: code, at: at)
            debugger = nil
            return listing()
        case ":offset":
            guard let k = Int(rest) else { throw Failure(message: ":offset needs an integer") }
            program.offsetDirective = k == 0 ? nil : k
            return "offset \(k)"
        case ":load":
            return try load(rest)
        case ":save":
            return try save(rest)
        case ":eval", ":steps":
            let count = rest.isEmpty ? 10 : Int(rest) ?? -1
            guard count >= 0 else { throw Failure(message: "\(name) takes a number of terms") }
            return try evaluate(count, steps: name == ":steps")
        case ":run", ":trace":
            guard let n = Int(rest) else { throw Failure(message: "\(name) needs an input n") }
            return try run(n, trace: name == ":trace")
        case ":step":
            guard let n = Int(rest) else { throw Failure(message: ":step needs an input n") }
            try checkStructure()
            debugger = Stepper(program, input: n, resolver: programs, cancellation: cancellation)
            return "walking a(\(n)); next: " + nextLine()
        case ":next", ":n":
            return try next()
        case ":continue", ":c":
            return try continueWalk()
        case ":break", ":b":
            if rest.isEmpty {
                return breakpoints.isEmpty ? "no breakpoints" : "breakpoints: " + breakpoints.sorted().map(String.init).joined(separator: ", ")
            }
            let n = try lineNumber(words.first)
            if breakpoints.remove(n) == nil { breakpoints.insert(n); return "breakpoint at line \(n)" }
            return "breakpoint at line \(n) removed"
        case ":watch", ":w":
            guard rest.hasPrefix("$"), let k = Int(rest.dropFirst()), k >= 0 else { throw Failure(message: ":watch needs a cell, e.g. :watch $1") }
            if watches.remove(k) == nil { watches.insert(k); return "watching $\(k)" }
            return "no longer watching $\(k)"
        case ":mem", ":m":
            let memory = debugger?.memory ?? lastMemory
            let cells = memory.filter { $0.value != .zero }.sorted { $0.key < $1.key }
            return cells.isEmpty ? "all cells are 0" : cells.map { "$\($0.key) = \($0.value)" }.joined(separator: ", ")
        case ":check":
            return try check(rest)
        case ":accelerate":
            switch rest.lowercased() {
            case "": break
            case "on": accelerated = true
            case "off": accelerated = false
            default: throw Failure(message: ":accelerate takes on or off")
            }
            let kind = (try? evaluator().acceleration) ?? .plain
            return accelerated ? "accelerators on; this program runs on the \(kind.rawValue) evaluator" : "accelerators off: the plain interpreter only"
        case ":lookup":
            return try lookup()
        default:
            throw Failure(message: "unknown command \(name); :help lists the commands")
        }
    }

    func checkStructure() throws {
        var open = 0
        for (i, ins) in program.code.enumerated() {
            if ins.opcode == .lpb { open += 1 }
            if ins.opcode == .lpe {
                if open == 0 { throw Failure(message: "line \(i + 1): lpe without a matching lpb") }
                open -= 1
            }
        }
    }

    func load(_ argument: String) throws -> String {
        guard !argument.isEmpty else { throw Failure(message: ":load needs a file or an A-number") }
        let path: String
        if !argument.contains("/"), !argument.hasSuffix(".asm"), let id = ProgramID(argument) {
            path = programs.path(for: id)
        } else {
            path = argument
        }
        do {
            program = try ProgramDirectory.load(file: path)
        } catch { throw Failure(message: error.description) }
        sequenceID = ProgramDirectory.sequenceID(of: program, path: path).flatMap { SequenceID($0.description) }
        debugger = nil
        breakpoints = []
        return "loaded \(path): \(program.code.count) instructions" + (program.offset != 0 ? ", offset \(program.offset)" : "")
    }

    func save(_ path: String) throws -> String {
        guard !path.isEmpty else { throw Failure(message: ":save needs a file name") }
        var text = program.description
        if let id = sequenceID, let sequence = try? sequenceData(id) {
            text = ProgramStore.text(of: program, for: sequence)
        }
        do { try ProgramStore.writeAtomically(text, to: path) } catch { throw Failure(message: "\(error)") }
        return "saved \(path)"
    }

    // MARK: - Running

    func evaluator() throws -> Evaluator {
        try checkStructure()
        var limits = EvaluationLimits.standard
        limits.accelerated = accelerated
        return try Evaluator(program, resolver: programs, limits: limits, cancellation: cancellation)
    }

    func evaluate(_ count: Int, steps: Bool) throws -> String {
        let e = try evaluator()
        let result = e.evaluate(count: count)
        var out = result.terms.map { steps ? String($0.steps) : $0.value.description }.joined(separator: ",")
        if let error = result.error {
            let message = error == .cancelled ? "interrupted" : "error: \(error.description)"
            out += (out.isEmpty ? "" : "\n") + message
        }
        return out
    }

    func run(_ n: Int, trace: Bool) throws -> String {
        try checkStructure()
        let stepper = Stepper(program, input: n, resolver: programs, cancellation: cancellation)
        var lines: [String] = []
        do {
            try stepper.run { if trace { lines.append(self.describe($0)) } }
        } catch {
            lastMemory = stepper.memory
            lines.append(error == .cancelled ? "interrupted" : "error: \(error.description)")
            return lines.joined(separator: "\n")
        }
        lastMemory = stepper.memory
        let changed = stepper.memory.filter { $0.value != .zero && !($0.key == 0 && $0.value == Number(n)) }
            .sorted { $0.key < $1.key }.map { "$\($0.key) = \($0.value)" }
        lines.append("a(\(n)) = \(stepper.output) in \(stepper.steps) steps" + (changed.isEmpty ? "" : "; cells: " + changed.joined(separator: ", ")))
        return lines.joined(separator: "\n")
    }

    /// `  4  add $2,$1      $1=3 $2=5 → $2=8`, with loop events marked.
    func describe(_ e: TraceEvent) -> String {
        let line = String(format: "%4d  ", e.pc + 1) + e.instruction.formatted()
        var detail = e.reads.map { "$\($0.0)=\($0.1)" }.joined(separator: " ")
        let writes = e.writes.map { "$\($0.0)=\($0.2)" }.joined(separator: " ")
        switch e.loop {
        case .enter: detail += (detail.isEmpty ? "" : " ") + "[enter loop]"
        case .again: detail += (detail.isEmpty ? "" : " ") + "[next iteration]"
        case .rollback: detail += (detail.isEmpty ? "" : " ") + "[loop ends: last iteration rolled back" + (writes.isEmpty ? "]" : ": \(writes)]")
        case .none: if !writes.isEmpty { detail += (detail.isEmpty ? "" : " ") + "→ " + writes }
        }
        return line.padding(toLength: max(line.count, 28), withPad: " ", startingAt: 0) + detail
    }

    func nextLine() -> String {
        guard let d = debugger, !d.isFinished else { return "(end)" }
        return "line \(d.pc + 1): \(d.code[d.pc].formatted())"
    }

    func next() throws -> String {
        guard let d = debugger else { throw Failure(message: "no walk in progress; start one with :step n") }
        if d.isFinished { return finishWalk(d) }
        let event: TraceEvent
        do { event = try d.step() } catch {
            debugger = nil
            lastMemory = d.memory
            return error == .cancelled ? "interrupted" : "error: \(error.description)"
        }
        return describe(event) + (d.isFinished ? "\n" + finishWalk(d) : "")
    }

    func finishWalk(_ d: Stepper) -> String {
        lastMemory = d.memory
        debugger = nil
        return "a(\(d.input)) = \(d.output) in \(d.steps) steps (walk finished)"
    }

    func continueWalk() throws -> String {
        guard let d = debugger else { throw Failure(message: "no walk in progress; start one with :step n") }
        var first = true
        while !d.isFinished {
            if !first && breakpoints.contains(d.pc + 1) { return "breakpoint at line \(d.pc + 1): \(d.code[d.pc].formatted())" }
            first = false
            let event: TraceEvent
            do { event = try d.step() } catch {
                debugger = nil
                lastMemory = d.memory
                return error == .cancelled ? "interrupted" : "error: \(error.description)"
            }
            if let w = event.writes.first(where: { watches.contains($0.0) }) {
                return describe(event) + "\nwatched $\(w.0) changed: \(w.1) → \(w.2)"
            }
        }
        return finishWalk(d)
    }

    // MARK: - Sequences

    func sequenceData(_ id: SequenceID) throws -> IntegerSequence {
        let names = namesPath.flatMap { FileManager.default.fileExists(atPath: $0) ? $0 : nil }
        let offsets = offsetsPath.flatMap { FileManager.default.fileExists(atPath: $0) ? $0 : nil }
        let db: SequenceDatabase
        do {
            db = try SequenceDatabase.load(stripped: sequencesPath, names: names, offsets: offsets, only: [id]).0
        } catch { throw Failure(message: error.description) }
        guard let s = db[id] else { throw Failure(message: "\(id) is not in \(sequencesPath)") }
        return s
    }

    /// b-files: `:check` uses a sequence's b-file terms when its b-file extends the known ones.
    public var bfiles: BFiles?

    func check(_ argument: String) throws -> String {
        if !argument.isEmpty {
            guard let id = SequenceID(argument.uppercased()) else { throw Failure(message: "\(argument) is not an A-number") }
            sequenceID = id
        }
        guard let id = sequenceID else { throw Failure(message: ":check needs an A-number (the program has none)") }
        var sequence = try sequenceData(id)
        var source = ""
        if let long = bfiles?.extendedTerms(for: sequence) {
            sequence.terms = long
            source = " b-file"
        }
        for problem in bfiles?.takeProblems() ?? [] { source += " (\(problem); its terms end there)" }
        let result = try evaluator().check(against: sequence.terms)
        var out = "\(id) \(result.status.rawValue): \(result.matched) of \(sequence.terms.count)\(source) terms match"
        if let i = result.firstMismatch, let want = result.expected, let got = result.actual {
            out += "; first mismatch at a(\(program.offset + i)): expected \(want), got \(got)"
        } else if let message = result.message {
            out += "; " + (message == EvaluationError.cancelled.description ? "interrupted" : message)
        }
        if program.offset != sequence.offset { out += " (note: the program's offset is \(program.offset), the sequence's \(sequence.offset))" }
        return out
    }

    func lookup() throws -> String {
        try checkStructure()
        if index == nil {
            let names = namesPath.flatMap { FileManager.default.fileExists(atPath: $0) ? $0 : nil }
            let offsets = offsetsPath.flatMap { FileManager.default.fileExists(atPath: $0) ? $0 : nil }
            do {
                index = try IndexCache.open(stripped: sequencesPath, names: names, offsets: offsets, cachePath: indexCachePath).1
            } catch { throw Failure(message: error.description) }
        }
        let found = MatchFinder(index: index!, resolver: programs).find(program, limit: 10)
        if found.isEmpty { return "no known sequence matches this program's output" }
        return found.map {
            "\($0.sequence.id) [\($0.matcher): \($0.relation)] \($0.check.status.rawValue), \($0.check.matched)/\($0.sequence.terms.count) terms: \($0.sequence.name)"
        }
        .joined(separator: "\n")
    }
}
