import Foundation

extension DecodingError {
    /// The error in one line: what is wrong, and where (the field's path).
    var oneLine: String {
        func path(_ keys: [CodingKey]) -> String {
            String(keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().drop { $0 == Character(".") })
        }
        switch self {
        case .dataCorrupted(let c):
            return c.debugDescription + (c.codingPath.isEmpty ? "" : " (at \(path(c.codingPath)))")
        case .keyNotFound(let key, let c):
            return "'\(key.stringValue)' is missing" + (c.codingPath.isEmpty ? "" : " (at \(path(c.codingPath)))")
        case .typeMismatch(let type, let c), .valueNotFound(let type, let c):
            return "\(path(c.codingPath)) must be a \(type)"
        @unknown default:
            return "\(self)"
        }
    }
}
