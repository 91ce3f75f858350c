/// The EPUB stylesheet, which the web edition's builds on: horizontal Japanese text, with readable
/// tables and boxed asides.
public enum StyleSheet {
    public static let css = """
        @charset "UTF-8";
        html { writing-mode: horizontal-tb; -epub-writing-mode: horizontal-tb; }
        body { font-family: serif; line-height: 1.75; line-break: strict; word-break: normal; }
        h1, h2, h3, caption, th, .callout-title { font-family: sans-serif; }
        h1 { font-size: 1.5em; border-bottom: 2px solid #1a4f8b; padding-bottom: 0.2em; }
        h2 { font-size: 1.25em; border-left: 6px solid #1a4f8b; padding-left: 0.4em; }
        h3 { font-size: 1.1em; }
        table { border-collapse: collapse; margin: 1em 0; width: 100%; table-layout: fixed; }
        table.keep { break-inside: avoid; page-break-inside: avoid; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        caption { font-weight: bold; text-align: left; padding-bottom: 0.3em; break-after: avoid; page-break-after: avoid; }
        th, td { border: 1px solid #555; padding: 0.3em 0.5em; vertical-align: top; text-align: left; line-break: strict; }
        th.numeric, td.numeric { text-align: right; }
        th.mark, td.mark { text-align: center; }
        thead th { background: #dde6f2; }
        tbody th { background: #f2f5f9; }
        .metrics .target { font-weight: bold; }
        .measures { font-weight: normal; font-size: 0.85em; }
        .callout { border: 2px solid #1a4f8b; border-radius: 0.4em; padding: 0.2em 1em; margin: 1em 0; }
        .callout-title { font-weight: bold; color: #1a4f8b; }
        .editor-note { border: 1px dashed #b35c00; background: #fff4e5; padding: 0 0.8em; margin: 1em 0; }
        .note-label { font-weight: bold; color: #8f4700; margin-right: 0.5em; }
        figure { margin: 1em 0; text-align: center; }
        figure img { max-width: 100%; }
        .inline-image { image-rendering: pixelated; vertical-align: middle; }
        figcaption, .number { font-weight: bold; }
        .chart-graphic { max-width: 100%; height: auto; }
        .chart-data summary { cursor: pointer; font-family: sans-serif; }
        .noteref { font-size: 0.75em; vertical-align: super; text-decoration: none; }
        .footnote { font-size: 0.85em; border-top: 1px solid #999; margin-top: 1em; padding-top: 0.3em; }
        .glossary-term { font-weight: bold; }
        .title-page { text-align: center; margin-top: 20%; }
        .book-title { border: none; font-size: 2em; }
        """
}
