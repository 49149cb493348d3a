/**
 * Which annual rate applies to a pay point on a day, in each nation: the scale of the pay year (1 April
 * to 31 March) holding the day, the latest scale for later years, or no figure where the nation's scale
 * is not in Pathway's sources (docs/pay-rules.md, "Scales and years" and "Nations"). A scale Pathway
 * worked out (a published scale plus published awards) is an estimate, and its working is kept with the
 * rate. England's figures are never used for another nation.
 */
import { type DayNumber, type IsoDate, dayNumber } from '../dates';
import type { Nation } from '../plan/types';
import {
  CONSULTANT_POINTS,
  CONSULTANT_THRESHOLDS,
  NODAL_POINTS,
  NORTHERN_IRELAND_CONSULTANT_POINTS,
  type PayAward,
  type PayScale,
  SCOTLAND_RESIDENT_POINTS,
  type ScaleYear,
  WALES_RESIDENT_POINTS,
  englandConsultantPay2024,
  englandConsultantPay2025,
  englandConsultantPay2026,
  englandResidentPay2023,
  englandResidentPay2024,
  englandResidentPay2025,
  englandResidentPay2026,
  latestPayScale,
  northernIrelandConsultantPay2023,
  northernIrelandConsultantPay2024,
  northernIrelandConsultantPay2025,
  northernIrelandPay,
  scotlandConsultantPay2024,
  scotlandConsultantPay2025,
  scotlandPayDeal2025,
  scotlandResidentPay2024,
  scotlandResidentPay2025,
  scotlandResidentPay2026,
  walesConsultantPay2023,
  walesConsultantPay2024,
  walesConsultantPay2025,
  walesResidentPay,
  walesResidentPay2024,
  walesResidentPay2025,
} from '../rules/pay';
import type { Confidence, RuleFacts, RuleId } from '../rules/types';
import type { PayPoint } from './types';
// "£38,831" without Intl, whose first use loads the locale's number data (pounds.ts).
import { poundsText as pounds } from './pounds';

export type KnownRate = {
  readonly known: true;
  readonly annual: number;
  readonly scaleYear: ScaleYear;
  /** An estimate: a scale Pathway worked out in full, or an earlier year's rates for a later year. */
  readonly estimated: boolean;
  /** The figure is arithmetic from published figures (a published scale plus awards). */
  readonly derived: boolean;
  readonly confidence: Confidence;
  readonly ruleIds: readonly RuleId[];
  /** The label a pay year takes from this rate: "2025/26 pay scale", "estimate: …", "at … rates". */
  readonly label: string;
  /** Which label a year shows when its rates differ: the highest (2, an earlier year's rates) wins. */
  readonly labelRank: 0 | 1 | 2;
  /** "at 2025/26 rates" or "at estimated 2026/27 rates", for sentences. */
  readonly ratesLabel: string;
  /** How Pathway worked the figure out, when it did; null for a published figure. */
  readonly working: string | null;
};

export type UnknownRate = {
  readonly known: false;
  readonly explanation: string;
  readonly ruleIds: readonly RuleId[];
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

function awardText(award: PayAward): string {
  return award.flat === undefined
    ? `${award.percent}%`
    : `${award.percent}% and ${pounds(award.flat)}`;
}

/** "2024/25", "2024/25 and 2025/26", "2024/25, 2025/26 and 2026/27". */
function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

type ScaleRule<Point extends string> = RuleFacts<PayScale<Point>>;

/**
 * How a derived figure was worked out, from the published figure it starts from: "Point 1: £100,000 on
 * the published 2023/24 scale, plus 6% for 2024/25 is £106,000, plus 4% for 2025/26 is £110,240, each
 * to the nearest pound." Null when the chain does not start from a published figure.
 */
function workingFor<Point extends string>(
  name: string,
  chain: readonly ScaleRule<Point>[],
  point: Point,
): string | null {
  const [published, ...steps] = chain;
  if (published === undefined || published.value.derived.includes(point) || steps.length === 0)
    return null;
  const stepsText = steps.map((step) =>
    step.value.award === undefined
      ? ''
      : `plus ${awardText(step.value.award)} for ${step.value.scaleYear} is ${pounds(step.value.annual[point])}`,
  );
  return `${name}: ${pounds(published.value.annual[point])} on the published ${published.value.scaleYear} scale, ${stepsText.join(', ')}${steps.length > 1 ? ', each' : ''} to the nearest pound.`;
}

/** One pay point's rates: by pay year from the series' first, and the latest's for later years. */
type PointRates = { readonly byYear: readonly KnownRate[]; readonly atLatest: KnownRate };

/**
 * A nation's run of consecutive yearly scales for one kind of doctor (resident or consultant), with
 * each point's rates built once, as the engine looks them up for every stretch of days.
 */
type Series = {
  readonly firstYear: number;
  readonly lastYear: number;
  /** The first day the first scale applies, when it is not 1 April (Scotland from 1 October 2024). */
  readonly from: DayNumber | null;
  /** The first day no scale applies (Wales's new resident contract), or null. */
  readonly until: DayNumber | null;
  readonly points: ReadonlyMap<PayPoint, PointRates>;
  readonly before: UnknownRate;
  readonly after: UnknownRate | null;
};

function buildSeries<Point extends string>(options: {
  readonly scales: readonly ScaleRule<Point>[];
  readonly points: readonly Point[];
  readonly payPoint: (point: Point) => PayPoint;
  /** The point in words, for the working: "Nodal point 4", "FY1 pay point 1", "Point 5". */
  readonly name: (point: Point) => string;
  /** Rules cited for later years shown at the latest scale's rates. */
  readonly laterRuleIds?: readonly RuleId[];
  readonly before: UnknownRate;
  readonly until?: { readonly day: IsoDate; readonly after: UnknownRate };
}): Series {
  const { scales, points } = options;
  const first = scales[0];
  const last = scales.at(-1);
  if (first === undefined || last === undefined) throw new Error('a series needs a scale');
  const wholeEstimate = (rule: ScaleRule<Point>) =>
    rule.value.award !== undefined && points.every((point) => rule.value.derived.includes(point));
  const byPoint = new Map<PayPoint, PointRates>();
  for (const point of points) {
    const byYear = scales.map((rule, index) => {
      const { scaleYear } = rule.value;
      const annual = rule.value.annual[point];
      const derived = rule.value.derived.includes(point);
      // The chain back to the published figure the estimate starts from, oldest first.
      let base = index;
      while (base > 0 && scales[base]?.value.derived.includes(point) && scales[base]?.value.award)
        base -= 1;
      const chain = scales.slice(base, index + 1);
      const working = derived ? workingFor(options.name(point), chain, point) : null;
      let scaleBase = index;
      while (scaleBase > 0 && wholeEstimate(scales[scaleBase] ?? rule)) scaleBase -= 1;
      const estimate = wholeEstimate(rule);
      const awardYears = scales.slice(scaleBase + 1, index + 1).map((step) => step.value.scaleYear);
      const rate: KnownRate = {
        known: true,
        annual,
        scaleYear,
        estimated: estimate,
        derived,
        // A derived point is only as good as the arithmetic behind it (facts.md tags them [L]).
        confidence: derived ? 'low' : rule.confidence,
        ruleIds: [...new Set(chain.map((step) => step.id).reverse())],
        label: estimate
          ? `estimate: ${scales[scaleBase]?.value.scaleYear ?? scaleYear} scale plus the ${listOf(awardYears)} award${awardYears.length > 1 ? 's' : ''}`
          : `${scaleYear} pay scale`,
        labelRank: estimate ? 1 : 0,
        ratesLabel: derived ? `at estimated ${scaleYear} rates` : `at ${scaleYear} rates`,
        working,
      };
      return rate;
    });
    const latest = byYear.at(-1);
    if (latest === undefined) throw new Error('a series needs a scale');
    byPoint.set(options.payPoint(point), {
      byYear,
      atLatest: {
        ...latest,
        estimated: true,
        ruleIds: [...latest.ruleIds, ...(options.laterRuleIds ?? [])],
        label: latest.ratesLabel,
        labelRank: 2,
      },
    });
  }
  return {
    firstYear: scaleStartYear(first.value.scaleYear),
    lastYear: scaleStartYear(last.value.scaleYear),
    from: first.value.from === undefined ? null : dayNumber(first.value.from),
    until: options.until === undefined ? null : dayNumber(options.until.day),
    points: byPoint,
    before: options.before,
    after: options.until?.after ?? null,
  };
}

function lookUp(
  series: Series,
  point: PayPoint,
  financialYear: number,
  day: DayNumber,
  unknownPoint: UnknownRate,
): RateLookup {
  const rates = series.points.get(point);
  if (rates === undefined) return unknownPoint;
  if (series.until !== null && day >= series.until) return series.after ?? unknownPoint;
  if (
    financialYear < series.firstYear ||
    (financialYear === series.firstYear && series.from !== null && day < series.from)
  )
    return series.before;
  if (financialYear > series.lastYear) return rates.atLatest;
  return rates.byYear[financialYear - series.firstYear] ?? unknownPoint;
}

const notEngland = '(England’s figures are not used instead)';

/** Points whose place on the scale Pathway does not know, by nation. */
const unknownPoints = {
  england: {
    known: false,
    explanation:
      'Which point of the scale this training year is paid on is not in Pathway’s sources.',
    ruleIds: [],
  },
  scotland: {
    known: false,
    explanation: `Which point of Scotland’s scale this training year is paid on is not in Pathway’s sources, so no figure is shown ${notEngland}.`,
    ruleIds: [scotlandResidentPay2024.id],
  },
  wales: {
    known: false,
    explanation: `Which point of Wales’s scale this training year is paid on is not in Pathway’s sources, so no figure is shown ${notEngland}.`,
    ruleIds: [walesResidentPay2025.id],
  },
  'northern-ireland': {
    known: false,
    explanation: `Northern Ireland’s resident doctor pay scale is not in Pathway’s sources (the 2025/26 award of 4% plus £750 was paid in February 2026, backdated to 1 April 2025), so no figure is shown ${notEngland}.`,
    ruleIds: [northernIrelandPay.id],
  },
} as const satisfies Record<Nation, UnknownRate>;

// England.

const englandResident = buildSeries({
  scales: [
    englandResidentPay2023,
    englandResidentPay2024,
    englandResidentPay2025,
    englandResidentPay2026,
  ],
  points: NODAL_POINTS,
  payPoint: (point) => point,
  name: (point) => `Nodal point ${point.slice(2)}`,
  laterRuleIds: [latestPayScale.id],
  before: {
    known: false,
    explanation: `Pathway has England’s resident doctor pay scales from ${englandResidentPay2023.value.scaleYear} onwards; earlier years have no figure.`,
    ruleIds: [englandResidentPay2023.id],
  },
});

const englandConsultant = buildSeries({
  scales: [englandConsultantPay2024, englandConsultantPay2025, englandConsultantPay2026],
  points: CONSULTANT_THRESHOLDS,
  payPoint: (threshold) => `consultant-${threshold}` as const,
  name: (threshold) => `Threshold ${threshold}`,
  laterRuleIds: [latestPayScale.id],
  before: {
    known: false,
    explanation: `Pathway has England’s consultant pay scales (2024 structure) from ${englandConsultantPay2024.value.scaleYear} onwards; earlier years have no figure.`,
    ruleIds: [englandConsultantPay2024.id],
  },
});

// Scotland.

const scotlandResident = buildSeries({
  scales: [scotlandResidentPay2024, scotlandResidentPay2025, scotlandResidentPay2026],
  points: SCOTLAND_RESIDENT_POINTS,
  payPoint: (point) => `scotland-${point}` as const,
  name: (point) => `${point.slice(0, 3).toUpperCase()} pay point ${point.slice(6)}`,
  before: {
    known: false,
    explanation: `Scotland’s pay scale before 1 October 2024 is not in Pathway’s sources, so no figure is shown ${notEngland}.`,
    ruleIds: [scotlandResidentPay2024.id],
  },
});

const scotlandConsultant = buildSeries({
  scales: [scotlandConsultantPay2024, scotlandConsultantPay2025],
  points: CONSULTANT_POINTS,
  payPoint: (point) => `consultant-point-${point}` as const,
  name: (point) => `Point ${point}`,
  before: {
    known: false,
    explanation: `Scotland’s consultant pay scale before 2024/25 is not in Pathway’s sources, so no figure is shown ${notEngland}.`,
    ruleIds: [scotlandConsultantPay2024.id],
  },
});

const SCOTLAND_MOVES = scotlandPayDeal2025.value.pointMoves.map((date) => dayNumber(date));

export const SCOTLAND_BEYOND_SCALE: UnknownRate = {
  known: false,
  explanation: `After the 2025 to 2027 deal’s move up a pay point, this grade is on a point whose value is not in Pathway’s sources, so no figure is shown ${notEngland}.`,
  ruleIds: [scotlandPayDeal2025.id],
};

/**
 * Scotland's FY1 or FY2 point on a day: pay point 0 from the start of the grade, one point higher for
 * each of the deal's moves (1 December 2025 and December 2026) between the grade's first day and the
 * day. Null when that point is not on the scale Pathway has.
 */
export function scotlandPointOn(
  point: PayPoint,
  gradeFirst: DayNumber,
  day: DayNumber,
): PayPoint | null {
  const match = /^scotland-(fy[12])-pp0$/.exec(point);
  if (match === null) return point;
  let moves = 0;
  for (const move of SCOTLAND_MOVES) if (gradeFirst < move && move <= day) moves += 1;
  const moved = `scotland-${match[1] ?? ''}-pp${moves}`;
  return scotlandResident.points.has(moved as PayPoint) ? (moved as PayPoint) : null;
}

// Wales.

const WALES_NEW_CONTRACT = walesResidentPay.value.newContract;

const walesNewContract: UnknownRate = {
  known: false,
  explanation: `From August 2026 resident doctors in Wales move to a new contract (accepted by ${WALES_NEW_CONTRACT.votedFor}% of those voting, on a ${WALES_NEW_CONTRACT.turnout}% turnout) with basic pay from ${pounds(WALES_NEW_CONTRACT.basicScale.from)} to ${pounds(WALES_NEW_CONTRACT.basicScale.to)}. Its pay points have not been published, so no figure is shown ${notEngland}.`,
  ruleIds: [walesResidentPay.id],
};

const walesResident = buildSeries({
  scales: [walesResidentPay2024, walesResidentPay2025],
  points: WALES_RESIDENT_POINTS,
  payPoint: (point) => `wales-${point}` as const,
  name: (point) => `${point.slice(0, 3).toUpperCase()} starting pay`,
  before: {
    known: false,
    explanation: `Wales’s resident doctor pay before 2024/25 is not in Pathway’s sources, so no figure is shown ${notEngland}.`,
    ruleIds: [walesResidentPay2024.id],
  },
  until: { day: WALES_NEW_CONTRACT.from, after: walesNewContract },
});

const walesConsultant = buildSeries({
  scales: [walesConsultantPay2023, walesConsultantPay2024, walesConsultantPay2025],
  points: CONSULTANT_POINTS,
  payPoint: (point) => `consultant-point-${point}` as const,
  name: (point) => `Point ${point}`,
  before: {
    known: false,
    explanation: `Wales’s consultant pay before the reformed scale of 1 January 2024 is not in Pathway’s sources, so no figure is shown ${notEngland}.`,
    ruleIds: [walesConsultantPay2023.id],
  },
});

// Northern Ireland.

const northernIrelandConsultant = buildSeries({
  scales: [
    northernIrelandConsultantPay2023,
    northernIrelandConsultantPay2024,
    northernIrelandConsultantPay2025,
  ],
  points: NORTHERN_IRELAND_CONSULTANT_POINTS,
  payPoint: (point) => `consultant-point-${point}` as const,
  name: (point) => `Point ${point}`,
  before: {
    known: false,
    explanation: `Northern Ireland’s consultant pay before the 5-point scale of 1 March 2024 is not in Pathway’s sources, so no figure is shown ${notEngland}.`,
    ruleIds: [northernIrelandConsultantPay2023.id],
  },
});

/** The most recent scale Pathway has for each nation: later years are shown at its rates. */
export const LATEST_SCALE_YEAR: Readonly<Record<Nation, ScaleYear>> = {
  england: englandResidentPay2026.value.scaleYear,
  scotland: scotlandResidentPay2026.value.scaleYear,
  wales: walesConsultantPay2025.value.scaleYear,
  'northern-ireland': northernIrelandConsultantPay2025.value.scaleYear,
};

const isConsultant = (point: PayPoint) => point.startsWith('consultant-');

/**
 * The annual rate for `point` on day number `day` in `nation`; `financialYear` is the starting year of
 * the financial year holding the day. Scotland's FY1 and FY2 points are moved by the pay deal first
 * (`scotlandPointOn`), so the point given here is the one held on the day.
 */
export function rateFor(
  nation: Nation,
  point: PayPoint | null,
  financialYear: number,
  day: DayNumber,
): RateLookup {
  switch (nation) {
    case 'england':
      if (point === null) return unknownPoints.england;
      return lookUp(
        isConsultant(point) ? englandConsultant : englandResident,
        point,
        financialYear,
        day,
        unknownPoints.england,
      );
    case 'scotland':
      if (point === null) return unknownPoints.scotland;
      return lookUp(
        isConsultant(point) ? scotlandConsultant : scotlandResident,
        point,
        financialYear,
        day,
        point.startsWith('scotland-') ? SCOTLAND_BEYOND_SCALE : unknownPoints.scotland,
      );
    case 'wales':
      if (point !== null && isConsultant(point))
        return lookUp(walesConsultant, point, financialYear, day, unknownPoints.wales);
      // Core and specialty training years: their point on the current scale is not known, and from
      // August 2026 they are on the new contract, whose points have not been published.
      if (point === null)
        return day >= (walesResident.until ?? Infinity) ? walesNewContract : unknownPoints.wales;
      return lookUp(walesResident, point, financialYear, day, unknownPoints.wales);
    case 'northern-ireland':
      if (point !== null && isConsultant(point))
        return lookUp(
          northernIrelandConsultant,
          point,
          financialYear,
          day,
          unknownPoints['northern-ireland'],
        );
      return unknownPoints['northern-ireland'];
  }
}

/** Days other than 1 April on which a nation's rates change: a scale's first day, a pay point move. */
const BOUNDARIES: Readonly<Record<Nation, readonly DayNumber[]>> = {
  england: [],
  scotland: [scotlandResident.from, ...SCOTLAND_MOVES].filter(
    (day): day is DayNumber => day !== null,
  ),
  wales: [walesConsultant.from, walesResident.until].filter(
    (day): day is DayNumber => day !== null,
  ),
  'northern-ireland': [northernIrelandConsultant.from].filter(
    (day): day is DayNumber => day !== null,
  ),
};

export function rateBoundaries(nation: Nation): readonly DayNumber[] {
  return BOUNDARIES[nation];
}
