/// The body of `/_preview/state` and of each `build` event.
struct PreviewStateMessage: Encodable {
    /// The latest build's number.
    var generation: Int
    /// The number of the build whose pages are served, nil before any succeeded.
    var pages: Int?
    var succeeded: Bool
    /// The findings panel of the latest build, as HTML.
    var panel: String
    /// Element id → the findings marked on it.
    var marks: [String: [String]]
}
