import Foundation
import LODACoordinator
import LODAProgramStore
import Logging
import PostgresNIO

/// The shared store: PostgreSQL through PostgresNIO, for several coordinator processes on
/// several machines. Expired leases are claimed with `FOR UPDATE SKIP LOCKED`; new unit
/// ids, submission keys and per-sequence decisions are serialized with transaction-scoped
/// advisory locks, so concurrent coordinators never hand out a unit twice or store two
/// "first" programs for one sequence.
public final class PostgresStore: CoordinatorStore {
    let client: PostgresClient
    let logger: Logger
    let runner: Task<Void, Never>

    /// - Parameter url: `postgres://user[:password]@host[:port]/database`.
    public init(url: String) throws {
        guard let c = URLComponents(string: url), c.scheme == "postgres" || c.scheme == "postgresql", let host = c.host, !host.isEmpty else {
            throw StoreError("\(url): not a postgres://user@host[:port]/database URL")
        }
        let database = String(c.path.drop { $0 == "/" })
        var configuration = PostgresClient.Configuration(
            host: host, port: c.port ?? 5432, username: c.user ?? NSUserName(),
            password: c.password, database: database.isEmpty ? nil : database, tls: .disable)
        configuration.options.maximumConnections = 16
        // An answered submission is committed to disk (the server's default, made explicit:
        // a database configured otherwise does not weaken the coordinator's promise).
        configuration.options.additionalStartupParameters = [("synchronous_commit", "on")]
        var logger = Logger(label: "lodestone.postgres")
        logger.logLevel = .error
        self.logger = logger
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        runner = Task { await client.run() }
    }

    deinit { runner.cancel() }

    public func migrate() async throws {
        try await client.withTransaction(logger: logger) { db in
            try await db.query("SELECT pg_advisory_xact_lock(7)", logger: logger)
            try await db.query("CREATE TABLE IF NOT EXISTS tokens (hash TEXT PRIMARY KEY, name TEXT NOT NULL, created DOUBLE PRECISION NOT NULL)", logger: logger)
            try await db.query(
                """
                CREATE TABLE IF NOT EXISTS units (
                    id BIGINT PRIMARY KEY, profile TEXT NOT NULL, seed BIGINT NOT NULL, candidates BIGINT NOT NULL,
                    state TEXT NOT NULL, lease_id TEXT UNIQUE, worker TEXT, expires DOUBLE PRECISION, attempts BIGINT NOT NULL,
                    completed DOUBLE PRECISION, mined BIGINT, finds BIGINT)
                """, logger: logger)
            try await db.query("CREATE INDEX IF NOT EXISTS units_by_state ON units(state, expires)", logger: logger)
            try await db.query("CREATE INDEX IF NOT EXISTS units_by_worker ON units(worker, state)", logger: logger)
            try await db.query("CREATE TABLE IF NOT EXISTS workers (name TEXT PRIMARY KEY, last_seen DOUBLE PRECISION NOT NULL)", logger: logger)
            try await db.query(
                """
                CREATE TABLE IF NOT EXISTS programs (
                    id BIGSERIAL PRIMARY KEY, sequence BIGINT NOT NULL, hash TEXT NOT NULL, text TEXT NOT NULL,
                    worker TEXT NOT NULL, unit BIGINT, found DOUBLE PRECISION NOT NULL, correct_terms BIGINT NOT NULL,
                    steps BIGINT NOT NULL, length BIGINT NOT NULL, current BOOLEAN NOT NULL, UNIQUE(sequence, hash))
                """, logger: logger)
            try await db.query("CREATE INDEX IF NOT EXISTS programs_current ON programs(sequence, current)", logger: logger)
            try await db.query(
                """
                CREATE TABLE IF NOT EXISTS submissions (
                    key TEXT PRIMARY KEY, worker TEXT NOT NULL, unit BIGINT, sequence BIGINT NOT NULL, status TEXT NOT NULL,
                    reason TEXT NOT NULL, program_id BIGINT, received DOUBLE PRECISION NOT NULL, verify_seconds DOUBLE PRECISION NOT NULL)
                """, logger: logger)
            try await db.query("CREATE INDEX IF NOT EXISTS submissions_by_time ON submissions(status, received)", logger: logger)
        }
    }

    /// Creates the database `name` on this server if it does not exist (tests give each suite its own).
    public func createDatabase(_ name: String) async throws {
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { throw StoreError("'\(name)': not a plain database name") }
        try await client.withConnection { db in
            var exists = false
            for try await _ in try await db.query("SELECT 1 FROM pg_database WHERE datname = \(name)", logger: logger).decode(Int.self) { exists = true }
            if !exists { try await db.query("CREATE DATABASE \(unescaped: name)", logger: logger) }
        }
    }

    /// Drops every table (tests use a fresh database per case).
    public func dropAll() async throws {
        _ = try await client.withConnection { db in
            try await db.query("DROP TABLE IF EXISTS tokens, units, workers, programs, submissions", logger: logger)
        }
    }

    public func tokenCount() async throws -> Int {
        try await client.withConnection { db in
            for try await n in try await db.query("SELECT COUNT(*) FROM tokens", logger: logger).decode(Int.self) { return n }
            return 0
        }
    }

    public func addToken(hash: String, name: String, now: Double) async throws {
        _ = try await client.withConnection { db in
            try await db.query("INSERT INTO tokens (hash, name, created) VALUES (\(hash), \(name), \(now))", logger: logger)
        }
    }

    public func tokenName(hash: String) async throws -> String? {
        try await client.withConnection { db in
            for try await n in try await db.query("SELECT name FROM tokens WHERE hash = \(hash)", logger: logger).decode(String.self) { return n }
            return nil
        }
    }

    public func revokeTokens(name: String) async throws -> Int {
        try await client.withConnection { db in
            var n = 0
            for try await _ in try await db.query("DELETE FROM tokens WHERE name = \(name) RETURNING hash", logger: logger).decode(String.self) { n += 1 }
            return n
        }
    }

    public func activeLeases(token: String, now: Double) async throws -> Int {
        try await client.withConnection { db in
            // the default token's workers have names without a slash, another token's are `token/...`
            let query: PostgresQuery =
                token == "default"
                ? "SELECT COUNT(*) FROM units WHERE state = 'leased' AND expires >= \(now) AND strpos(worker, '/') = 0"
                : "SELECT COUNT(*) FROM units WHERE state = 'leased' AND expires >= \(now) AND left(worker, \(Int32(token.count + 1))) = \(token + "/")"
            for try await n in try await db.query(query, logger: logger).decode(Int.self) { return n }
            return 0
        }
    }

    public func lease(worker: String, leaseID: String, now: Double, plan: UnitPlan) async throws -> Lease? {
        let logger = self.logger
        return try await client.withTransaction(logger: logger) { db -> Lease? in
            try await db.query(
                """
                INSERT INTO workers (name, last_seen) VALUES (\(worker), \(now))
                ON CONFLICT (name) DO UPDATE SET last_seen = EXCLUDED.last_seen
                """, logger: logger)
            let expires = now + plan.leaseSeconds
            let rows = try await db.query(
                """
                SELECT id, profile, seed, candidates, attempts FROM units WHERE state = 'leased' AND expires < \(now)
                ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED
                """, logger: logger)
            for try await (id, profile, seed, candidates, attempts) in rows.decode((Int64, String, Int64, Int, Int).self) {
                try await db.query(
                    "UPDATE units SET lease_id = \(leaseID), worker = \(worker), expires = \(expires), attempts = attempts + 1 WHERE id = \(id)",
                    logger: logger)
                let unit = WorkUnit(id: id, profile: profile, seed: UInt64(bitPattern: seed), candidates: candidates)
                return Lease(leaseID: leaseID, unit: unit, seconds: plan.leaseSeconds, attempt: attempts + 1)
            }
            try await db.query("SELECT pg_advisory_xact_lock(8)", logger: logger)
            var last: Int64 = 0
            for try await m in try await db.query("SELECT COALESCE(MAX(id), 0)::BIGINT FROM units", logger: logger).decode(Int64.self) { last = m }
            if let max = plan.maxUnits, last >= max { return nil }
            let id = last + 1
            let unit = WorkUnit(id: id, profile: plan.profile, seed: plan.seed(of: id), candidates: plan.candidates)
            try await db.query(
                """
                INSERT INTO units (id, profile, seed, candidates, state, lease_id, worker, expires, attempts)
                VALUES (\(id), \(unit.profile), \(Int64(bitPattern: unit.seed)), \(unit.candidates), 'leased', \(leaseID), \(worker), \(expires), 1)
                """, logger: logger)
            return Lease(leaseID: leaseID, unit: unit, seconds: plan.leaseSeconds, attempt: 1)
        }
    }

    func changedRows(_ db: PostgresConnection, _ query: PostgresQuery) async throws -> Int {
        var n = 0
        for try await _ in try await db.query(query, logger: logger).decode(Int64.self) { n += 1 }
        return n
    }

    public func renew(leaseID: String, now: Double, seconds: Double) async throws -> Bool {
        try await client.withTransaction(logger: logger) { db in
            let n = try await changedRows(db, "UPDATE units SET expires = \(now + seconds) WHERE lease_id = \(leaseID) AND state = 'leased' RETURNING id")
            if n == 1 {
                try await db.query("UPDATE workers SET last_seen = \(now) WHERE name = (SELECT worker FROM units WHERE lease_id = \(leaseID))", logger: logger)
            }
            return n == 1
        }
    }

    public func complete(leaseID: String, now: Double, report: CompletionReport) async throws -> Bool {
        try await client.withTransaction(logger: logger) { db in
            let n = try await changedRows(
                db,
                """
                UPDATE units SET state = 'done', completed = \(now), mined = \(report.candidates), finds = \(report.finds)
                WHERE lease_id = \(leaseID) AND state = 'leased' RETURNING id
                """)
            if n == 1 {
                try await db.query("UPDATE workers SET last_seen = \(now) WHERE name = (SELECT worker FROM units WHERE lease_id = \(leaseID))", logger: logger)
            }
            return n == 1
        }
    }

    func priorSubmission(_ db: PostgresConnection, key: String) async throws -> SubmissionResponse? {
        let rows = try await db.query("SELECT status, reason, program_id, verify_seconds FROM submissions WHERE key = \(key)", logger: logger)
        for try await (status, reason, id, seconds) in rows.decode((String, String, Int64?, Double).self) {
            return SubmissionResponse(status: SubmissionStatus(rawValue: status) ?? .malformed, reason: reason, programID: id, verifySeconds: seconds)
        }
        return nil
    }

    public func submission(key: String) async throws -> SubmissionResponse? {
        try await client.withConnection { db in try await priorSubmission(db, key: key) }
    }

    public func record(
        _ s: SubmissionRecord, verified: VerifiedProgram?,
        decide: @Sendable (ReplacementPolicy.Candidate?) -> ReplacementPolicy.Decision
    ) async throws -> SubmissionResponse {
        let logger = self.logger
        return try await client.withTransaction(logger: logger) { db -> SubmissionResponse in
            try await db.query("SELECT pg_advisory_xact_lock(1, hashtext(\(s.key)))", logger: logger)
            if var prior = try await priorSubmission(db, key: s.key) {
                prior.repeated = true
                prior.verifySeconds = 0
                return prior
            }
            var identical: Int64?
            var current: ReplacementPolicy.Candidate?
            if RecordPlan.needsLookups(s, verified: verified), let verified {
                try await db.query("SELECT pg_advisory_xact_lock(2, \(Int32(truncatingIfNeeded: s.sequence)))", logger: logger)
                for try await id in try await db.query("SELECT id FROM programs WHERE sequence = \(s.sequence) AND hash = \(verified.hash)", logger: logger).decode(Int64.self) {
                    identical = id
                }
                let rows = try await db.query("SELECT correct_terms, steps, length FROM programs WHERE sequence = \(s.sequence) AND current", logger: logger)
                for try await (terms, steps, length) in rows.decode((Int, Int, Int).self) {
                    current = .init(correctTerms: terms, passes: true, totalSteps: steps, length: length)
                }
            }
            let response: SubmissionResponse
            switch RecordPlan.make(s, verified: verified, identical: identical, current: current, decide: decide) {
            case .answer(let answer):
                response = answer
            case .store(let decision, let program):
                try await db.query("UPDATE programs SET current = FALSE WHERE sequence = \(s.sequence) AND current", logger: logger)
                let f = program.figures
                var id: Int64 = 0
                let inserted = try await db.query(
                    """
                    INSERT INTO programs (sequence, hash, text, worker, unit, found, correct_terms, steps, length, current)
                    VALUES (\(s.sequence), \(program.hash), \(program.text), \(s.worker), \(s.unit), \(s.received),
                            \(f.correctTerms), \(f.totalSteps), \(f.length), TRUE) RETURNING id
                    """, logger: logger)
                for try await i in inserted.decode(Int64.self) { id = i }
                response = .stored(decision, id: id, s)
            }
            try await db.query(
                """
                INSERT INTO submissions (key, worker, unit, sequence, status, reason, program_id, received, verify_seconds)
                VALUES (\(s.key), \(s.worker), \(s.unit), \(s.sequence), \(response.status.rawValue), \(response.reason),
                        \(response.programID), \(s.received), \(s.verifySeconds))
                """, logger: logger)
            return response
        }
    }

    func programRows(_ query: PostgresQuery) async throws -> [AcceptedProgram] {
        try await client.withConnection { db in
            var list: [AcceptedProgram] = []
            for try await (id, sequence, text, worker, unit, found) in try await db.query(query, logger: logger)
                .decode((Int64, Int, String, String, Int64?, Double).self)
            {
                list.append(AcceptedProgram(id: id, sequence: sequence, program: text, worker: worker, unit: unit, found: found))
            }
            return list
        }
    }

    public func programs(after: Int64, limit: Int) async throws -> [AcceptedProgram] {
        try await programRows("SELECT id, sequence, text, worker, unit, found FROM programs WHERE id > \(after) ORDER BY id LIMIT \(limit)")
    }

    public func currentPrograms() async throws -> [AcceptedProgram] {
        try await programRows("SELECT id, sequence, text, worker, unit, found FROM programs WHERE current ORDER BY id")
    }

    public func status(now: Double) async throws -> StoreStatus {
        try await client.withConnection { db in
            var s = StoreStatus()
            func count(_ q: PostgresQuery) async throws -> Int {
                for try await n in try await db.query(q, logger: logger).decode(Int.self) { return n }
                return 0
            }
            s.unitsLeased = try await count("SELECT COUNT(*) FROM units WHERE state = 'leased'")
            s.unitsDone = try await count("SELECT COUNT(*) FROM units WHERE state = 'done'")
            s.unitsExpired = try await count("SELECT COALESCE(SUM(attempts - 1), 0)::BIGINT FROM units")
            s.candidatesDone = try await count("SELECT COALESCE(SUM(mined), 0)::BIGINT FROM units WHERE state = 'done'")
            s.programs = try await count("SELECT COUNT(*) FROM programs WHERE current")
            for try await (status, n) in try await db.query("SELECT status, COUNT(*) FROM submissions GROUP BY status", logger: logger).decode((String, Int).self) {
                s.submissions[status] = n
            }
            s.findsLastHour = try await count("SELECT COUNT(*) FROM submissions WHERE status IN ('accepted', 'improved') AND received >= \(now - 3600)")
            s.workerCount = try await count("SELECT COUNT(*) FROM workers")
            let rows = try await db.query(
                """
                SELECT w.name, w.last_seen,
                       (SELECT COUNT(*) FROM units u WHERE u.worker = w.name AND u.state = 'done'),
                       (SELECT COUNT(*) FROM units u WHERE u.worker = w.name AND u.state = 'leased' AND u.expires >= \(now)),
                       (SELECT COALESCE(SUM(mined), 0)::BIGINT FROM units u WHERE u.worker = w.name AND u.state = 'done' AND u.completed >= \(now - 3600))
                FROM (SELECT name, last_seen FROM workers ORDER BY last_seen DESC LIMIT \(StoreStatus.workersListed)) w ORDER BY w.name
                """, logger: logger)
            for try await (name, seen, done, active, recent) in rows.decode((String, Double, Int, Int, Int).self) {
                s.workers.append(WorkerSummary(name: name, lastSeen: seen, unitsDone: done, activeLeases: active, candidatesLastHour: recent))
            }
            let dayStart = now - 24 * 3600
            let recent = try await db.query(
                """
                SELECT FLOOR((received - \(dayStart)) / 3600)::BIGINT AS h, COUNT(*) FROM submissions
                WHERE status IN ('accepted', 'improved') AND received >= \(dayStart) GROUP BY h
                """, logger: logger)
            for try await (h, n) in recent.decode((Int, Int).self) where (0..<24).contains(h) { s.findsByHour[h] += n }
            let latest = try await db.query("SELECT sequence, worker, found, length FROM programs ORDER BY id DESC LIMIT \(StoreStatus.latestListed)", logger: logger)
            for try await (sequence, worker, found, length) in latest.decode((Int, String, Double, Int).self) {
                s.latestFinds.append(FindSummary(sequence: sequence, worker: worker, found: found, length: length))
            }
            return s
        }
    }
}
