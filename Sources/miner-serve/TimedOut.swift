import ArgumentParser
import Foundation
import GRDB
import Hummingbird
import HummingbirdTLS
import LODACoordinator
import LODACoordinatorServer
import LODAProgramStore
import LODASequences
import Logging
import MinerCLI
import NIOSSL
import PostgresNIO

struct TimedOut: Error, CustomStringConvertible {
    let seconds: Double
    var description: String { "no answer within \(Int(seconds)) s (is the server running and reachable?)" }
}
