import ManuscriptCore

/// Markup added to every page of the web edition, for tools that serve it (the live preview adds a
/// findings panel, a reload script and marks on the blocks that have findings). A published edition
/// uses ``none``.
public struct PageDecoration {
    /// Inserted at the end of `<head>`.
    public var head: String
    /// Inserted first in `<body>`, before the page's header.
    public var bodyStart: String
    /// Inserted last in `<body>`.
    public var bodyEnd: String
    /// The finding messages of a block, if it has any: the block is wrapped in
    /// `<div class="finding" data-finding="…">` (the messages joined by newlines).
    public var findings: (Block) -> [String]

    public init(head: String = "", bodyStart: String = "", bodyEnd: String = "", findings: @escaping (Block) -> [String] = { _ in [] }) {
        self.head = head
        self.bodyStart = bodyStart
        self.bodyEnd = bodyEnd
        self.findings = findings
    }

    /// Marks the blocks with these ids with their messages.
    public init(head: String = "", bodyStart: String = "", bodyEnd: String = "", markedBlocks: [String: [String]]) {
        self.init(head: head, bodyStart: bodyStart, bodyEnd: bodyEnd) { block in block.id.flatMap { markedBlocks[$0] } ?? [] }
    }

    public static let none = PageDecoration()
}
