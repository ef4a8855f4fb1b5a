import Foundation
import Hummingbird
import HummingbirdTLS
import LODACoordinator
import Logging
import NIOCore
import NIOSSL

/// The coordinator on the network: its HTTP API (HTTPS with a TLS configuration) on one
/// address, and every 5 seconds another try at the program files that could not be written
/// after their commit. Runs until the process ends.
public enum CoordinatorServer {
    /// Serves `coordinator` on `host`:`port` (port 0: a free one); `onListening` gets the URL
    /// once the socket is bound.
    public static func run(
        _ coordinator: Coordinator, host: String, port: Int, tls: TLSConfiguration?, limits: CoordinatorHTTP.Limits,
        onListening: @escaping @Sendable (String) -> Void
    ) async throws {
        let retries = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(5))
                _ = try? await coordinator.retryUnwritten()
            }
        }
        defer { retries.cancel() }
        let router = CoordinatorHTTP.router(coordinator, limits: limits)
        let configuration = ApplicationConfiguration(address: .hostname(host, port: port), serverName: "lodestone")
        let scheme = tls == nil ? "http" : "https"
        let onRunning: @Sendable (any Channel) async -> Void = { channel in
            onListening("\(scheme)://\(host):\(channel.localAddress?.port ?? port)")
        }
        var logger = Logger(label: "lodestone.coordinator")
        logger.logLevel = .warning
        if let tls {
            let app = Application(
                router: router, server: try .tls(.http1(), tlsConfiguration: tls), configuration: configuration,
                onServerRunning: onRunning, logger: logger)
            try await app.runService()
        } else {
            let app = Application(router: router, configuration: configuration, onServerRunning: onRunning, logger: logger)
            try await app.runService()
        }
    }
}
