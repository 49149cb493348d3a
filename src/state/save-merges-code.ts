/** The two-tab merges, in the chunk save-merges.ts loads when they are first needed. */
export { describeOtherTabChange, mergeConcurrentPlans } from '../domain/plan/plans-merge';
export { describePartTimeChange, mergeConcurrentPartTime } from '../domain/plan/part-time-merge';
