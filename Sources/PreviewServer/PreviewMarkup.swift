/// What the preview adds to each page of the web edition it builds: the script and style sheet that
/// reload it and show findings, the number of the build that made it, and the findings panel.
/// Written as XML so it fits XHTML pages as well as HTML ones.
public enum PreviewMarkup {
    public static func head(forPagesOf generation: Int) -> String {
        "<meta name=\"preview-pages\" content=\"\(generation)\"/>\n"
            + "<link rel=\"stylesheet\" href=\"/_preview/preview.css\"/>\n"
            + "<script src=\"/_preview/preview.js\" defer=\"defer\"></script>\n"
    }

    public static func bodyStart(for build: PreviewBuild) -> String {
        FindingsPanel.html(for: build, showingPagesOf: build.generation) + "\n"
    }
}
