// swift-tools-version:6.0
import Foundation
import PackageDescription

let package = Package(
    name: "ManuscriptAssembly",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "assemble", targets: ["assemble"]),
        .library(name: "ManuscriptCore", targets: ["ManuscriptCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // C libraries from Debian: libyaml-dev, libzip-dev and libqrencode-dev.
        .systemLibrary(name: "CYaml", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .systemLibrary(name: "CZip", pkgConfig: "libzip", providers: [.apt(["libzip-dev"])]),
        // QR codes for the related-plans table: libqrencode-dev.
        .systemLibrary(name: "CQREncode", pkgConfig: "libqrencode", providers: [.apt(["libqrencode-dev"])]),
        // GNU libc extensions: spawning external stages, swapping the output folder, the preview's socket.
        .target(name: "CSpawn"),

        // The core: document model, YAML loader, stages, pipeline, findings.
        .target(
            name: "ManuscriptCore",
            dependencies: [
                "CYaml",
                "CSpawn",
                .product(name: "SwiftCSV", package: "SwiftCSV"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
        // Zip archives (write and read) over libzip; entries from bytes or from manuscript files.
        .target(name: "ZipArchive", dependencies: ["CZip", "ManuscriptCore"]),
        // XHTML of sections, shared by the EPUB and the web edition.
        .target(name: "XHTMLRendering", dependencies: ["ManuscriptCore"]),
        .target(name: "EPUBWriter", dependencies: ["ManuscriptCore", "XHTMLRendering", "ZipArchive"]),
        // The web edition: a folder of HTML pages per volume.
        .target(name: "WebEdition", dependencies: ["ManuscriptCore", "XHTMLRendering"]),
        .target(name: "DOCXWriter", dependencies: ["ManuscriptCore", "ZipArchive"]),

        // Stages: each its own module, using only the core's public API.
        .target(name: "Numbering", dependencies: ["ManuscriptCore"], path: "Plugins/Numbering"),
        .target(name: "CrossReferences", dependencies: ["ManuscriptCore"], path: "Plugins/CrossReferences"),
        .target(name: "RoleTables", dependencies: ["ManuscriptCore"], path: "Plugins/RoleTables"),
        .target(name: "CharacterLimits", dependencies: ["ManuscriptCore"], path: "Plugins/CharacterLimits"),
        // The Japanese collation's sort keys come from the ICU that Foundation links on Linux.
        .target(name: "GlossaryLinking", dependencies: ["ManuscriptCore"], path: "Plugins/GlossaryLinking",
                linkerSettings: [.linkedLibrary("_FoundationICU", .when(platforms: [.linux]))]),
        .target(name: "AppendixBundling", dependencies: ["ManuscriptCore"], path: "Plugins/AppendixBundling"),
        .target(name: "RelatedPlans", dependencies: ["ManuscriptCore", "CQREncode"], path: "Plugins/RelatedPlans"),
        .target(name: "SummaryEdition", dependencies: ["ManuscriptCore"], path: "Plugins/SummaryEdition"),
        .target(name: "ReleaseChecks", dependencies: ["ManuscriptCore"], path: "Plugins/ReleaseChecks"),
        .target(name: "Charts", dependencies: ["ManuscriptCore"], path: "Plugins/Charts"),
        .target(name: "BuiltInStages", dependencies: ["ManuscriptCore", "AppendixBundling", "RoleTables", "Numbering", "GlossaryLinking",
                                                      "RelatedPlans", "SummaryEdition", "CrossReferences", "CharacterLimits", "ReleaseChecks", "Charts"]),

        // PDF volumes: one LibreOffice (unoserver) per run, and the facts read back from each PDF.
        .target(name: "PDFOutput", dependencies: ["ManuscriptCore", .product(name: "Crypto", package: "swift-crypto")]),
        // The release package (volumes, PDFs, opinion form, manifest) and the 新旧対照表.
        .target(
            name: "ReleasePackage",
            dependencies: ["ManuscriptCore", "EPUBWriter", "DOCXWriter", "WebEdition", "PDFOutput", "ZipArchive", .product(name: "Crypto", package: "swift-crypto")]),

        // `assemble preview`: the local server of the web edition, the manuscript watcher and live reload.
        .target(name: "PreviewServer", dependencies: ["ManuscriptCore", "CSpawn"]),

        .executableTarget(
            name: "assemble",
            dependencies: [
                "ManuscriptCore", "BuiltInStages", "EPUBWriter", "DOCXWriter", "WebEdition", "PDFOutput", "ReleasePackage", "PreviewServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // jemalloc (libjemalloc-dev) in place of glibc's malloc: a long manuscript makes millions of
            // small strings and arrays, and freeing and reusing them took a sixth of a 10 MB build.
            linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]),

        .target(name: "AssemblyTestSupport", dependencies: ["ManuscriptCore", "BuiltInStages"]),
        .testTarget(name: "ManuscriptCoreTests", dependencies: ["ManuscriptCore", "AssemblyTestSupport"]),
        .testTarget(name: "CharacterLimitsTests", dependencies: ["CharacterLimits", "ManuscriptCore", "AssemblyTestSupport"]),
        .testTarget(name: "GlossaryLinkingTests", dependencies: ["GlossaryLinking", "ManuscriptCore", "AssemblyTestSupport"]),
        .testTarget(name: "StageTests", dependencies: ["ManuscriptCore", "BuiltInStages", "ReleaseChecks", "AssemblyTestSupport"]),
        .testTarget(name: "WriterTests", dependencies: ["ManuscriptCore", "EPUBWriter", "DOCXWriter", "WebEdition", "ZipArchive", "CZip", "AssemblyTestSupport"]),
        .testTarget(name: "PreviewServerTests", dependencies: ["PreviewServer", "ManuscriptCore"]),
        .testTarget(name: "ReleasePackageTests", dependencies: ["ReleasePackage", "PDFOutput", "ManuscriptCore"]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["AssemblyTestSupport", "ZipArchive", "assemble"],
            exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v5]
)

// The libFuzzer target over the YAML loader, the section reader and external stages' answers. libFuzzer supplies `main`, so the
// target exists only when scripts/fuzz.sh builds it (`swift build --sanitize=fuzzer`).
if ProcessInfo.processInfo.environment["ASSEMBLE_FUZZ"] != nil {
    package.products.append(.executable(name: "fuzz-manuscript", targets: ["fuzz-manuscript"]))
    package.targets.append(.executableTarget(
        name: "fuzz-manuscript",
        dependencies: ["ManuscriptCore"],
        path: "Sources/FuzzManuscript",
        swiftSettings: [.unsafeFlags(["-parse-as-library"])]))
}
