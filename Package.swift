// swift-tools-version:6.0
import PackageDescription

// Lodestone: one executable (`miner`) over libraries with one job each.
// numbers -> language -> evaluator -> program store / sequences -> CLI.
let package = Package(
    name: "Lodestone",
    products: [
        .executable(name: "miner", targets: ["miner"]),
        // The coordinator's HTTP service and its databases: heavy dependencies, kept out of `miner`
        // so the interpreter and the miner build in seconds. `miner serve` runs this binary.
        .executable(name: "miner-serve", targets: ["miner-serve"]),
        // The worker, `miner status` and the coordinator benchmark: HTTP (FoundationNetworking,
        // libcurl) kept out of `miner` so that it starts fast. `miner worker` runs this binary.
        .executable(name: "miner-worker", targets: ["miner-worker"])
        // No library products: the evaluator and the miner are built with an unsafe flag (no
        // dynamic exclusivity checks in release), which SwiftPM refuses in dependencies.
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2")
    ],
    targets: [
        .systemLibrary(name: "CGMP", pkgConfig: "gmp", providers: [.apt(["libgmp-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "GMPShim", dependencies: ["CGMP"]),
        .target(name: "LODANumber", dependencies: ["GMPShim"]),
        .target(name: "LODACore", dependencies: ["LODANumber"]),
        // The interpreter and the mining loop run their per-step and per-candidate code on class
        // state; release builds leave out the dynamic exclusivity checks there (debug builds and
        // the tests keep them, so a violation still shows).
        .target(name: "LODAEvaluator", dependencies: ["LODACore", "LODANumber", "GMPShim"], swiftSettings: hotLoop),
        .target(name: "LODAREPL", dependencies: ["LODAEvaluator", "LODACore", "LODANumber", "LODASequences", "LODASearch", "LODAProgramStore", "LODACheck"]),
        // libedit for the REPL, loaded with dlopen only when the REPL runs.
        .target(name: "CEdit"),
        // The benchmark suites behind `miner bench` (the coordinator's load generator is an HTTP
        // client and lives with the worker, keeping networking out of `miner`).
        .target(name: "LODABench", dependencies: ["LODAEvaluator", "LODACore", "LODANumber", "LODASequences", "LODASearch", "LODAProgramStore", "GMPShim"]),
        // Programs as formulas and PARI/GP code (pure text generation: no files, no processes).
        .target(name: "LODAFormula", dependencies: ["LODACore", "LODANumber"]),
        // Programs folders, the program store and its replacement policy, and the miner's sink into them.
        .target(name: "LODAProgramStore", dependencies: ["LODASearch", "LODAEvaluator", "LODACore", "LODASequences", "LODAFormula"]),
        // Checking program files against known terms (stripped rows or b-files), on several threads.
        .target(name: "LODACheck", dependencies: ["LODAProgramStore", "LODAEvaluator", "LODACore", "LODANumber", "LODASequences"]),
        // Linear and P-recursive recurrences guessed from terms, as programs.
        .target(name: "LODARecurrence", dependencies: ["LODASequences", "LODAEvaluator", "LODACore", "LODANumber"]),
        .target(name: "LODASequences", dependencies: ["LODANumber", "LODACore", "CZlib"]),
        .target(name: "LODASearch", dependencies: ["LODASequences", "LODAEvaluator", "LODACore", "LODANumber"], swiftSettings: hotLoop),
        // The coordinator's side: work units and leases, wire messages, verification of
        // submissions, the store interface; no server dependencies.
        .target(
            name: "LODACoordinator",
            dependencies: [
                "LODASearch", "LODAProgramStore", "LODASequences", "LODAEvaluator", "LODACore", "LODANumber",
                .product(name: "Crypto", package: "swift-crypto")
            ]),
        // The worker's side: the HTTP client, the journal, the job loop, the coordinator load generator.
        .target(name: "LODAWorker", dependencies: ["LODACoordinator", "LODASearch", "LODAProgramStore", "LODASequences", "LODAEvaluator", "LODACore"]),
        // The HTTP service (Hummingbird) and the two store backends (SQLite through GRDB, PostgreSQL through PostgresNIO).
        .target(
            name: "LODACoordinatorServer",
            dependencies: [
                "LODACoordinator", "LODAProgramStore", "LODASequences", "LODACore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio")
            ]),
        .executableTarget(
            name: "miner-serve",
            dependencies: [
                "LODACoordinatorServer", "LODACoordinator", "LODAProgramStore", "LODASequences", "MinerCLI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio")
            ]),
        // Options and helpers the executables share (data files, limits, logging, program pools).
        .target(
            name: "MinerCLI",
            dependencies: [
                "LODAEvaluator", "LODAProgramStore", "LODACheck", "LODASequences", "LODACore", "LODASearch", "LODAFormula", "LODARecurrence",
                .product(name: "ArgumentParser", package: "swift-argument-parser")
            ]),
        // The Swift runtime and Foundation are linked statically: `miner eval` on a small program
        // starts in a few milliseconds instead of loading some 50 shared libraries.
        .executableTarget(
            name: "miner",
            dependencies: [
                "MinerCLI", "LODAEvaluator", "LODAProgramStore", "LODACheck", "LODASequences", "LODACore", "LODANumber", "LODABench", "LODASearch",
                "LODARecurrence", "LODAREPL", "LODAFormula", "CEdit",
                .product(name: "ArgumentParser", package: "swift-argument-parser")
            ],
            linkerSettings: [
                .unsafeFlags([
                    "-static-stdlib", "-lCoreFoundation", "-l_FoundationICU", "-l_FoundationCShims", "-l_FoundationCollections", "-lFoundationEssentials",
                    "-lFoundationInternationalization"
                ])
            ]),
        .executableTarget(
            name: "miner-worker",
            dependencies: [
                "MinerCLI", "LODACoordinator", "LODAWorker", "LODAEvaluator", "LODAProgramStore", "LODASequences", "LODACore", "LODASearch",
                .product(name: "ArgumentParser", package: "swift-argument-parser")
            ]),
        .target(name: "AllocationCounter", path: "Tests/AllocationCounter"),
        // Test helper: a process that rewrites a file atomically in a loop, killed by ProgramStoreTests.
        .executableTarget(name: "lodestone-store-stress", dependencies: ["LODAProgramStore"], path: "Tests/StoreStress"),
        .testTarget(
            name: "LODATests",
            dependencies: [
                "LODANumber", "LODACore", "LODAEvaluator", "LODAProgramStore", "LODASequences", "LODASearch",
                "LODAREPL", "LODAFormula", "LODACheck", "LODARecurrence", "MinerCLI", "AllocationCounter"
            ],
            path: "Tests/LODATests",
            exclude: ["Fixtures", "Cases"]),
        // The coordinator against both backends, and real coordinator and worker processes on loopback.
        .testTarget(
            name: "CoordinatorTests",
            dependencies: ["LODACoordinatorServer", "LODACoordinator", "LODAWorker", "LODAEvaluator", "LODASequences", "LODACore", "LODAProgramStore", "LODASearch"],
            path: "Tests/CoordinatorTests",
            exclude: ["Fixtures"])
    ],
    swiftLanguageModes: [.v6]
)

var hotLoop: [SwiftSetting] { [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))] }
