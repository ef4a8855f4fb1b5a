public struct ProgramsPage: Codable, Sendable {
    public var programs: [AcceptedProgram]
    /// Pass as `after` for the next page.
    public var next: Int64
    public init(programs: [AcceptedProgram], next: Int64) {
        self.programs = programs
        self.next = next
    }
}
