import BuiltInStages
import ManuscriptCore
import Testing

struct StageDescriptionTests {
    @Test func identifiersAreUniqueLowercaseAndHyphenated() {
        let ids = builtInStages.map { $0.description.identifier }
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.allSatisfy { $0.isLowercase || $0 == "-" }, "\(id)")
        }
    }

    @Test func summariesAreOneSentenceWithoutTrailingPeriod() {
        for stage in builtInStages {
            let summary = stage.description.summary
            #expect(!summary.isEmpty && !summary.hasSuffix(".") && !summary.hasSuffix("。"), "\(stage.description.identifier)")
        }
    }

    @Test func everyStageHasExamples() {
        for stage in builtInStages {
            #expect(!stage.description.examples.isEmpty, "\(stage.description.identifier)")
        }
    }
}
