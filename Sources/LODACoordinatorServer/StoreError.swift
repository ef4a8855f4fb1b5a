import Foundation
import LODACoordinator
import LODAProgramStore
import Logging
import PostgresNIO

public struct StoreError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
