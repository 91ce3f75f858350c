/// The numbering part: one bullet definition and one decimal definition; every ordered list gets its
/// own instance so its numbers restart at 1.
struct WordNumbering {
    static let bulletListID = 1
    private(set) var orderedInstances: [Int] = []

    mutating func newOrderedList() -> Int {
        let id = 100 + orderedInstances.count
        orderedInstances.append(id)
        return id
    }

    func xml() -> String {
        let bullet = """
            <w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>\
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="・"/><w:lvlJc w:val="left"/>\
            <w:pPr><w:ind w:left="420" w:hanging="420"/></w:pPr></w:lvl></w:abstractNum>
            """
        let decimal = """
            <w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/>\
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>\
            <w:pPr><w:ind w:left="420" w:hanging="420"/></w:pPr></w:lvl></w:abstractNum>
            """
        var nums = "<w:num w:numId=\"\(Self.bulletListID)\"><w:abstractNumId w:val=\"0\"/></w:num>"
        for id in orderedInstances {
            nums += "<w:num w:numId=\"\(id)\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
        }
        return WordXML.declaration + "<w:numbering \(WordXML.namespaces)>\(bullet)\(decimal)\(nums)</w:numbering>"
    }
}
