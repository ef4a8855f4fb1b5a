import ArgumentParser
import Foundation
import LODACore
import LODAEvaluator
import LODAProgramStore
import LODASearch
import LODASequences
import Synchronization

public func flushStandardOutput() { fflush(nil) }

/// Prints a one-line error to stderr and exits with status 1.
public func fail(_ message: String) -> Never {
    flushStandardOutput()
    FileHandle.standardError.write(Data((message + "\n").utf8))
    Foundation.exit(1)
}

public func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Prints the b-file problems met so far (malformed lines, unreadable files) as warnings.
public func reportBFileProblems(_ bfiles: BFiles?) {
    for problem in bfiles?.takeProblems() ?? [] { printError("warning: \(problem) (b-file terms end there)") }
}

/// Loads a program named by a file path or an A-number (looked up in the programs folder).
public func loadProgram(_ argument: String, programs: ProgramDirectory) throws(ProgramFileError) -> (Program, path: String) {
    if !argument.contains("/"), !argument.hasSuffix(".asm"), let id = ProgramID(argument) {
        let path = programs.path(for: id)
        guard FileManager.default.fileExists(atPath: path) else {
            throw ProgramFileError("\(argument): no program at \(path)")
        }
        return (try ProgramDirectory.load(file: path), path)
    }
    return (try ProgramDirectory.load(file: argument), argument)
}

/// Program files named by files, folders (searched recursively for `A*.asm`) or A-numbers
/// (looked up in the programs folder); exits with a one-line error for anything else.
public func expandProgramInputs(_ inputs: [String], programs directory: ProgramDirectory) -> [String] {
    var paths: [String] = []
    for input in inputs {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) {
            if isDirectory.boolValue {
                let found = ProgramDirectory.programFiles(below: input)
                if found.isEmpty { fail("\(input): no A-number programs (A*.asm) in this folder") }
                paths += found
            } else {
                paths.append(input)
            }
        } else if let id = ProgramID(input), id.letter == "A" {
            paths.append(directory.path(for: id))
        } else {
            fail("\(input): no such file, folder or A-number")
        }
    }
    return paths
}

/// The path of another executable built beside this one (`miner-serve` beside `miner`).
public func siblingExecutable(_ name: String) -> String {
    let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    return (me as NSString).deletingLastPathComponent + "/" + name
}

/// The named profile from a profiles file ("default" works without the file); exits with a one-line error otherwise.
public func loadMiningProfile(_ profile: String, from profiles: String) -> MiningProfile {
    guard FileManager.default.fileExists(atPath: profiles) else {
        if profile == "default" { return .standard }
        fail("\(profiles): no such profiles file")
    }
    guard let data = FileManager.default.contents(atPath: profiles) else { fail("\(profiles): cannot read") }
    // Only the chosen profile is decoded: a mistake in another one does not stop this run.
    guard let table = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
        fail("\(profiles): not a valid profiles file (a JSON object of profiles by name)")
    }
    guard let entry = table[profile] else { fail("\(profiles): no profile '\(profile)' (have: \(table.keys.sorted().joined(separator: ", ")))") }
    let p: MiningProfile
    do {
        let json = try JSONSerialization.data(withJSONObject: entry, options: [.fragmentsAllowed])
        p = try JSONDecoder().decode(MiningProfile.self, from: json)
    } catch let error as DecodingError {
        fail("\(profiles): profile '\(profile)': \(error.oneLine)")
    } catch {
        fail("\(profiles): profile '\(profile)': \(error)")
    }
    if let problem = p.problem { fail("\(profiles): profile '\(profile)': \(problem)") }
    return p
}

private let logStamp = Mutex(ISO8601DateFormatter())

public func log(_ text: String) {
    logStamp.withLock { stamp in
        print("\(stamp.string(from: Date())) \(text)")
        fflush(nil)
    }
}
