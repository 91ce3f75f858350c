import XHTMLRendering

/// The web edition's style sheet: the EPUB's, then the page around it, glossary definitions shown on
/// hover and focus (no script; Esc hides it, see WebPage.dismissTips), and a print style sheet. System fonts only: nothing is fetched.
enum WebStyleSheet {
    static let css = StyleSheet.css + "\n" + """
        body { max-width: 48em; margin: 0 auto; padding: 0 1em; color: #1a1a1a; background: #ffffff; }
        a { color: #0b4f9c; }
        a:focus-visible { outline: 3px solid #8f4700; outline-offset: 2px; }
        .skip-link { position: absolute; left: -10000px; top: 0; }
        .skip-link:focus { position: static; display: inline-block; padding: 0.3em 0.6em; background: #ffffff; }
        .site-header { border-bottom: 1px solid #999; padding: 0.5em 0; font-family: sans-serif; }
        .site-header p { margin: 0.2em 0; }
        .site-title { font-weight: bold; font-size: 1.1em; }
        .site-title a { text-decoration: none; color: #1a1a1a; }
        .site-edition { font-size: 0.9em; }
        .pager ul { list-style: none; display: grid; grid-template-columns: 1fr auto 1fr; gap: 0.5em 1.5em; padding: 0; margin: 1em 0; font-family: sans-serif; }
        .pager .previous { grid-column: 1; }
        .pager .contents { grid-column: 2; }
        .pager .next { grid-column: 3; text-align: right; }
        .pager-label { font-weight: bold; }
        .site-footer { border-top: 1px solid #999; margin-top: 2em; font-size: 0.9em; font-family: sans-serif; }
        .toc ol { padding-left: 1.5em; }
        .toc-volume { font-size: 1.1em; margin-top: 1.5em; }
        .title-page { margin-top: 2em; }
        .term { position: relative; }
        .term .definition { display: none; position: absolute; left: 0; top: 100%; z-index: 10; width: max-content; max-width: min(24em, 80vw);
          padding: 0.4em 0.6em; background: #ffffff; color: #1a1a1a; border: 2px solid #1a4f8b; border-radius: 0.3em;
          box-shadow: 0 2px 6px rgba(0, 0, 0, 0.3); font-size: 0.9rem; font-weight: normal; line-height: 1.5; text-align: left; }
        .term:hover .definition, .term:focus-within .definition { display: block; }
        .tips-dismissed .term .definition { display: none; }
        .finding { outline: 3px solid #c00000; outline-offset: 3px; }
        @media print {
          @page { size: A4; margin: 18mm 16mm; }
          body { max-width: none; padding: 0; font-size: 10.5pt; }
          .skip-link, .pager, .term .definition { display: none !important; }
          .site-header { border: none; font-size: 9pt; }
          a { color: inherit; text-decoration: none; }
          h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
          figure, .callout { break-inside: avoid; page-break-inside: avoid; }
          .chart-data { display: none; }
        }
        """
}
