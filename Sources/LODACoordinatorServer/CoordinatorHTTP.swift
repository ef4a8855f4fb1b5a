import Foundation
import Hummingbird
import LODACoordination
import NIOCore

/// The coordinator's HTTP/JSON API on Hummingbird (routes in `WireProtocol.swift`). Writes
/// need a bearer token; bodies over the limit are refused before they are read in full.
public enum CoordinatorHTTP {
    public static func router(_ coordinator: Coordinator, bodyLimit: Int) -> Router<BasicRequestContext> {
        let router = Router()
        router.get("health") { _, _ in "ok\n" }
        router.get("status") { _, _ in
            try json(200, await coordinator.status())
        }
        router.get("metrics") { _, _ in
            let text = try await coordinator.status().metrics
            return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4"], body: .init(byteBuffer: ByteBuffer(string: text)))
        }
        router.post("v1/leases") { request, _ in
            try await authorized(coordinator, request, bodyLimit) { body, token in
                let ask = try decode(LeaseRequest.self, body, coordinator)
                guard let lease = try await coordinator.lease(worker: workerName(ask.worker, token)) else {
                    return Response(status: .noContent)
                }
                return try json(200, lease)
            }
        }
        router.post("v1/leases/:lease/heartbeat") { request, context in
            let id = context.parameters.get("lease") ?? ""
            return try await authorized(coordinator, request, bodyLimit) { _, _ in
                try await coordinator.heartbeat(leaseID: id)
                    ? try json(200, CompletionResponse(counted: true))
                    : try json(409, ErrorResponse(error: "lease-lost", reason: "the lease expired and the unit was handed out again, or the unit is done"))
            }
        }
        router.post("v1/leases/:lease/complete") { request, context in
            let id = context.parameters.get("lease") ?? ""
            return try await authorized(coordinator, request, bodyLimit) { body, _ in
                let report = try decode(CompletionReport.self, body, coordinator)
                let answer = try await coordinator.complete(leaseID: id, report: report)
                return try json(answer.counted ? 200 : 409, answer)
            }
        }
        router.post("v1/submissions") { request, _ in
            try await authorized(coordinator, request, bodyLimit) { body, token in
                let submission = try decode(SubmissionRequest.self, body, coordinator)
                let answer = try await coordinator.submit(submission, worker: workerName(submission.worker, token))
                return try json(answer.status.httpStatus, answer)
            }
        }
        router.get("v1/programs") { request, _ in
            try await authorized(coordinator, request, bodyLimit) { _, _ in
                let after = request.uri.queryParameters.get("after").flatMap { Int64($0) } ?? 0
                let limit = request.uri.queryParameters.get("limit").flatMap { Int($0) } ?? 1000
                return try json(200, try await coordinator.programs(after: after, limit: limit))
            }
        }
        return router
    }

    /// A worker's name as recorded: its own name, qualified by the token's name.
    static func workerName(_ name: String, _ token: String) -> String {
        let clean = String(name.prefix(100).filter { $0.isLetter || $0.isNumber || "-_.:@".contains($0) })
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

    /// Checks the token, reads the body within the limit, runs `handle`; refusals become their responses.
    static func authorized(_ coordinator: Coordinator, _ request: Request, _ bodyLimit: Int,
                           _ handle: (ByteBuffer, String) async throws -> Response) async throws -> Response {
        guard let token = await coordinator.authenticate(request.headers[.authorization]) else {
            coordinator.countUnauthorized()
            var response = try json(401, ErrorResponse(error: "unauthorized", reason: "a valid 'Authorization: Bearer TOKEN' header is required"))
            response.headers[.wwwAuthenticate] = "Bearer"
            return response
        }
        let tooLarge = { () throws -> Response in
            coordinator.countOversized()
            return try json(413, ErrorResponse(error: "too-large", reason: "the request body is over the limit of \(bodyLimit) bytes"))
        }
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > bodyLimit { return try tooLarge() }
        var request = request
        let body: ByteBuffer
        do { body = try await request.collectBody(upTo: bodyLimit) } catch is NIOTooManyBytesError { return try tooLarge() }
        do { return try await handle(body, token) } catch let refusal as Refusal { return refusal.response }
    }

    static func json<T: Encodable>(_ status: Int, _ value: T) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var data = try encoder.encode(value)
        data.append(UInt8(ascii: "\n"))
        return Response(status: .init(code: status), headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
