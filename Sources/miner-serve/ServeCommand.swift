import ArgumentParser
import Foundation
import GRDB
import Hummingbird
import HummingbirdTLS
import LODACoordinator
import LODACoordinatorServer
import LODAProgramStore
import LODASequences
import MinerCLI
import NIOSSL
import PostgresNIO

/// `miner serve` (this binary; `miner serve ARGS` runs `miner-serve ARGS`).
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
    @OptionGroup var data: DataOptions
    @Option(name: .long, help: "Programs folder accepted programs are written to (and seq calls resolve in).") var programs = "programs"
    @OptionGroup var bfileOptions: BFileOptions
    @Option(name: .long, help: "Where the first worker token is written (mode 0600).") var tokenFile = "coordinator/worker.token"
    @Option(name: .long, help: "Create another worker token with this name, print it, and exit.") var addToken: String?
    @Option(name: .long, help: "Remove every worker token with this name and exit (running coordinators stop accepting it within 10 s).")
    var revokeToken: String?
    @Option(name: .long, help: "Profile of new work units (from the workers' profiles.json).") var profile = "default"
    @Option(name: .long, help: "Seed of unit 1 (unit k gets seed + k - 1).") var seed: UInt64 = 1
    @Option(name: .long, help: "Candidates per work unit.") var unitCandidates = 200_000
    @Option(name: .long, help: "Stop handing out new units after this many.") var units: Int64?
    @Option(name: .long, help: "Seconds a lease lasts without a heartbeat.") var leaseSeconds: Double = 60
    @Option(name: .long, help: "Seconds to verify one submission.") var verifySeconds: Double = 10
    @Option(name: .long, help: "Largest request body in bytes.") var bodyLimit = 256 << 10
    @Option(name: .long, help: "Verifications at once (each in a verifier process; default: the number of cores).") var verifiers: Int?
    @Option(name: .long, help: "Submissions that may wait for a verifier; beyond, 503 with Retry-After (default: 8 per verifier).") var verifyQueue: Int?
    @Option(name: .long, help: "Submissions one token may have waiting or being verified; beyond, 429 (default: 4 per verifier).") var verifyPerToken: Int?
    @Option(name: .long, help: "Address-space limit of a verifier process, in MiB.") var verifierMemory = 2048
    @Flag(name: .long, help: "Verify on threads of this process instead of verifier processes (no memory limit per submission).")
    var verifyInProcess = false
    @Option(name: .long, help: "Requests per second one token may make (sustained; twice as many in a burst); beyond, 429.") var rateLimit: Double = 200
    @Option(name: .long, help: "Leases the workers of one token may hold at once; beyond, 429.") var leasesPerToken = 256
    @Option(name: .long, help: "TLS certificate (PEM; with --tls-key): the coordinator then speaks HTTPS only.") var tlsCert: String?
    @Option(name: .long, help: "TLS private key (PEM).") var tlsKey: String?

    func validate() throws {
        if unitCandidates < 1 { throw ValidationError("--unit-candidates must be at least 1") }
        if leaseSeconds <= 0 { throw ValidationError("--lease-seconds must be positive") }
        if verifySeconds <= 0 { throw ValidationError("--verify-seconds must be positive") }
        if bodyLimit < 1024 { throw ValidationError("--body-limit must be at least 1024") }
        if let v = verifiers, v < 1 { throw ValidationError("--verifiers must be at least 1") }
        if let q = verifyQueue, q < 1 { throw ValidationError("--verify-queue must be at least 1") }
        if let t = verifyPerToken, t < 1 { throw ValidationError("--verify-per-token must be at least 1") }
        if verifierMemory < 160 { throw ValidationError("--verifier-memory must be at least 160 (MiB): a verifier process needs about 120 MiB of address space to start") }
        if rateLimit <= 0 { throw ValidationError("--rate-limit must be positive") }
        if leasesPerToken < 1 { throw ValidationError("--leases-per-token must be at least 1") }
        if (tlsCert == nil) != (tlsKey == nil) { throw ValidationError("--tls-cert and --tls-key go together") }
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
        if let name = revokeToken {
            let removed = try await store.revokeTokens(name: name)
            guard removed > 0 else { fail("\(db): no token named '\(name)'") }
            print("revoked \(removed) token\(removed == 1 ? "" : "s") named '\(name)'")
            return
        }
        var tls: TLSConfiguration?
        if let tlsCert, let tlsKey {
            do {
                tls = TLSConfiguration.makeServerConfiguration(
                    certificateChain: try NIOSSLCertificate.fromPEMFile(tlsCert).map { .certificate($0) },
                    privateKey: .privateKey(try NIOSSLPrivateKey(file: tlsKey, format: .pem)))
            } catch {
                fail("\(tlsCert), \(tlsKey): cannot use them for TLS: \(error)")
            }
        }
        let started = Date()
        let database: SequenceDatabase
        database = data.loadIndexed().0
        let settings = VerificationPool.Settings(
            slots: verifiers ?? ProcessInfo.processInfo.activeProcessorCount, queue: verifyQueue,
            perToken: verifyPerToken, memoryMiB: verifierMemory)
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let runner: VerificationPool.Runner =
            verifyInProcess
            ? .threads(programs: programs)
            : .processes(executable: me, arguments: ["_verify", programs, String(verifierMemory)])
        let pool = VerificationPool(runner: runner, settings: settings)
        let plan = UnitPlan(profile: profile, baseSeed: seed &- 1, candidates: unitCandidates, maxUnits: units, leaseSeconds: leaseSeconds)
        let coordinator = Coordinator(
            store: store, database: database, pool: pool, plan: plan, folder: ProgramStore(root: programs),
            settings: .init(verifySeconds: verifySeconds, leasesPerToken: leasesPerToken),
            bfiles: bfileOptions.load(), log: { log($0) })

        if let token = try await coordinator.createFirstToken() {
            do { try writePrivately(token + "\n", to: tokenFile) } catch {
                fail("\(tokenFile): cannot write the worker token (\(error); it is in the database now; create another with --add-token NAME)")
            }
            log("created the first worker token; it is in \(tokenFile) (give it to workers with --token-file)")
        }
        let rewritten = try await coordinator.reconcileFolder()
        if rewritten > 0 { log("rewrote \(rewritten) program files from the database") }
        let (host, port) = try address()
        log("loaded \(database.count) sequences in \(String(format: "%.1f", Date().timeIntervalSince(started))) s; database \(db); programs \(programs)")
        do {
            try await CoordinatorServer.run(
                coordinator, host: host, port: port, tls: tls, limits: .init(body: bodyLimit, rate: rateLimit, burst: 2 * rateLimit),
                onListening: { log("listening on \($0)") })
        } catch {
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

/// Writes `text` to a new file that only its owner can read, created with that mode (never
/// readable by others for a moment); fails if the file exists.
func writePrivately(_ text: String, to path: String) throws {
    let folder = (path as NSString).deletingLastPathComponent
    if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
    let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
    guard fd >= 0 else { throw CocoaError(.fileWriteNoPermission, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))]) }
    defer { close(fd) }
    guard ProgramStore.writeAll(fd, Data(text.utf8)), fsync(fd) == 0 else {
        throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
    }
}
