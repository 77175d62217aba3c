/**
 * The labelled evaluation set for tests: the parser and scorer live under
 * bench/ (the bench report runs from dist/, which holds no test/), re-exported here.
 */
export {
  INNOCENT_KINDS,
  isViolationKind,
  LABEL_CATEGORIES,
  LABELLED_HEADER,
  labelledSetDir,
  LabelledSetError,
  loadLabelledSet,
  parseLabelledTsv,
  VIOLATION_KINDS,
  type LabelCategory,
  type LabelledRow,
  type RowKind,
} from '../../bench/labelled-set.js';
export {
  scoreLabelledSet,
  type CategoryScreen,
  type LabelledScore,
  type LabelledTally,
  type RowOutcome,
} from '../../bench/labelled-score.js';
