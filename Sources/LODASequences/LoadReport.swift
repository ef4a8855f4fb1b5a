/// What loading a data file produced besides the data: the malformed lines, each
/// reported with file and line number and skipped.
public struct LoadReport: Sendable {
    public var lines = 0
    public var loaded = 0
    public var malformed: [DataFileError] = []

    public init() {}
}
