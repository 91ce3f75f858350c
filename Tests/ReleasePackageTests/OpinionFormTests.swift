import ManuscriptCore
@testable import ReleasePackage
import Testing

struct OpinionFormTests {
    @Test func theFormNamesTheChaptersOfEveryVolumeIncludingTheSummary() {
        let location = SourceLocation.start(of: "a.yaml")
        func section(_ id: String, _ number: String, headings: [String]) -> Section {
            Section(id: id, title: id, number: number, location: location,
                    blocks: headings.map { Block(location: location, content: .heading(Heading(level: 2, text: [.text($0)]))) })
        }
        let document = Document(
            edition: Edition(title: "いわき市地域共生ビジョン", subtitle: nil, label: "L", status: .publicComment, date: "2026-12-01",
                             publisher: "いわき市", language: "ja", identifier: "x",
                             publicComment: PublicCommentCall(from: "2026-12-01", to: "2026-12-31", submitTo: ["郵送"])),
            volumes: [
                Volume(id: "vision", title: "本編", shortTitle: "本編", sections: [section("overview", "第1章", headings: ["背景"])]),
                Volume(id: "appendix", title: "資料編", shortTitle: "資料編", sections: [section("glossary", "資料1", headings: ["あ行"])]),
                Volume(id: "summary", title: "概要版", sections: [section("summary-overview", "第1章", headings: [])]),
            ])
        #expect(OpinionForm.contents(of: document).map(\.plainText) == ["本編：第1章 overview", "資料編：資料1 glossary", "概要版：第1章 summary-overview"])
        let form = OpinionForm.volume(for: document)
        #expect(form.layout == .form)
        #expect(form.title == "「いわき市地域共生ビジョン（案）」に対する意見提出用紙")
        // The example names a place the plan has, not one made up (「第3章（1）」 in a plan without it).
        #expect(OpinionForm.example(in: document) == "本編 第1章 背景")
    }

    /// A town's form asks about 町内 and promises 町の考え方; a council named after its city asks about
    /// 市内 and answers as 本会.
    @Test(arguments: [("三春町", "町内に住んでいる", "町の考え方"), ("社会福祉法人いわき市社会福祉協議会", "市内に住んでいる", "本会の考え方")])
    func theFormSpeaksAsItsPublisher(publisher: String, area: String, answers: String) {
        let edition = Edition(title: "計画", subtitle: nil, label: "L", status: .publicComment, date: "2026-12-01",
                              publisher: publisher, language: "ja", identifier: "x")
        let location = SourceLocation.start(of: "a.yaml")
        let document = Document(edition: edition, volumes: [
            Volume(id: "vision", title: "本編", sections: [Section(id: "a", title: "a", location: location, blocks: [])]),
        ])
        let text = OpinionForm.volume(for: document).sections.flatMap(\.blocks).flatMap(\.content.inlineRuns).map(\.plainText).joined(separator: "\n")
        #expect(text.contains(area))
        #expect(text.contains("ご意見の概要と\(answers)は"))
        #expect(!text.contains(area.hasPrefix("市") ? "町内" : "市内"))
    }
}
