/**
 * Which annual rate applies to a pay point on a day: the scale of the pay year (1 April to 31 March)
 * holding the day, the latest published scale for later years, or no figure where the nation's scale is
 * not in Pathway's sources (docs/pay-rules.md, "Scales and years"). England's figures are never used for
 * another nation.
 */
import { type DayNumber, type IsoDate, dayNumber } from '../dates';
import type { Nation } from '../plan/types';
import {
  CONSULTANT_THRESHOLDS,
  NODAL_POINTS,
  type ScaleYear,
  englandConsultantPay2024,
  englandConsultantPay2025,
  englandResidentPay2023,
  englandResidentPay2024,
  englandResidentPay2025,
  latestPublishedPay,
  northernIrelandPay,
  scotlandPayDeal2025,
  scotlandResidentPay2024,
  walesConsultantPay,
  walesResidentPay,
} from '../rules/pay';
import type { Confidence, Rule } from '../rules/types';
import type { PayPoint } from './types';

export type KnownRate = {
  readonly known: true;
  readonly annual: number;
  readonly scaleYear: ScaleYear;
  readonly estimated: boolean;
  readonly derived: boolean;
  readonly confidence: Confidence;
  readonly ruleIds: readonly string[];
};

export type UnknownRate = {
  readonly known: false;
  readonly explanation: string;
  readonly ruleIds: readonly string[];
};

export type RateLookup = KnownRate | UnknownRate;

const labels = new Map<number, string>();

/** The financial year a scale belongs to, by its starting year: `2025/26` starts in 2025. */
export function financialYearLabel(startYear: number): string {
  let label = labels.get(startYear);
  if (label === undefined) {
    label = `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
    if (labels.size < 1_000) labels.set(startYear, label);
  }
  return label;
}

function scaleStartYear(scale: ScaleYear): number {
  return Number(scale.slice(0, 4));
}

const LATEST_START_YEAR = scaleStartYear(latestPublishedPay.value.latestScaleYear);

// Consecutive pay years, oldest first: a year's rate is found by its offset from the first.
const residentScales = [englandResidentPay2023, englandResidentPay2024, englandResidentPay2025];
const consultantScales = [englandConsultantPay2024, englandConsultantPay2025];

function knownRate(
  rule: Rule<{ readonly scaleYear: ScaleYear }>,
  annual: number,
  derived: boolean,
  estimated: boolean,
): KnownRate {
  return {
    known: true,
    annual,
    scaleYear: rule.value.scaleYear,
    estimated,
    derived,
    // A derived point is only as good as the arithmetic behind it (facts.md tags them [L]).
    confidence: derived ? 'low' : rule.confidence,
    ruleIds: estimated ? [rule.id, latestPublishedPay.id] : [rule.id],
  };
}

/** One pay point's rates, built once: by scale year, the latest at later years' dates, and before. */
type PointRates = {
  readonly firstYear: number;
  readonly byYear: readonly KnownRate[];
  readonly atLatestRates: KnownRate;
  readonly before: UnknownRate;
};

function pointRates<Point extends string>(
  rules: readonly Rule<{
    readonly scaleYear: ScaleYear;
    readonly annual: Readonly<Record<Point, number>>;
    readonly derived: readonly Point[];
  }>[],
  point: Point,
  before: UnknownRate,
): PointRates {
  const byYear = rules.map((rule) =>
    knownRate(rule, rule.value.annual[point], rule.value.derived.includes(point), false),
  );
  const latest = rules.at(-1) ?? rules[0];
  if (latest === undefined) throw new Error('no scale');
  return {
    firstYear: scaleStartYear(rules[0]?.value.scaleYear ?? latest.value.scaleYear),
    byYear,
    atLatestRates: knownRate(
      latest,
      latest.value.annual[point],
      latest.value.derived.includes(point),
      true,
    ),
    before,
  };
}

const englandResidentBefore: UnknownRate = {
  known: false,
  explanation: `Pathway has England’s resident doctor pay scales from ${englandResidentPay2023.value.scaleYear} onwards; earlier years have no figure.`,
  ruleIds: [englandResidentPay2023.id],
};

const englandConsultantBefore: UnknownRate = {
  known: false,
  explanation: `Pathway has England’s consultant pay scales (2024 structure) from ${englandConsultantPay2024.value.scaleYear} onwards; earlier years have no figure.`,
  ruleIds: [englandConsultantPay2024.id],
};

const englandRates = new Map<PayPoint, PointRates>([
  ...NODAL_POINTS.map(
    (point) => [point, pointRates(residentScales, point, englandResidentBefore)] as const,
  ),
  ...CONSULTANT_THRESHOLDS.map(
    (threshold) =>
      [
        `consultant-${threshold}` as const,
        pointRates(consultantScales, threshold, englandConsultantBefore),
      ] as const,
  ),
]);

const unknownPoint: UnknownRate = {
  known: false,
  explanation:
    'Which point of the scale this training year is paid on is not in Pathway’s sources.',
  ruleIds: [],
};

function englandRate(point: PayPoint, financialYear: number): RateLookup {
  const rates = englandRates.get(point);
  if (rates === undefined) return unknownPoint;
  if (financialYear > LATEST_START_YEAR) return rates.atLatestRates;
  return rates.byYear[financialYear - rates.firstYear] ?? rates.before;
}

const SCOTLAND_FROM = dayNumber(scotlandResidentPay2024.value.from as IsoDate);
const SCOTLAND_YEAR = scaleStartYear(scotlandResidentPay2024.value.scaleYear);

function scotlandKnown(annual: number): KnownRate {
  return {
    known: true,
    annual,
    scaleYear: scotlandResidentPay2024.value.scaleYear,
    estimated: false,
    derived: false,
    confidence: scotlandResidentPay2024.confidence,
    ruleIds: [scotlandResidentPay2024.id],
  };
}
const scotlandFy1 = scotlandKnown(scotlandResidentPay2024.value.fy1.pp0);
const scotlandFy2 = scotlandKnown(scotlandResidentPay2024.value.fy2.pp0);

const scotlandUnknown = {
  before: {
    known: false,
    explanation:
      'Scotland’s pay scale before 1 October 2024 is not in Pathway’s sources, so no figure is shown (England’s is not used instead).',
    ruleIds: [scotlandResidentPay2024.id],
  },
  after: {
    known: false,
    explanation:
      'Scotland’s pay scale from April 2025 (the 2025 to 2027 deal: average rises of 9.9% and 9.4%) is not in Pathway’s sources, so no figure is shown (England’s is not used instead).',
    ruleIds: [scotlandPayDeal2025.id],
  },
  grade: {
    known: false,
    explanation:
      'Which point of Scotland’s scale this training year is paid on is not in Pathway’s sources, so no figure is shown (England’s is not used instead).',
    ruleIds: [scotlandResidentPay2024.id],
  },
} as const satisfies Record<string, UnknownRate>;

function scotlandRate(point: PayPoint, financialYear: number, day: DayNumber): RateLookup {
  if (point !== 'scotland-fy1-pp0' && point !== 'scotland-fy2-pp0') return scotlandUnknown.grade;
  if (financialYear > SCOTLAND_YEAR) return scotlandUnknown.after;
  if (financialYear < SCOTLAND_YEAR || day < SCOTLAND_FROM) return scotlandUnknown.before;
  return point === 'scotland-fy1-pp0' ? scotlandFy1 : scotlandFy2;
}

const walesResidentUnknown: UnknownRate = {
  known: false,
  explanation:
    'Wales has its own resident doctor pay scale, which is not in Pathway’s sources (a new contract paying £40,000 to £78,000 was offered in 2025; its outcome is not known), so no figure is shown.',
  ruleIds: [walesResidentPay.id],
};
const walesConsultantUnknown: UnknownRate = {
  known: false,
  explanation:
    'Consultants in Wales are paid on 8 points from £100,000 to £146,000 (2023/24 deal); when each point is reached and later awards are not in Pathway’s sources, so no figure is shown.',
  ruleIds: [walesConsultantPay.id],
};
const northernIrelandUnknown: UnknownRate = {
  known: false,
  explanation:
    'Northern Ireland’s pay scales are not in Pathway’s sources (the 2025/26 award was accepted in principle but delayed), so no figure is shown.',
  ruleIds: [northernIrelandPay.id],
};

/**
 * The annual rate for `point` on day number `day` in `nation`; `financialYear` is the starting year of
 * the financial year holding the day.
 */
export function rateFor(
  nation: Nation,
  point: PayPoint | null,
  financialYear: number,
  day: DayNumber,
): RateLookup {
  if (point === null) return nation === 'scotland' ? scotlandUnknown.grade : unknownPoint;
  switch (nation) {
    case 'england':
      return englandRate(point, financialYear);
    case 'scotland':
      return scotlandRate(point, financialYear, day);
    case 'wales':
      return point.startsWith('consultant-') ? walesConsultantUnknown : walesResidentUnknown;
    case 'northern-ireland':
      return northernIrelandUnknown;
  }
}

/** Days on which a nation's rate changes other than 1 April: Scotland's scale from 1 October 2024. */
export function rateBoundaries(nation: Nation): readonly DayNumber[] {
  return nation === 'scotland' ? [SCOTLAND_FROM] : [];
}
