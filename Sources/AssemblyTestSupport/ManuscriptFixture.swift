import BuiltInStages
import Foundation
import ManuscriptCore

/// Builds small manuscripts in a temporary folder and loads them, for tests at the unit level.
public enum ManuscriptFixture {
    /// An edition file listing `vision` sections and, optionally, `appendix` sections.
    public static func edition(vision: [String], appendix: [String] = [], status: String = "draft",
                               pipeline: String? = nil) -> String {
        var text = pipeline.map { $0 + "\n" } ?? ""
        text += """
            title: いわき市地域共生ビジョン
            label: テスト版
            status: \(status)
            date: 2026-03-19
            publisher: いわき市
            volumes:
              - id: vision
                title: いわき市地域共生ビジョン
                short-title: 本編
                sections: [\(vision.joined(separator: ", "))]

            """
        if !appendix.isEmpty {
            text += """
                  - id: appendix
                    title: 資料編（別冊）
                    short-title: 資料編
                    sections: [\(appendix.joined(separator: ", "))]

                """
        }
        return text
    }

    /// Writes `files` (which must include edition.yaml) and loads them; paths print relative to the folder.
    public static func load(_ files: [String: String], in folder: TemporaryFolder) throws -> (manuscript: Manuscript?, findings: FindingList) {
        try folder.write(files)
        return Manuscript.load(from: folder.url, displayPath: "", extensions: Pipeline(registry: builtInStages).formatExtensions)
    }
}
