import Foundation
import LODAEvaluator

/// The verifier child's loop (`miner-serve _verify PROGRAMS MEMORY_MIB`): lowers its own
/// priority and limits its address space, then answers requests until its input ends.
public enum VerifierMain {
    public static func run(programs: String, memoryMiB: Int, limits: EvaluationLimits = .standard) -> Never {
        setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
        var limit = rlimit(rlim_cur: rlim_t(memoryMiB) << 20, rlim_max: rlim_t(memoryMiB) << 20)
        setrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &limit)
        let encoder = JSONEncoder()
        while let line = readLine(strippingNewline: true) {
            let result: VerificationResult
            if let request = try? JSONDecoder().decode(VerificationRequest.self, from: Data(line.utf8)) {
                result = Verification.run(request, programs: programs, limits: limits)
            } else {
                result = .rejected(.malformed, "the verification request is not readable")
            }
            var data = (try? encoder.encode(result)) ?? Data("{\"reason\":\"unencodable\",\"seconds\":0}".utf8)
            data.append(UInt8(ascii: "\n"))
            FileHandle.standardOutput.write(data)
        }
        exit(0)
    }
}
