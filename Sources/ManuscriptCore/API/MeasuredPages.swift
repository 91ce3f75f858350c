/// Printed pages counted in the real PDF of each volume, given to the pipeline when PDFs were made,
/// so that limits in pages count what the reader will hold instead of an estimate.
public struct MeasuredPages: Sendable, Equatable {
    /// Pages of each volume's PDF, by volume id.
    public var volumes: [String: Int]
    /// Pages of each chapter (section), by section id: from its first page to the next chapter's.
    public var sections: [String: Int]

    public init(volumes: [String: Int] = [:], sections: [String: Int] = [:]) {
        self.volumes = volumes
        self.sections = sections
    }
}
