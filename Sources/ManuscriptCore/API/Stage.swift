/// A pipeline stage: a self-describing value that runs over the document.
///
/// Stages change the document and report findings through the ``StageContext``; they throw only for
/// what stops the run. A stage lives in its own module under `Plugins/` and uses only this API.
public protocol Stage {
    /// Identifier, name, one-sentence summary, options and examples.
    static var description: StageDescription { get }

    /// Creates the stage from the edition's options for it, throwing at a bad option.
    init(options: StageOptions) throws

    func run(_ context: inout StageContext) throws
}
