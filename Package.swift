// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Rapport",
    // macOS 15 for the Synchronization module (Atomic); the C library calls that differ from
    // Linux go through LineEditor's SystemCall.
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "rapport", targets: ["rapport"]),
        .library(name: "RapportCore", targets: ["RapportCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", exact: "2.37.6"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
    ],
    targets: [
        // The pure core: playbooks, conversation, profile, parsing, summaries. No terminal or file I/O.
        .target(
            name: "RapportCore",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // Line editing on a terminal (libedit), plain line reading otherwise.
        .target(name: "LineEditor", dependencies: ["CEditLine"]),
        // The team store: transcripts and comments uploaded to PostgreSQL, read back for a coach.
        .target(
            name: "TeamStore",
            dependencies: [
                "RapportCore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "rapport",
            dependencies: [
                "RapportCore",
                "LineEditor",
                "TeamStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "RapportCoreTests", dependencies: ["RapportCore"]),
        .testTarget(name: "RapportEndToEndTests", dependencies: ["RapportCore", "TeamStore"]),
    ]
)
