/// Writes one volume of the document as one file of an output format.
public protocol VolumeWriter {
    static var format: OutputSettings.Format { get }
    init()
    /// Writes `volume` to `path`. The caller writes to a staging folder and moves files into place,
    /// so a writer may fail at any point without harming earlier outputs.
    func write(_ volume: Volume, of input: RenderInput, to path: String) throws
}
