import Foundation
import LODACore
import LODAEvaluator
import LODASequences
import Synchronization

/// A problem with a program file, in one line naming the file.
public struct ProgramFileError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
