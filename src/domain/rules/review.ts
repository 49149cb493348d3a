/**
 * When rules are due to be checked again. Yearly items are due after their next expected publication;
 * rules that change rarely are due a year after the fact base was checked. `npm run rules:due` lists
 * them, soonest first, and the app says "may be out of date" beside a figure once its date has passed.
 */
import type { IsoDate } from '../dates';

/** Rules that change rarely: a year after the fact base was checked (24 November 2026). */
export const REVIEW_WITHIN_A_YEAR = '2027-11-24' as IsoDate;

/** UCAT publishes the next cycle's precise dates by the end of January. */
export const REVIEW_AFTER_UCAT_DATES = '2027-02-01' as IsoDate;

/** UCAS publishes the next cycle's key dates when applications open in May. */
export const REVIEW_AFTER_UCAS_DATES = '2027-06-01' as IsoDate;

/** The UK Foundation Programme publishes each application timeline before the summer. */
export const REVIEW_AFTER_UKFP_TIMELINE = '2027-07-01' as IsoDate;

/** IMT and ST4 rounds for August 2028 open in October and November 2027; timelines come before. */
export const REVIEW_AFTER_RECRUITMENT_TIMELINES = '2027-09-01' as IsoDate;

/** The SCE diet after 16 September 2026 had not been published; diets come every nine months. */
export const REVIEW_AFTER_SCE_DIET = '2027-04-01' as IsoDate;

/** Recruitment figures (applications per post, progression) are published each spring. */
export const REVIEW_AFTER_RECRUITMENT_FIGURES = '2027-06-01' as IsoDate;

/** England's 2026/27 pay values (award accepted; circular not yet in Pathway's sources) and the
 * resident deal's new pay points, due by April 2027; Scotland's December 2026 pay-point move. */
export const REVIEW_AFTER_PAY_CIRCULAR = '2027-02-01' as IsoDate;

/** The DDRB's 2027/28 recommendations and the four governments' responses, usually May to July. */
export const REVIEW_AFTER_PAY_AWARD = '2027-08-01' as IsoDate;

/** Things expected to change within months, such as a suspended national calculator. */
export const REVIEW_WITHIN_SIX_MONTHS = '2027-06-01' as IsoDate;

/** Medical schools publish the next entry year's requirements by the time UCAS applications open in May. */
export const REVIEW_AFTER_NEXT_ENTRY_LISTINGS = '2027-06-01' as IsoDate;

/** Grading scales checked with the December 2026 update (7 December 2026): a year on. */
export const REVIEW_GRADE_SCALES = '2027-12-07' as IsoDate;
