/**
 * The words of the pay rules in pay.ts: each rule's title (named on the sources page) and note (what
 * the figure means). They live apart from the figures so that the pay page, which shows neither,
 * does not load them (issue 14: about 3 KiB brotli); the catalogue (index.ts) takes the pay rules
 * from here, whole. A note restates its rule's figures: change the two files together. The type
 * makes every rule in pay.ts have its words here, and nothing else.
 */
import * as pay from './pay';
import type { RuleFacts } from './types';

type RuleWords = { readonly title: string; readonly note: string };

/** The names of pay.ts's rules that carry no words of their own (notInTrainingPay does). */
type PayRuleName = {
  [Name in keyof typeof pay]: (typeof pay)[Name] extends RuleFacts<unknown>
    ? (typeof pay)[Name] extends { readonly note: string }
      ? never
      : Name
    : never;
}[keyof typeof pay];

const PAY_RULE_WORDS: Readonly<Record<PayRuleName, RuleWords>> = {
  englandResidentPay2023: {
    title: 'Resident doctors in England: basic pay 2023/24 (2016 contract)',
    note: 'Basic pay for a 40-hour week from 1 April 2023 to 31 March 2024: F1 £32,398, F2 £37,303, core years 1 and 2 £43,923, core year 3 and ST3 to ST5 £55,329, ST6 to ST8 £63,152.',
  },
  englandResidentPay2024: {
    title: 'Resident doctors in England: basic pay 2024/25 (2016 contract)',
    note: 'Basic pay for a 40-hour week from 1 April 2024 to 31 March 2025, from a secondary site: F1 £36,616, F2 £42,008, core years 1 and 2 £49,909, core year 3 and ST3 to ST5 £61,825. The ST6 to ST8 figure (£70,425) is derived, not published on that page; it agrees with the 2025/26 figure less that year’s award.',
  },
  englandResidentPay2025: {
    title: 'Resident doctors in England: basic pay 2025/26 (2016 contract)',
    note: 'Basic pay for a 40-hour week from 1 April 2025: F1 £38,831, F2 £44,439, core years 1 and 2 £52,656, core year 3 and ST3 to ST5 £65,048, ST6 to ST8 £73,992. The figures come from secondary sites; each equals the 2024/25 figure × 1.04 + £750, the award the government announced on 22 May 2025 (backdated to 1 April 2025).',
  },
  payAward2026: {
    title: 'The 2026/27 pay award for doctors in England: 3.5%',
    note: 'The DDRB recommended a 3.5% rise for 2026/27 from 1 April 2026 and the government accepted it in spring 2026. Resident doctors are getting it, reflected in contracts from August 2026 (a resident doctor’s summary). That it applies to consultants too is the DDRB’s headline recommendation; no copy seen quotes it for consultants. The official 2026/27 pay scales were not in Pathway’s sources.',
  },
  latestPayScale: {
    title: 'Pay in England after 2026/27 is shown at the estimated 2026/27 rates',
    note: 'England’s 2026/27 figures are estimates: the 2025/26 scale plus the 3.5% award. Awards for 2027/28 and later are not known, so Pathway shows later years at these estimated 2026/27 rates, labelled so, and adds no inflation or guessed pay rises.',
  },
  nodalPointsByGrade: {
    title: 'Which nodal point each training year is paid on (England)',
    note: 'F1 is nodal point 1, F2 nodal point 2, IMT years 1 and 2 nodal point 3, IMT year 3 and palliative medicine ST4 and ST5 nodal point 4, and ST6 and ST7 nodal point 5. The point follows the training grade, with no increments for time served, so a doctor training less than full time stays on a point for longer in calendar time.',
  },
  nodalPointsAccsIm: {
    title: 'Which nodal point each ACCS-IM year is paid on (England): Pathway’s reading',
    note: 'ACCS-IM is 2 years of ACCS, then IMT years 2 and 3. Pathway pays its years 1 to 3 on nodal point 3 (core years 1 and 2, and IMT year 2) and year 4, which is IMT year 3, on nodal point 4. No source says how the third year is paid; if it counts as core year 3 it would be nodal point 4.',
  },
  ltftBasicPayProRata: {
    title: 'Less than full time basic pay is pro rata to hours (England, 2016 contract)',
    note: 'Basic pay for a doctor training less than full time is the nodal point salary ÷ 40 × average weekly hours. Pathway takes the hours as 40 × your WTE (60% is 24 hours), so basic pay is the salary × WTE.',
  },
  ltftAllowance: {
    title: 'Less than full time allowance (England, 2016 contract)',
    note: 'Doctors training less than full time on the 2016 contract get an allowance of £1,000 a year while they are less than full time (not those whose pay is protected under section 2). Pathway pays it pro rata to the days part time.',
  },
  enhancementsNotIncluded: {
    title: 'Extra pay on top of basic pay (2016 contract), not in Pathway’s figures',
    note: 'On top of basic pay, the 2016 contract pays a 37% enhancement for night hours, a weekend allowance (1 weekend in 8 or more), 8% for non-resident on-call availability and extra hours at the basic rate. These depend on the rota, so Pathway shows basic pay only. Flexible pay premia are paid in some specialties but not palliative medicine.',
  },
  consultantThresholds: {
    title: 'Consultant pay thresholds in England (2024 structure)',
    note: 'Since the 2024 reform a consultant in England starts on threshold 1 and moves to threshold 2a after 3 years, 2b after 4, 3 after 8 and the top, 4, after 14 (it was 19). The first values were £99,532, £105,390, £108,390, £118,884 and £131,964; the date they took effect is not in Pathway’s sources.',
  },
  englandConsultantPay2024: {
    title: 'Consultants in England: basic pay 2024/25',
    note: 'After the 6% award for 2024/25 the scale ran from £105,504 to £139,882, with thresholds 2a £111,714, 2b £114,894 and 3 £126,018 (published by a recruiter, June 2024; the official pay circular was not seen).',
  },
  englandConsultantPay2025: {
    title: 'Consultants in England: basic pay 2025/26',
    note: 'After the 4% award for 2025/26 the scale runs from £109,725 (threshold 1) to £145,478 (threshold 4, after 14 years). The thresholds in between (2a £116,183, 2b £119,490, 3 £131,059) are estimates: the published 2024/25 thresholds × 1.04, to the nearest pound. Check them against the official pay circular.',
  },
  englandResidentPay2026: {
    title: 'Resident doctors in England: basic pay 2026/27 (estimate)',
    note: 'Estimates, not published figures: each 2025/26 nodal point plus the 3.5% award for 2026/27, to the nearest pound (F1 £40,190, F2 £45,994, core years 1 and 2 £54,499, core year 3 and ST3 to ST5 £67,325, ST6 to ST8 £76,582). The 2026 resident deal also reforms the nodal points by April 2027; its new values were not found, so they are not included.',
  },
  englandConsultantPay2026: {
    title: 'Consultants in England: basic pay 2026/27 (estimate)',
    note: 'Estimates, not published figures: each 2025/26 threshold plus the DDRB’s 3.5% for 2026/27, to the nearest pound (threshold 1 £113,565 to threshold 4 £150,570). No copy seen quotes the 3.5% for consultants, who remained in dispute in 2026.',
  },
  englandResidentDeal2026: {
    title: 'The 2026 resident doctor deal in England: new pay points not yet modelled',
    note: 'Resident doctors in England accepted a deal in 2026: an average pay rise of 6.6%, fully in place by April 2027. It is the 3.5% award plus about 3.1% from reforming the nodal points, which changes what each point pays (more for some grades, such as ST5, and almost nothing more for others, such as ST6). The new point values were not found, so Pathway does not model the reform: its figures from 2026/27 include the 3.5% award only.',
  },
  englandSasPay2025: {
    title: 'Specialty doctors and specialists (SAS) in England: basic pay 2025/26',
    note: 'On the 2021 contracts, specialty doctors are paid £61,542 to £99,216 and specialists £100,870 to £111,441 in 2025/26 (consistent with the 2024/25 minimums of £59,175 and £96,990 raised by 4%).',
  },
  scotlandResidentPay2024: {
    title: 'Resident doctors in Scotland: basic pay from 1 October 2024',
    note: 'Scotland pays resident doctors on incremental scales. From 1 October 2024: FY1 £34,500 (pay point 0), £36,655 (point 1) and £38,808 (point 2); FY2 £42,792 (point 0) and £45,591 (point 1); the specialty registrar scale starts at £45,503. Pathway assumes a doctor new to F1 or F2 starts on pay point 0; it does not know which point each later training year is on.',
  },
  scotlandPayDeal2025: {
    title: 'Scotland’s 2025 to 2027 resident doctor pay deal',
    note: 'Resident doctors in Scotland accepted a 2025 to 2027 deal in February 2026 (97.1% on a 62.4% turnout): every pay point rises 4.25% from 1 April 2025 and a further 3.75% in 2026/27, and every doctor moves up one pay point from 1 December 2025 and again in December 2026 (unless a new contract replaces that move; Pathway takes 1 December 2026). Doctors at the top of a scale get the same value as a consolidated payment instead. With the moves, the average rises are 9.9% and 9.4%. The new scale has not been published: Pathway’s figures are estimates from the October 2024 scale.',
  },
  scotlandResidentPay2025: {
    title: 'Resident doctors in Scotland: basic pay 2025/26 (estimate)',
    note: 'Estimates, not published figures: each October 2024 pay point plus 4.25%, to the nearest pound (FY1 £35,966, £38,213 and £40,457; FY2 £44,611 and £47,529).',
  },
  scotlandResidentPay2026: {
    title: 'Resident doctors in Scotland: basic pay 2026/27 (estimate)',
    note: 'Estimates, not published figures: each estimated 2025/26 pay point plus 3.75%, to the nearest pound (FY1 £37,315, £39,646 and £41,974; FY2 £46,284 and £49,311).',
  },
  scotlandConsultantPay2024: {
    title: 'Consultants in Scotland: basic pay 2024/25, by years of seniority',
    note: 'From 1 April 2024 (the 2004 contract): £107,144 in the first year, £109,407 after 1 year of seniority, £112,662 after 2, £115,921 after 3, £119,170 after 4, £126,905 after 9, £134,640 after 14 and £142,369 after 19. The BMA lists a point for each year of seniority; Pathway numbers the 8 different amounts as points 1 to 8. Discretionary points (up to 8 of £3,600) are not included.',
  },
  scotlandConsultantPay2025: {
    title: 'Consultants in Scotland: basic pay 2025/26 (estimate)',
    note: 'Estimates, not published figures: Scotland implemented the DDRB’s 4% for 2025/26 (paid in July 2025 salaries), so each 2024/25 point plus 4%, to the nearest pound (£111,430 to £148,064). No 2026/27 award for consultants in Scotland was found.',
  },
  walesResidentPay2024: {
    title: 'Resident doctors in Wales: F1 and F2 starting pay 2024/25',
    note: 'Basic pay for a new FY1 doctor in Wales was £33,307 and for a new FY2 doctor £41,073 in 2024/25 (a recruiter’s page, September 2024). Which point of the scale core and specialty training years are on is not known.',
  },
  walesResidentPay2025: {
    title: 'Resident doctors in Wales: F1 and F2 starting pay 2025/26',
    note: 'New FY1 doctors in Wales start on £35,390 in 2025/26 (BMA, November 2025). The 2025/26 award was 4% plus £750 on every resident doctor pay point (Welsh Government, 22 May 2025), so the FY2 starting figure, £43,466, is an estimate: £41,073 × 1.04 + £750, to the nearest pound (the same sum gives £35,389 for FY1, £1 from the published figure).',
  },
  walesResidentPay: {
    title: 'Resident doctors in Wales: a new contract from August 2026, pay points not published',
    note: 'Resident doctors in Wales voted to accept a new contract in December 2025 (83% of those voting, on a 41% turnout). Its basic pay runs from £40,000 to £78,000 for a 40-hour week: a point for F1, a point for F2, then five points for core and specialty training. It is phased in from August 2026, starting with foundation doctors, unbanded specialty trainees and new starters; Pathway takes the August 2026 rotation (5 August) for everyone. The pay points have not been published, so Welsh resident pay from then has no figure.',
  },
  walesConsultantPay2023: {
    title: 'Consultants in Wales: basic pay from 1 January 2024, with years at each point',
    note: 'The reformed scale for consultants in Wales from 1 January 2024 (2023/24 values): point 1 £100,000, 2 £105,000, 3 £110,000 and 4 £115,000 (1 year each), 5 £123,000 (5 years), 6 £130,000 (7 years), 7 £138,000 (7 years) and 8 £146,000 (the top, after 23 years).',
  },
  walesConsultantPay2024: {
    title: 'Consultants in Wales: basic pay 2024/25 (estimate)',
    note: 'Estimates, not published figures: the Welsh Government raised consultants’ salaries by 6% for 2024/25, so each January 2024 point plus 6% (£106,000 to £154,760).',
  },
  walesConsultantPay2025: {
    title: 'Consultants in Wales: basic pay 2025/26 (estimate)',
    note: 'Estimates, not published figures: the Welsh Government accepted the DDRB’s 4% for consultants for 2025/26, so each estimated 2024/25 point plus 4%, to the nearest pound (£110,240 to £160,950). No 2026/27 award for consultants in Wales was found.',
  },
  northernIrelandConsultantPay2023: {
    title: 'Consultants in Northern Ireland: the 5-point scale from 1 March 2024',
    note: 'Consultants in Northern Ireland accepted a 5-point scale in August 2024 (94.3% on a 75.1% turnout), effective from 1 March 2024: point 1 £100,400 in years 1 to 3, point 2 £105,400 in year 4, point 3 £108,400 in years 5 to 8, point 4 £118,900 in years 9 to 14 and point 5 £132,000 from year 15.',
  },
  northernIrelandConsultantPay2024: {
    title: 'Consultants in Northern Ireland: basic pay 2024/25 (estimate)',
    note: 'Estimates: the 6% award for 2024/25 (paid in March 2025) on each point of the March 2024 scale (£106,424 to £139,920). A newspaper gave the same range, £106,424 to £139,920, in August 2025.',
  },
  northernIrelandConsultantPay2025: {
    title: 'Consultants in Northern Ireland: basic pay 2025/26 (estimate)',
    note: 'Estimates, not published figures: the 4% award for 2025/26, backdated to 1 April 2025 and paid in February 2026, on each estimated 2024/25 point, to the nearest pound (£110,681 to £145,517). No 2026/27 award for Northern Ireland was found.',
  },
  northernIrelandPay: {
    title: 'Resident doctors in Northern Ireland: scale not known',
    note: 'Northern Ireland paid resident doctors 6% plus £1,000 for 2024/25 (from June 2025), and 4% plus £750 for 2025/26, backdated to 1 April 2025 and paid in February 2026. The resident doctor scale itself is in Department of Health circulars Pathway could not read, and the only figures found (FY1 £29,566 and FY2 £36,371) are of unclear year, so Pathway does not build a scale from them: resident pay in Northern Ireland is shown as not known.',
  },
};

const WORDS_BY_NAME: Readonly<Record<string, RuleWords | undefined>> = PAY_RULE_WORDS;

/** pay.ts's exports in its order, each rule with its title and note: the pay topic of the catalogue. */
export const payTopic: Readonly<Record<string, unknown>> = Object.fromEntries(
  Object.entries(pay).map(([name, exported]) => {
    const words = Object.hasOwn(WORDS_BY_NAME, name) ? WORDS_BY_NAME[name] : undefined;
    return [
      name,
      words !== undefined && typeof exported === 'object' ? { ...exported, ...words } : exported,
    ];
  }),
);
