import Foundation
import LODACoordinator
import LODAEvaluator

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A blocking HTTP/JSON client of the coordinator's API, for worker threads and commands.
public final class CoordinatorClient: Sendable {
    public let base: URL
    let token: String?
    let session: URLSession
    public let timeout: Double

    public init(base: URL, token: String?, timeout: Double = 30) {
        self.base = base
        self.token = token
        self.timeout = timeout
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.httpMaximumConnectionsPerHost = 16
        session = URLSession(configuration: configuration)
    }

    /// The coordinator could not be reached or answered with a server error: retry later.
    public struct Unreachable: Error, CustomStringConvertible {
        public let description: String
    }

    /// An answer the caller did not expect (4xx, or 503 with the coordinator's reason), with
    /// the seconds the coordinator asked it to wait (`Retry-After`), if it did.
    public struct Refused: Error, CustomStringConvertible {
        public let status: Int
        public let reason: String
        public var retryAfter: Double? = nil
        public var description: String { "HTTP \(status): \(reason)" }
    }

    /// The `Retry-After` of the last answer of this thread's requests is not kept; `send` returns it.
    public func send(_ method: String, _ path: String, body: Data? = nil) throws -> (Int, Data) {
        let (status, data, _) = try sendWithHeaders(method, path, body: body)
        return (status, data)
    }

    /// Sends one request; returns the status, body and `Retry-After` seconds. Network failures
    /// and 5xx answers throw `Unreachable`, except a 503 whose body is the coordinator's own
    /// refusal (a full verification queue), which is returned.
    public func sendWithHeaders(_ method: String, _ path: String, body: Data? = nil) throws -> (Int, Data, Double?) {
        guard let url = URL(string: path, relativeTo: base) else { throw Unreachable(description: "bad URL \(path)") }
        var request = URLRequest(url: url)
        request.httpMethod = method
        request.timeoutInterval = timeout
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        if let body {
            request.httpBody = body
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        let box = Shared(Result<(Int, Data, Double?), Error>?.none)
        let done = DispatchSemaphore(value: 0)
        let task = session.dataTask(with: request) { data, response, error in
            if let error {
                let failure = Unreachable(description: "\(self.base.absoluteString): \(error.localizedDescription)")
                box.withLock { $0 = .failure(failure) }
            } else if let http = response as? HTTPURLResponse {
                let retry = (http.value(forHTTPHeaderField: "Retry-After")).flatMap { Double($0.trimmingCharacters(in: .whitespaces)) }
                let answer = (http.statusCode, data ?? Data(), retry)
                box.withLock { $0 = .success(answer) }
            } else {
                let failure = Unreachable(description: "\(self.base.absoluteString): no HTTP response")
                box.withLock { $0 = .failure(failure) }
            }
            done.signal()
        }
        task.resume()
        done.wait()
        let (status, data, retry) = try box.withLock { $0 }!.get()
        let ownRefusal = status == 503 && (try? JSONDecoder().decode(ErrorResponse.self, from: data)) != nil
        if status >= 500 && !ownRefusal { throw Unreachable(description: "\(base.absoluteString): HTTP \(status)") }
        return (status, data, retry)
    }

    func decode<T: Decodable>(_ type: T.Type, _ data: Data, status: Int) throws -> T {
        do { return try JSONDecoder().decode(T.self, from: data) } catch {
            throw Refused(status: status, reason: "unexpected answer: \(String(decoding: data.prefix(200), as: UTF8.self))")
        }
    }

    func refusal(_ status: Int, _ data: Data, retryAfter: Double? = nil) -> Refused {
        let reason =
            (try? JSONDecoder().decode(ErrorResponse.self, from: data)).map { "\($0.error): \($0.reason)" }
            ?? String(decoding: data.prefix(200), as: UTF8.self)
        return Refused(status: status, reason: reason, retryAfter: retryAfter)
    }

    public func lease(worker: String) throws -> Lease? {
        let (status, data, retry) = try sendWithHeaders("POST", "v1/leases", body: try JSONEncoder().encode(LeaseRequest(worker: worker)))
        if status == 204 { return nil }
        guard status == 200 else { throw refusal(status, data, retryAfter: retry) }
        return try decode(Lease.self, data, status: status)
    }

    /// False when the lease is lost.
    public func heartbeat(_ lease: String) throws -> Bool {
        let (status, data, retry) = try sendWithHeaders("POST", "v1/leases/\(lease)/heartbeat")
        if status == 409 { return false }
        guard status == 200 else { throw refusal(status, data, retryAfter: retry) }
        return true
    }

    public func complete(_ lease: String, report: CompletionReport) throws -> CompletionResponse {
        let (status, data, retry) = try sendWithHeaders("POST", "v1/leases/\(lease)/complete", body: try JSONEncoder().encode(report))
        guard status == 200 || status == 409 else { throw refusal(status, data, retryAfter: retry) }
        return try decode(CompletionResponse.self, data, status: status)
    }

    /// The coordinator's definitive answer about a find (accepted or rejected alike). Throws
    /// `Refused` for any other answer (a proxy's, a limit's, a malformed request's: not a
    /// verdict on the program) and `Unreachable` when there was none.
    public func submit(_ request: SubmissionRequest) throws -> (Int, SubmissionResponse) {
        let (status, data, retry) = try sendWithHeaders("POST", "v1/submissions", body: try JSONEncoder().encode(request))
        guard let response = try? JSONDecoder().decode(SubmissionResponse.self, from: data), response.status.httpStatus == status else {
            throw refusal(status, data, retryAfter: retry)
        }
        return (status, response)
    }

    public func programs(after: Int64, limit: Int = 1000) throws -> ProgramsPage {
        let (status, data, retry) = try sendWithHeaders("GET", "v1/programs?after=\(after)&limit=\(limit)")
        guard status == 200 else { throw refusal(status, data, retryAfter: retry) }
        return try decode(ProgramsPage.self, data, status: status)
    }

    public func status() throws -> StatusReport {
        let (status, data) = try send("GET", "status")
        guard status == 200 else { throw refusal(status, data) }
        return try decode(StatusReport.self, data, status: status)
    }

    public func metrics() throws -> String {
        let (status, data) = try send("GET", "metrics")
        guard status == 200 else { throw refusal(status, data) }
        return String(decoding: data, as: UTF8.self)
    }
}
