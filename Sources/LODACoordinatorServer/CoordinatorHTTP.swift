import Foundation
import Hummingbird
import LODACoordinator
import NIOCore
import Synchronization

/// The coordinator's HTTP/JSON API on Hummingbird (routes in `WireProtocol.swift`). Writes
/// need a bearer token; bodies over the limit are refused before they are read in full; a
/// token over its request rate gets 429, a full verification queue 503, both with
/// `Retry-After`. `/health` and `/metrics` answer anyone; `/status` answers anyone with a
/// summary and a token holder with the workers' names too.
public enum CoordinatorHTTP {
    public struct Limits: Sendable {
        /// Largest request body in bytes.
        public var body: Int
        /// Requests per second one token may make (sustained), and in a burst.
        public var rate: Double
        public var burst: Double

        public init(body: Int = 256 << 10, rate: Double = 200, burst: Double = 400) {
            self.body = body
            self.rate = rate
            self.burst = burst
        }
    }

    public static func router(_ coordinator: Coordinator, limits: Limits = Limits()) -> Router<BasicRequestContext> {
        let router = Router()
        let buckets = RateLimiter(rate: limits.rate, burst: limits.burst)
        router.get("health") { _, _ in "ok\n" }
        router.get("/") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                body: .init(byteBuffer: ByteBuffer(string: Dashboard.html)))
        }
        router.get("status") { request, _ in
            let detail = await coordinator.authenticate(request.headers[.authorization]) != nil
            return try json(200, await coordinator.status(detail: detail))
        }
        router.get("metrics") { _, _ in
            let text = try await coordinator.status(detail: false).metrics
            return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4"], body: .init(byteBuffer: ByteBuffer(string: text)))
        }
        router.post("v1/leases") { request, _ in
            try await authorized(coordinator, buckets, request, limits.body) { body, token in
                let ask = try decode(LeaseRequest.self, body, coordinator)
                do {
                    guard let lease = try await coordinator.lease(worker: workerName(ask.worker, token), token: token) else {
                        return Response(status: .noContent)
                    }
                    return try json(200, lease)
                } catch let limit as Coordinator.LeaseLimit {
                    coordinator.countLimited()
                    return try refused(429, "too-many-leases", "the token's workers hold \(limit.held) leases; the limit is \(limit.limit)", retryAfter: 10)
                }
            }
        }
        router.post("v1/leases/:lease/heartbeat") { request, context in
            let id = context.parameters.get("lease") ?? ""
            return try await authorized(coordinator, buckets, request, limits.body) { _, _ in
                try await coordinator.heartbeat(leaseID: id)
                    ? try json(200, CompletionResponse(counted: true))
                    : try json(409, ErrorResponse(error: "lease-lost", reason: "the lease expired and the unit was handed out again, or the unit is done"))
            }
        }
        router.post("v1/leases/:lease/complete") { request, context in
            let id = context.parameters.get("lease") ?? ""
            return try await authorized(coordinator, buckets, request, limits.body) { body, _ in
                let report = try decode(CompletionReport.self, body, coordinator)
                let answer = try await coordinator.complete(leaseID: id, report: report)
                return try json(answer.counted ? 200 : 409, answer)
            }
        }
        router.post("v1/submissions") { request, _ in
            try await authorized(coordinator, buckets, request, limits.body) { body, token in
                let submission = try decode(SubmissionRequest.self, body, coordinator)
                do {
                    let answer = try await coordinator.submit(submission, worker: workerName(submission.worker, token), token: token)
                    return try json(answer.status.httpStatus, answer)
                } catch let refusal as VerificationPool.Refusal {
                    coordinator.countLimited()
                    switch refusal {
                    case .busy(let seconds):
                        return try refused(503, "busy", "the verification queue is full; send it again later", retryAfter: seconds)
                    case .tooMany(let seconds):
                        return try refused(429, "too-many-submissions", "this token has too many submissions waiting for verification", retryAfter: seconds)
                    }
                }
            }
        }
        router.get("v1/programs") { request, _ in
            try await authorized(coordinator, buckets, request, limits.body) { _, _ in
                let after = request.uri.queryParameters.get("after").flatMap { Int64($0) } ?? 0
                let limit = request.uri.queryParameters.get("limit").flatMap { Int($0) } ?? 1000
                return try json(200, try await coordinator.programs(after: after, limit: limit))
            }
        }
        return router
    }

    /// A worker's name as recorded: its own name, qualified by the token's name.
    static func workerName(_ name: String, _ token: String) -> String {
        let clean = String(name.prefix(100).filter { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.:@".contains($0)) })
        return token == "default" ? (clean.isEmpty ? "worker" : clean) : "\(token)/\(clean)"
    }

    struct Refusal: Error {
        let response: Response
    }

    static func decode<T: Decodable>(_ type: T.Type, _ body: ByteBuffer, _ coordinator: Coordinator) throws -> T {
        do { return try JSONDecoder().decode(T.self, from: Data(body.readableBytesView)) } catch {
            coordinator.countBadRequest()
            throw Refusal(response: try json(400, ErrorResponse(error: "bad-request", reason: "the body is not a valid \(T.self) JSON object")))
        }
    }

    static func refused(_ status: Int, _ error: String, _ reason: String, retryAfter: Int) throws -> Response {
        var response = try json(status, ErrorResponse(error: error, reason: reason))
        response.headers[.retryAfter] = String(max(1, retryAfter))
        return response
    }

    /// Checks the token and its request rate, reads the body within the limit, runs `handle`;
    /// refusals become their responses.
    static func authorized(
        _ coordinator: Coordinator, _ buckets: RateLimiter, _ request: Request, _ bodyLimit: Int,
        _ handle: (ByteBuffer, String) async throws -> Response
    ) async throws -> Response {
        guard let token = await coordinator.authenticate(request.headers[.authorization]) else {
            coordinator.countUnauthorized()
            var response = try json(401, ErrorResponse(error: "unauthorized", reason: "a valid 'Authorization: Bearer TOKEN' header is required"))
            response.headers[.wwwAuthenticate] = "Bearer"
            return response
        }
        if let wait = buckets.take(token) {
            coordinator.countLimited()
            return try refused(429, "rate-limited", "the token made more requests than its limit; slow down", retryAfter: Int(wait.rounded(.up)))
        }
        let tooLarge = { () throws -> Response in
            coordinator.countOversized()
            return try json(413, ErrorResponse(error: "too-large", reason: "the request body is over the limit of \(bodyLimit) bytes"))
        }
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > bodyLimit { return try tooLarge() }
        var request = request
        let body: ByteBuffer
        do { body = try await request.collectBody(upTo: bodyLimit) } catch is NIOTooManyBytesError { return try tooLarge() }
        do { return try await handle(body, token) } catch let refusal as Refusal { return refusal.response } catch {
            // Anything else (a database error, say) is the coordinator's fault: say so and log it.
            coordinator.logFailure("\(request.method) \(request.uri.path)", error)
            return try json(500, ErrorResponse(error: "internal", reason: "the coordinator could not answer this request; its log has the details"))
        }
    }

    static func json<T: Encodable>(_ status: Int, _ value: T) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var data = try encoder.encode(value)
        data.append(UInt8(ascii: "\n"))
        return Response(status: .init(code: status), headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
