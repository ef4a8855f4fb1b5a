/// A program text that is not valid LODA: where, and why, in one sentence.
///
/// `message` keeps the reference's wording (`invalid operation: foo`,
/// `expected separator`, `Error parsing number`, ...) so that tools comparing
/// messages still match; `description` prefixes the location.
public struct ParseError: Error, Hashable, Sendable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String
    /// The file the text came from, when there is one.
    public var file: String?

    public init(_ message: String, at location: SourceLocation, file: String? = nil) {
        self.message = message
        self.location = location
        self.file = file
    }

    public var description: String {
        if let file { return "\(file):\(location): \(message)" }
        return "\(location): \(message)"
    }
}
