import Foundation
import ManuscriptCore

/// libFuzzer entry point: any bytes, read as a section file, must give a section or findings, never
/// a crash, a hang or unbounded memory. Every scalar is also read as inline text, and the bytes are
/// read as an external stage's JSON answer (decoded and validated) too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzManuscript(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    let root = URL(fileURLWithPath: "/nonexistent-fuzz-root")
    _ = Manuscript.readSection(data, displayPath: "fuzz.yaml", root: root,
                               extensions: FormatExtensions(blockKinds: ["roles", "glossary"], blockOptions: ["link-terms"]))
    if let node = try? YAMLDocument.parse(data, path: "fuzz.yaml") { readScalars(node) }
    _ = StageAnswer.problems(in: data)
    return 0
}

private func readScalars(_ node: YAMLNode) {
    switch node.kind {
    case .scalar: _ = try? node.inlineText("text")
    case .sequence(let items): items.forEach(readScalars)
    case .mapping(let pairs): pairs.forEach { readScalars($0.key); readScalars($0.value) }
    }
}
