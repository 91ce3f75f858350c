import ManuscriptCore

/// The EPUB package document: metadata (with accessibility discovery metadata), manifest and spine.
struct PackageDocument {
    let book: EPUBBook
    let files: [EPUBFile]
    let hasImages: Bool

    func xml() -> String {
        let edition = book.edition
        var meta = """
            <dc:identifier id="pub-id">\(edition.identifier(forVolume: book.volume.id).xmlEscaped)</dc:identifier>
            <dc:title id="title">\(edition.printedTitle(of: book.volume).xmlEscaped)</dc:title>
            <dc:language>\(edition.language.xmlEscaped)</dc:language>
            <dc:publisher>\(edition.publisher.xmlEscaped)</dc:publisher>
            <dc:creator>\(edition.publisher.xmlEscaped)</dc:creator>
            <dc:date>\(edition.date.xmlEscaped)</dc:date>
            <dc:description>\(edition.label.xmlEscaped)</dc:description>
            <meta property="dcterms:modified">\(book.input.date.iso8601)</meta>

            """
        meta += accessibilityMetadata().map { "    <meta property=\"schema:\($0.0)\">\($0.1.xmlEscaped)</meta>\n" }.joined()
        let manifest = files.map { file in
            let properties = file.properties.map { " properties=\"\($0)\"" } ?? ""
            return "    <item id=\"\(file.manifestID)\" href=\"\(file.name)\" media-type=\"\(file.mediaType)\"\(properties)/>\n"
        }.joined()
        let spine = files.filter { $0.mediaType == "application/xhtml+xml" }
            .map { "    <itemref idref=\"\($0.manifestID)\"/>\n" }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="pub-id" xml:lang="\(book.language)">
              <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
            \(meta)  </metadata>
              <manifest>
            \(manifest)  </manifest>
              <spine page-progression-direction="ltr">
            \(spine)  </spine>
            </package>

            """
    }

    /// schema.org accessibility properties, as EPUB Accessibility 1.1 asks for discovery.
    private func accessibilityMetadata() -> [(String, String)] {
        var entries: [(String, String)] = [("accessMode", "textual")]
        if hasImages { entries.append(("accessMode", "visual")) }
        entries.append(("accessModeSufficient", "textual"))
        for feature in ["structuralNavigation", "tableOfContents", "readingOrder", "displayTransformability"] {
            entries.append(("accessibilityFeature", feature))
        }
        if hasImages { entries.append(("accessibilityFeature", "alternativeText")) }
        entries.append(("accessibilityHazard", "none"))
        let images = hasImages ? "図には代替テキストを付けています。" : ""
        entries.append(("accessibilitySummary",
                        "見出し構造と目次で移動でき、本文は横書きで読み上げ順に並んでいます。表には見出しセルと表題があります。\(images)点滅や音声などの危険要素はありません。"))
        return entries
    }
}
