/** The entry-requirements check: what the UI imports. See docs/entry-requirements.md. */
export { checkEntryRequirements } from './check-entry-requirements';
export {
  type QualificationsReading,
  type ReadQualifications,
  type ReadSchoolQualification,
  qualificationsSchema,
  readQualifications,
} from './read-qualifications';
export {
  ENTRY_ITEM_IDS,
  ENTRY_STATUSES,
  type EntryCheckItem,
  type EntryCheckResult,
  type EntryContext,
  type EntryItemId,
  type EntryStatus,
} from './types';
