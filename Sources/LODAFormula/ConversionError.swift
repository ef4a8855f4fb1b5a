import LODACore
import LODANumber

/// Why a program has no formula (or no PARI form): one sentence.
public struct ConversionError: Error, CustomStringConvertible, Equatable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
