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

/// The entry point: `miner-serve _verify PROGRAMS MEMORY_MIB` is the coordinator's verifier
/// child process (it reads verification requests on stdin); anything else is `miner serve`.
@main
enum ServeMain {
    static func main() async {
        let arguments = CommandLine.arguments
        if arguments.count == 4, arguments[1] == "_verify" {
            VerifierMain.run(programs: arguments[2], memoryMiB: Int(arguments[3]) ?? 2048)
        }
        await ServeCommand.main()
    }
}
