// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Standpoint",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "standpoint", targets: ["standpoint"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(name: "StandpointModel"),
        .target(
            name: "StandpointAnalysis",
            dependencies: ["StandpointModel"],
            resources: [.process("Resources")]
        ),
        .target(name: "StandpointExport", dependencies: ["StandpointModel"]),
        .target(name: "StandpointStore", dependencies: ["StandpointModel"]),
        .target(name: "StandpointUI", dependencies: ["StandpointModel"], resources: [.process("Resources")]),
        .systemLibrary(
            name: "CNcurses",
            providers: [.apt(["libncurses-dev"])]
        ),
        .target(name: "StandpointTerminal", dependencies: ["StandpointUI", "CNcurses"]),
        .executableTarget(
            name: "standpoint",
            dependencies: [
                "StandpointModel", "StandpointAnalysis", "StandpointExport", "StandpointStore",
                "StandpointUI", "StandpointTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "standpoint-bench",
            dependencies: [
                "StandpointModel", "StandpointAnalysis", "StandpointUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            resources: [.process("Resources")]
        ),
        .executableTarget(
            name: "standpoint-save-loop", dependencies: ["StandpointModel", "StandpointStore"],
            path: "Sources/standpoint-save-loop"),
        .testTarget(name: "StandpointModelTests", dependencies: ["StandpointModel"]),
        .testTarget(
            name: "StandpointAnalysisTests", dependencies: ["StandpointAnalysis"],
            resources: [.copy("Loading/Fixtures"), .copy("Quality")]),
        .testTarget(name: "StandpointExportTests", dependencies: ["StandpointExport", "StandpointAnalysis"]),
        .testTarget(name: "StandpointStoreTests", dependencies: ["StandpointStore", "standpoint-save-loop"]),
        .testTarget(name: "StandpointUITests", dependencies: ["StandpointUI"], exclude: ["Snapshots"]),
        .testTarget(name: "StandpointTerminalTests", dependencies: ["StandpointTerminal", "StandpointUI"]),
        .testTarget(name: "StandpointCLITests", dependencies: ["standpoint"]),
        .testTarget(name: "StandpointEndToEndTests", dependencies: ["standpoint"]),
    ],
    swiftLanguageModes: [.v6]
)

// The libFuzzer harness (docs/reliability.md) exists only in fuzzing builds, as
// libFuzzer brings its own `main`: STANDPOINT_FUZZ=1 swift build --scratch-path
// .build-fuzz -Xswiftc -sanitize=fuzzer,address --product standpoint-fuzz
if Context.environment["STANDPOINT_FUZZ"] != nil {
    package.targets.append(.executableTarget(name: "standpoint-fuzz", dependencies: ["StandpointAnalysis", "StandpointModel"]))
    package.products.append(.executable(name: "standpoint-fuzz", targets: ["standpoint-fuzz"]))
}
