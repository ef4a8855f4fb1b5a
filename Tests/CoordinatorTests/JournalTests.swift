import Foundation
import LODACoordinator
import LODAWorker
import Testing

@Suite struct JournalTests {
    func find(_ key: String) -> SubmissionRequest {
        SubmissionRequest(key: key, worker: "w", unit: 1, sequence: "A000045", program: "mov $0,1")
    }

    @Test("unanswered finds survive a reopen; answered ones and a torn last line do not")
    func reopen() throws {
        let path = Paths.temporary("journal") + "/worker.journal"
        do {
            let journal = try Journal(path: path)
            for key in ["a", "b", "c"] { try journal.append(find(key)) }
            try journal.acknowledge("b")
            try journal.acknowledge("unknown")
            #expect(journal.unanswered.map(\.key) == ["a", "c"])
        }
        // A crash in the middle of a line leaves a torn line at the end.
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data("{\"find\":{\"key\":\"d\",\"wor".utf8))
        handle.closeFile()
        let reopened = try Journal(path: path)
        #expect(reopened.unanswered == [find("a"), find("c")])
        // the torn line is kept aside, not dropped in silence
        #expect(reopened.unreadable == 1)
        #expect(try String(contentsOfFile: path + ".unreadable", encoding: .utf8) == "{\"find\":{\"key\":\"d\",\"wor\n")
        try reopened.acknowledge("a")
        try reopened.acknowledge("c")
        #expect(reopened.count == 0)
    }

    @Test("a journal in use by another worker is refused")
    func exclusive() throws {
        let path = Paths.temporary("journal") + "/worker.journal"
        let first = try Journal(path: path)
        #expect(throws: JournalError.self) { _ = try Journal(path: path) }
        _ = first
    }
}
