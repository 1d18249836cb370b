// swift-tools-version:6.0
import PackageDescription

// No package dependencies by design: the Swift toolchain alone (standard library, Foundation, XCTest).
let package = Package(
    name: "compare-tool",
    products: [
        .library(name: "Compare", targets: ["Compare"]),
        .executable(name: "compare-tool", targets: ["compare-tool"]),
    ],
    targets: [
        .target(name: "Compare", path: "Sources/Compare"),
        .executableTarget(name: "compare-tool", dependencies: ["Compare"], path: "Sources/compare-tool"),
        .executableTarget(name: "compare-bench", dependencies: ["Compare"], path: "Benchmarks/compare-bench"),
        .testTarget(
            name: "CompareTests",
            dependencies: ["Compare"],
            path: "Tests/CompareTests",
            exclude: ["Golden", "Fixtures"]
        ),
    ]
)
