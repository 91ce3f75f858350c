import AppendixBundling
import Charts
import CharacterLimits
import CrossReferences
import GlossaryLinking
import ManuscriptCore
import Numbering
import RelatedPlans
import ReleaseChecks
import RoleTables
import SummaryEdition

/// Every stage built into `assemble`, in the order they run when an edition names no pipeline.
///
/// To add a stage: create `Plugins/<Name>/` with a type conforming to `Stage`, add a target for it in
/// Package.swift, and list it here.
public let builtInStages: [any Stage.Type] = [
    // First, so material it moves to the appendix is numbered and referenced where it lands.
    AppendixBundlingStage.self,
    RoleTablesStage.self,
    RelatedPlansStage.self,
    // Before numbering, so charts are numbered as figures (図n) in reading order.
    ChartsStage.self,
    NumberingStage.self,
    // After numbering, so its notes can point at 「資料編 資料5 用語集」.
    // After numbering, so copies keep the full text's numbers; before glossary linking, so terms are
    // explained where each volume first uses them; before cross-references, so references in the
    // summary name the volume they point into (「本編 …」).
    SummaryEditionStage.self,
    GlossaryLinkingStage.self,
    CrossReferencesStage.self,
    // Last, so references count as printed and roles declarations are still there to count.
    CharacterLimitsStage.self,
    // Always runs, last, over the finished text (and added to pipelines that leave it out).
    ReleaseChecksStage.self,
]
