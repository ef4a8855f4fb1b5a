import Foundation

/// Runs `body` with a new folder `lodestone-NAME-PID` below the temporary directory and
/// removes the folder afterwards (whatever `body` does).
func withTemporaryFolder<T>(_ name: String, _ body: (String) throws -> T) throws -> T {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lodestone-\(name)-\(getpid())").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    return try body(folder)
}
