/// The page served while no build has succeeded yet: the findings, so the editor sees what to fix.
enum FailurePage {
    static func html(for build: PreviewBuild) -> String {
        """
        <!DOCTYPE html>
        <html lang="ja"><head><meta charset="utf-8"/><title>プレビュー：ビルドに失敗しました</title>
        \(PreviewMarkup.head(forPagesOf: -1))</head>
        <body><main>\(FindingsPanel.html(for: build, showingPagesOf: nil))</main></body></html>

        """
    }
}
