import ArgumentParser
import Foundation
import GRDB
import Hummingbird
import Logging
import LODACoordination
import LODACoordinatorServer
import LODAProgramStore
import LODASequences
import PostgresNIO

/// `miner serve` (this binary; `miner serve ARGS` runs `miner-serve ARGS`).
@main
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "miner serve",
        abstract: "Run the coordinator: hand out work units to workers, verify and store their finds.",
        discussion: """
            Workers (`miner worker --coordinator URL`) lease seeded work units, mine them and submit what \
            they find; every submission is parsed and checked again here before it is stored in the \
            database and written to the programs folder. On first start a worker token is created and \
            written to --token-file. Listens on loopback unless --listen says otherwise.
            Example: miner serve --listen 127.0.0.1:8740 --db coordinator/coordinator.sqlite
            Example: miner serve --db postgres://lodestone@db.example:5432/lodestone --listen 0.0.0.0:8740
            """)

    @Option(name: .long, help: "Address to listen on (HOST:PORT; port 0 picks a free one).") var listen = "127.0.0.1:8740"
    @Option(name: .long, help: "SQLite file (created if missing) or postgres://user[:password]@host[:port]/database.")
    var db = "coordinator/coordinator.sqlite"
    @Option(name: .long, help: "OEIS 'stripped' file with the terms (plain or .gz).") var sequences = "sequences/stripped.gz"
    @Option(name: .long, help: "OEIS 'names' file.") var names = "sequences/names.gz"
    @Option(name: .long, help: "OEIS offsets file.") var offsets = "sequences/offsets.gz"
    @Option(name: .long, help: "Programs folder accepted programs are written to (and seq calls resolve in).") var programs = "programs"
    @Option(name: .long, help: "Where the first worker token is written (mode 0600).") var tokenFile = "coordinator/worker.token"
    @Option(name: .long, help: "Create another worker token with this name, print it, and exit.") var addToken: String?
    @Option(name: .long, help: "Profile of new work units (from the workers' profiles.json).") var profile = "default"
    @Option(name: .long, help: "Seed of unit 1 (unit k gets seed + k - 1).") var seed: UInt64 = 1
    @Option(name: .long, help: "Candidates per work unit.") var unitCandidates = 200_000
    @Option(name: .long, help: "Stop handing out new units after this many.") var units: Int64?
    @Option(name: .long, help: "Seconds a lease lasts without a heartbeat.") var leaseSeconds: Double = 60
    @Option(name: .long, help: "Seconds to verify one submission.") var verifySeconds: Double = 10
    @Option(name: .long, help: "Largest request body in bytes.") var bodyLimit = 256 << 10

    func validate() throws {
        if unitCandidates < 1 { throw ValidationError("--unit-candidates must be at least 1") }
        if leaseSeconds <= 0 { throw ValidationError("--lease-seconds must be positive") }
        if verifySeconds <= 0 { throw ValidationError("--verify-seconds must be positive") }
        if bodyLimit < 1024 { throw ValidationError("--body-limit must be at least 1024") }
        _ = try address()
    }

    func address() throws -> (String, Int) {
        guard let colon = listen.lastIndex(of: ":"), let port = Int(listen[listen.index(after: colon)...]), (0...65535).contains(port) else {
            throw ValidationError("--listen must be HOST:PORT, e.g. 127.0.0.1:8740")
        }
        return (String(listen[..<colon]).trimmingCharacters(in: CharacterSet(charactersIn: "[]")), port)
    }

    func run() async throws {
        let store: any CoordinatorStore
        do {
            if db.hasPrefix("postgres://") || db.hasPrefix("postgresql://") {
                store = try PostgresStore(url: db)
            } else {
                store = try SQLiteStore(path: db)
            }
            try await withTimeout(seconds: 20) { try await store.migrate() }
        } catch {
            fail("\(db): cannot open the database: \(describe(error))")
        }
        if let name = addToken {
            print(try await Coordinator.createToken(name: name, in: store, now: Date().timeIntervalSince1970))
            return
        }
        let started = Date()
        let database: SequenceDatabase
        do {
            (database, _) = try SequenceDatabase.load(stripped: sequences, names: FileManager.default.fileExists(atPath: names) ? names : nil,
                                                      offsets: FileManager.default.fileExists(atPath: offsets) ? offsets : nil)
        } catch {
            fail("\(error)")
        }
        let verifier = SubmissionVerifier(database: database, programs: ProgramDirectory(programs), seconds: verifySeconds)
        let plan = UnitPlan(profile: profile, baseSeed: seed &- 1, candidates: unitCandidates, maxUnits: units, leaseSeconds: leaseSeconds)
        let coordinator = Coordinator(store: store, verifier: verifier, plan: plan, folder: ProgramStore(root: programs), log: { log($0) })

        if let token = try await coordinator.createFirstToken() {
            let folder = (tokenFile as NSString).deletingLastPathComponent
            if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            guard FileManager.default.createFile(atPath: tokenFile, contents: Data((token + "\n").utf8), attributes: [.posixPermissions: 0o600]) else {
                fail("\(tokenFile): cannot write the worker token (it is in the database now; create another with --add-token NAME)")
            }
            log("created the first worker token; it is in \(tokenFile) (give it to workers with --token-file)")
        }
        let rewritten = try await coordinator.reconcileFolder()
        if rewritten > 0 { log("rewrote \(rewritten) program files from the database") }
        let (host, port) = try address()
        log("loaded \(database.count) sequences in \(String(format: "%.1f", Date().timeIntervalSince(started))) s; database \(db); programs \(programs)")
        let app = Application(
            router: CoordinatorHTTP.router(coordinator, bodyLimit: bodyLimit),
            configuration: .init(address: .hostname(host, port: port), serverName: "lodestone"),
            onServerRunning: { channel in
                let bound = channel.localAddress?.port ?? port
                log("listening on http://\(host):\(bound)")
            },
            logger: {
                var logger = Logger(label: "lodestone.coordinator")
                logger.logLevel = .warning
                return logger
            }())
        do { try await app.runService() } catch {
            fail("coordinator: \(error)")
        }
    }
}

/// An error in one line: the database's own message where there is one.
func describe(_ error: Error) -> String {
    if let e = error as? DatabaseError { return e.message ?? "\(e)" }
    if let e = error as? PSQLError { return e.serverInfo?[.message] ?? "\(e.code)" }
    if let e = error as? CocoaError { return e.localizedDescription }
    return "\(error)".replacingOccurrences(of: "\n", with: " ")
}

struct TimedOut: Error, CustomStringConvertible {
    let seconds: Double
    var description: String { "no answer within \(Int(seconds)) s (is the server running and reachable?)" }
}

/// Runs `body`, or throws `TimedOut` after `seconds`.
func withTimeout<T: Sendable>(seconds: Double, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
    try await withThrowingTaskGroup(of: T.self) { group in
        group.addTask { try await body() }
        group.addTask {
            try await Task.sleep(for: .seconds(seconds))
            throw TimedOut(seconds: seconds)
        }
        let first = try await group.next()!
        group.cancelAll()
        return first
    }
}

func log(_ text: String) {
    let stamp = ISO8601DateFormatter().string(from: Date())
    print("\(stamp) \(text)")
    fflush(stdout)
}

func fail(_ message: String) -> Never {
    fflush(stdout)
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(1)
}
