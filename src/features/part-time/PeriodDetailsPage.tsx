import { useState } from 'react';
import { Link } from 'react-router';
import {
  COMMON_WTE_PERCENTAGES,
  type ChangeKind,
  PERIOD_KINDS,
  type PeriodFormError,
  type PeriodKind,
  type PeriodFormField,
  type PeriodFormValues,
  WTE_PERCENT_LIMITS,
  formFieldForIssue,
  kindNotes,
  type LtftNation,
  ltftRulesFor,
  mayRunToCompletion,
  periodFormValues,
  readPeriodForm,
} from '../../domain/cct';
import { DateInput } from '../../ui/DateInput';
import type { ErrorSummaryItem } from '../../ui/ErrorSummary';
import { FormPage } from '../../ui/FormPage';
import { Radios, type RadioOption } from '../../ui/Radios';
import { SourceReferences } from '../../ui/SourceReferences';
import { TextInput } from '../../ui/TextInput';
import { LowPercentageWarning } from './LowPercentageWarning';
import { type Period, type PeriodId, withId } from '../../domain/cct/period';
import { nextRotationAfter } from '../../domain/calendar';
import { type IsoDate, dayOf, formatLongDate, monthOf, yearOf } from '../../domain/dates';
import type { PeriodError } from './types';

type PeriodDetailsPageProps = {
  readonly kind: ChangeKind;
  /** The saved period when changing one; null when adding a new one. */
  readonly saved: Period | null;
  /** The period's id: its own when changing it, a new one when adding. */
  readonly periodId: PeriodId;
  /** Whose periods these are, shown above the heading ("Your plan", a scenario's name). */
  readonly listName: string;
  readonly today: IsoDate;
  /** Where the doctor trains: for part-time training, the nation's notice and rules are shown. */
  readonly nation: LtftNation;
  readonly backHref: string;
  readonly changeKindHref: string;
  /**
   * Checks the period among the others with the calculator: overlaps, dates outside training. Returns
   * the errors it causes (none when it can be saved).
   */
  readonly check: (period: Period) => readonly PeriodError[];
  readonly onSave: (period: Period) => void;
};

/** Where each field's error links to: the first box in error, or the first option. */
function fieldHref(error: PeriodFormError): string {
  if (error.field === 'start' || error.field === 'end')
    return `#period-${error.field}-${error.parts?.[0] ?? 'day'}`;
  return `#period-${error.field}`;
}

const ALL_PARTS = ['day', 'month', 'year'] as const;

/**
 * One period: less than full time training, time out of programme, leave or sickness. Each kind asks
 * only what it needs: the percentage for part-time training, the share that counts for research, the
 * working days absent for sickness, and an end date or "until I finish training" for time that counts.
 */
export function PeriodDetailsPage({
  kind,
  saved,
  periodId,
  listName,
  today,
  nation,
  backHref,
  changeKindHref,
  check,
  onSave,
}: PeriodDetailsPageProps) {
  const [values, setValues] = useState<PeriodFormValues>(() => periodFormValues(kind, saved));
  const [errors, setErrors] = useState<readonly PeriodFormError[]>([]);
  const help: PeriodKind = PERIOD_KINDS[kind];
  const set = (changes: Partial<PeriodFormValues>) => setValues({ ...values, ...changes });
  const errorFor = (field: PeriodFormField) =>
    errors.find((error) => error.field === field) ?? null;

  const save = () => {
    const reading = readPeriodForm(kind, values);
    if (!reading.ok) {
      setErrors(reading.errors);
      return;
    }
    const period = withId(reading.change, periodId);
    const issues = check(period);
    if (issues.length > 0) {
      setErrors(
        issues.map((issue) => {
          // An error that names another period (a CCT too late, named on the period that holds
          // training back most) has no field on this form: it goes on the start date.
          const field = formFieldForIssue(issue.periodId === periodId ? issue.field : null, values);
          return field === 'start' || field === 'end'
            ? { field, message: issue.message, parts: ALL_PARTS }
            : { field, message: issue.message };
        }),
      );
      return;
    }
    onSave(period);
  };
  const nextRotation = nextRotationAfter(today);

  const summary: ErrorSummaryItem[] = errors.map((error) => ({
    href: fieldHref(error),
    message: error.message,
  }));

  const endDate = (legend: string) => (
    <DateInput
      id="period-end"
      legend={legend}
      hint="For example, 3 8 2028"
      value={values.end}
      onChange={(end) => set({ end })}
      error={errorFor('end')?.message}
      errorParts={errorFor('end')?.parts}
    />
  );

  const wteOptions: RadioOption<string>[] = [
    ...COMMON_WTE_PERCENTAGES.map((percent) => ({
      value: String(percent),
      label: `${percent}%`,
    })),
    {
      value: 'other',
      label: 'Another percentage',
      conditional: (
        <>
          <TextInput
            id="period-wte-other"
            label="Percentage of full time"
            hint={`From ${WTE_PERCENT_LIMITS.minimum}% to ${WTE_PERCENT_LIMITS.maximum}%, for example 65`}
            value={values.wteOther}
            onChange={(wteOther) => set({ wteOther })}
            error={errorFor('wte-other')?.message}
            width={3}
            numeric
          />
          <LowPercentageWarning percent={values.wteOther} />
        </>
      ),
    },
  ];

  const heading = help.name;
  return (
    <FormPage
      title={heading}
      backHref={backHref}
      errors={summary}
      onSubmit={save}
      submitLabel={saved === null ? 'Save period' : 'Save changes'}
    >
      <span className="nhsuk-caption-l">
        {saved === null ? 'Add a period' : 'Change a period'}: {listName}
      </span>
      <h1>{heading}</h1>
      {kindNotes(kind).map((note) => (
        <p key={note}>{note}</p>
      ))}
      <SourceReferences ruleIds={help.rules.map((rule) => rule.id)} today={today} />
      {kind === 'ltft' && (
        <>
          <p>{ltftRulesFor(nation).notice.note}</p>
          <SourceReferences ruleIds={[ltftRulesFor(nation).notice.id]} today={today} />
        </>
      )}
      <p className="nhsuk-u-margin-top-4">
        <Link to={changeKindHref}>Choose a different kind of period</Link>
      </p>

      {kind === 'ltft' && (
        <Radios
          name="period-wte"
          legend="What percentage of full time will you work?"
          options={wteOptions}
          value={values.wteChoice}
          onChange={(wteChoice) => set({ wteChoice })}
          error={errorFor('wte')?.message}
        />
      )}
      {kind === 'oopr' && (
        <TextInput
          id="period-credit"
          label="What percentage of the research counts towards training?"
          labelSize="m"
          hint="The share your specialty advisory committee approves, as a percentage. For example, 50 if half of the time counts"
          value={values.credit}
          onChange={(credit) => set({ credit })}
          error={errorFor('credit')?.message}
          width={3}
          numeric
        />
      )}

      <DateInput
        id="period-start"
        legend="When does it start?"
        hint="For example, 4 8 2027"
        value={values.start}
        onChange={(start) => set({ start })}
        error={errorFor('start')?.message}
        errorParts={errorFor('start')?.parts}
      />
      {kind === 'ltft' && (
        <p>
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
            onClick={() =>
              set({
                start: {
                  day: String(dayOf(nextRotation)),
                  month: String(monthOf(nextRotation)),
                  year: String(yearOf(nextRotation)),
                },
              })
            }
          >
            Start from the next rotation, {formatLongDate(nextRotation)}
          </button>
        </p>
      )}

      {mayRunToCompletion(kind) ? (
        <Radios
          name="period-end-choice"
          legend="When does it end?"
          options={[
            { value: 'open', label: 'Until I finish training' },
            { value: 'date', label: 'On a date', conditional: endDate('End date') },
          ]}
          value={values.endChoice}
          onChange={(endChoice) => set({ endChoice })}
          error={errorFor('end-choice')?.message}
        />
      ) : (
        endDate('When does it end?')
      )}

      {kind === 'sickness' && (
        <TextInput
          id="period-working-days"
          label="How many working days were you absent? (optional)"
          labelSize="m"
          hint="Days you would normally have been at work. If you leave this empty, Pathway counts the weekdays from the start date to the end date"
          value={values.workingDays}
          onChange={(workingDays) => set({ workingDays })}
          error={errorFor('working-days')?.message}
          width={3}
          numeric
        />
      )}
    </FormPage>
  );
}
