import ManuscriptCore

/// The panel at the top of every preview page: the build's findings, one compiler-style line each,
/// and after a failed build a notice that the pages shown are the last good ones.
public enum FindingsPanel {
    public static let elementID = "preview-findings"

    public static func html(for build: PreviewBuild, showingPagesOf pages: Int?) -> String {
        let lines = build.lines
        let errors = lines.filter { $0.severity == .error }.count
        let warnings = lines.count - errors
        var html = "<aside id=\"\(elementID)\" class=\"preview-findings\" aria-label=\"プレビューの検出事項\""
            + " data-generation=\"\(build.generation)\" data-succeeded=\"\(build.succeeded)\">"
        if !build.succeeded {
            let shown = pages == nil ? "表示できるページはまだありません。" : "最後に成功したビルドのページを表示しています。"
            html += "<p class=\"preview-failed\" role=\"alert\">ビルドに失敗しました。\(shown)修正して保存すると更新されます。</p>"
        }
        html += "<p class=\"preview-summary\">検出事項：エラー \(errors)件、警告 \(warnings)件</p>"
        if !lines.isEmpty {
            html += "<ol class=\"preview-finding-list\">"
            for line in lines {
                html += "<li class=\"preview-\(line.severity.rawValue)\"><code>\(line.text.xmlEscaped)</code></li>"
            }
            html += "</ol>"
        }
        return html + "</aside>"
    }
}
