// swift-tools-version:6.0
import PackageDescription

// Lodestone: one executable (`miner`) over libraries with one job each.
// numbers -> language -> evaluator -> program store / sequences -> CLI.
let package = Package(
    name: "Lodestone",
    products: [
        .executable(name: "miner", targets: ["miner"]),
        .library(name: "LODAEvaluator", targets: ["LODAEvaluator"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(name: "CGMP", pkgConfig: "gmp", providers: [.apt(["libgmp-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "GMPShim", dependencies: ["CGMP"]),
        .target(name: "LODANumber", dependencies: ["GMPShim"]),
        .target(name: "LODACore", dependencies: ["LODANumber"]),
        .target(name: "LODAEvaluator", dependencies: ["LODACore", "LODANumber", "GMPShim"]),
        .target(name: "LODAREPL", dependencies: ["LODAEvaluator", "LODACore", "LODANumber", "LODASequences", "LODASearch", "LODAProgramStore"]),
        .systemLibrary(name: "CEdit", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        .target(name: "LODABench", dependencies: ["LODAEvaluator", "LODACore", "LODANumber", "LODASequences", "GMPShim"]),
        .target(name: "LODAProgramStore", dependencies: ["LODAEvaluator", "LODACore", "LODASequences"]),
        .target(name: "LODASequences", dependencies: ["LODANumber", "LODACore", "CZlib"]),
        .target(name: "LODASearch", dependencies: ["LODASequences", "LODAEvaluator", "LODACore", "LODANumber"]),
        .executableTarget(
            name: "miner",
            dependencies: [
                "LODAEvaluator", "LODAProgramStore", "LODASequences", "LODACore", "LODANumber", "LODABench", "LODASearch", "LODAREPL", "CEdit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .target(name: "AllocationCounter", path: "Tests/AllocationCounter"),
        .testTarget(
            name: "LODATests",
            dependencies: [
                "LODANumber", "LODACore", "LODAEvaluator", "LODAProgramStore", "LODASequences", "LODASearch",
                "LODAREPL", "AllocationCounter",
            ],
            path: "Tests/LODATests",
            exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v5]
)
