/**
 * Harmonisation of marks across examiners (issue 9): pure, no DOM. Load files into a
 * `HarmonisationSet` (`importFiles`), `buildReport` for statistics and flags, then
 * `harmonisationCsv` to export. Methods and CSV columns: README.md.
 */
export {
  assessmentHashOk,
  type Duplicate,
  type FileOutcome,
  HarmonisationSet,
  type ImportOptions,
  importFiles,
  type KnownSubject,
  type RejectedFile,
  type SourceFile,
} from './collection.ts';
export { type CsvExportOptions, csvColumns, csvFileName, harmonisationCsv } from './export-csv.ts';
export { type ExaminerDeviation, FLAG_KINDS, type Flag, type FlagKind } from './flags.ts';
export { candidateLabel, examinerKey, formatNumber, formatSigned, subjectLabel } from './format.ts';
export {
  type GeneratedSet,
  type GenerateOptions,
  generateHarmonisationSet,
  seededRandom,
} from './generate.ts';
export { type ExpectedMark, expectedMark, LEVEL_RANGES, LEVEL_RANK, levelMidpoint } from './points.ts';
export { createPseudonymiser, type Pseudonymiser } from './pseudonymise.ts';
export {
  buildReport,
  criterionLabel,
  DEFAULT_SETTINGS,
  type Entry,
  type EntryQuestion,
  type ExaminerSubjectStats,
  type GroupStats,
  type HarmonisationSettings,
  type LevelCounts,
  type LevelDistribution,
  type Report,
} from './report.ts';
export { bundleAgainstAnchor, stationCopyFlags } from './station-copy.ts';
export {
  addStationSnapshot,
  STATION_SNAPSHOT_FORMAT,
  type StationAnchor,
  type StationImport,
  type StationRead,
  type StationSnapshot,
  stationFileName,
} from './station-source.ts';
export { histogram, mean, median, quantile, type Summary, standardDeviation, summarise } from './stats.ts';
