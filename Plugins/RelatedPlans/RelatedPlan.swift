import ManuscriptCore

/// One entry of a `related-plans` block: an individual plan the vision links to.
struct RelatedPlan {
    let name: [Inline]
    let summary: [Inline]
    let url: String?
    let location: SourceLocation
    let urlLocation: SourceLocation

    init(_ node: YAMLNode) throws {
        let plan = try node.mapping("a related plan")
        try plan.rejectUnknownKeys(allowed: ["name", "summary", "url"])
        name = try plan.required("name").inlineText("name")
        summary = try plan["summary"]?.inlineText("summary") ?? []
        let urlNode = plan["url"]
        url = try urlNode?.string("url").trimmingCharacters(in: .whitespaces)
        location = node.location
        urlLocation = urlNode?.location ?? node.location
    }
}
