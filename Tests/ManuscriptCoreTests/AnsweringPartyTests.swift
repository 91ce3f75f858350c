import ManuscriptCore
import Testing

/// How a publisher names itself in its answers (「市の考え方」) and the area on the opinion form.
struct AnsweringPartyTests {
    func edition(_ publisher: String, selfReference: String? = nil) -> Edition {
        Edition(title: "計画", subtitle: nil, label: "案", status: .draft, date: "2026-12-01", publisher: publisher,
                language: "ja", identifier: "x", selfReference: selfReference)
    }

    @Test(arguments: [
        ("いわき市", "市", "市内"), ("三春町", "町", "町内"), ("檜枝岐村", "村", "村内"), ("福島県", "県", "県内"),
        ("東京都", "都", "都内"), ("社会福祉法人いわき市社会福祉協議会", "本会", "市内"), ("NPO法人みらい", "本会", nil),
    ] as [(String, String, String?)])
    func derivesFromThePublishersName(publisher: String, party: String, area: String?) {
        #expect(edition(publisher).answeringParty == party)
        #expect(edition(publisher).areaWord == area)
    }

    @Test func selfReferenceWins() {
        #expect(edition("いわき市社会福祉協議会", selfReference: "当協議会").answeringParty == "当協議会")
    }
}
