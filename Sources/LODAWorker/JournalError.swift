import Foundation
import LODACoordinator
import LODAProgramStore

public struct JournalError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
