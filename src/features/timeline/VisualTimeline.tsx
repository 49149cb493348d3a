import type { CSSProperties } from 'react';
import {
  type DayNumber,
  type IsoDate,
  dayNumber,
  formatLongDate,
  yearOf,
} from '../../domain/dates';
import type { Stage } from '../../domain/timeline/types';

type VisualTimelineProps = {
  readonly stages: readonly Stage[];
  readonly today: IsoDate;
  /** The date the open-ended last stage is drawn to. */
  readonly drawUntil: IsoDate;
};

function percentAlong(date: IsoDate, from: DayNumber, span: number): number {
  return Math.min(100, Math.max(0, ((dayNumber(date) - from) / span) * 100));
}

function yearsText(stage: Stage): string {
  if (stage.end === null) return `from ${yearOf(stage.start)}`;
  const first = yearOf(stage.start);
  const last = yearOf(stage.end);
  return first === last ? String(first) : `${first} to ${last}`;
}

/**
 * The route at a glance: one bar per stage on a shared time axis, with today marked. Each stage is a
 * link to its part of the list below, which stays the full account for screen readers.
 */
export function VisualTimeline({ stages, today, drawUntil }: VisualTimelineProps) {
  const first = stages[0];
  if (!first) return null;
  const from = dayNumber(first.start);
  const span = Math.max(1, dayNumber(drawUntil) - from);
  const todayAt = percentAlong(today, from, span);
  const todayStyle = { '--app-today': `${todayAt}%` } as CSSProperties;

  return (
    <nav className="app-visual-timeline" aria-label="Your route at a glance" style={todayStyle}>
      <p className="app-visual-timeline__today-label" aria-hidden="true">
        Today, {formatLongDate(today)}
      </p>
      <ol className="app-visual-timeline__stages">
        {stages.map((stage) => {
          const start = percentAlong(stage.start, from, span);
          const end = stage.end === null ? 100 : percentAlong(stage.end, from, span);
          const isNow = stage.start <= today && (stage.end === null || today <= stage.end);
          const isDone = stage.end !== null && stage.end < today;
          const barStyle = {
            left: `${start}%`,
            width: `${Math.max(end - start, 1.5)}%`,
          } as CSSProperties;
          return (
            <li
              key={stage.id}
              className={`app-visual-timeline__stage${isNow ? ' app-visual-timeline__stage--now' : ''}${isDone ? ' app-visual-timeline__stage--done' : ''}`}
            >
              <a className="app-visual-timeline__link" href={`#stage-${stage.id}`}>
                {`${stage.title}, ${yearsText(stage)}${isNow ? ' (you are here)' : ''}`}
                {isDone && <span className="nhsuk-u-visually-hidden">{', done'}</span>}
              </a>
              <span className="app-visual-timeline__track" aria-hidden="true">
                <span className="app-visual-timeline__bar" style={barStyle} />
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
