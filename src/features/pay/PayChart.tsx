import { useEffect } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, XAxis, YAxis } from 'recharts';
import type { PayRow } from './pay-view-model';
import { releaseRecharts } from './release-recharts';

type PayChartProps = {
  readonly rows: readonly PayRow[];
  /** In pixels; the chart is as wide as its box. */
  readonly height: number;
};

const thousands = (value: number) => `£${Math.round(value / 1000)}k`;

/**
 * Basic pay by financial year as bars, drawn by Recharts (this module is its own chunk). Years with no
 * figure are left as gaps rather than drawn as zero. Each bar carries its year and amount as data
 * attributes so a test can compare it with the table. The chart sizes itself to its box (`responsive`,
 * one ResizeObserver that Recharts disconnects on unmount) rather than through ResponsiveContainer,
 * and draws without animation or tooltip, as before.
 */
export default function PayChart({ rows, height }: PayChartProps) {
  // After the chart and all its parts have unmounted (so nothing asks Recharts again), free what
  // Recharts keeps at module level.
  useEffect(() => () => void setTimeout(releaseRecharts, 0), []);
  const data = rows.map((row) => ({
    year: row.financialYear,
    amount: row.amount ?? 0,
    known: row.amount !== null,
  }));
  return (
    <BarChart
      responsive
      style={{ width: '100%', height }}
      data={data}
      margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
      accessibilityLayer={false}
    >
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="year" interval="preserveStartEnd" tick={{ fontSize: 12 }} />
      <YAxis tickFormatter={thousands} width={48} tick={{ fontSize: 12 }} />
      <Bar dataKey="amount" isAnimationActive={false}>
        {data.map((entry) => (
          <Cell
            key={entry.year}
            fill={entry.known ? '#005eb8' : 'transparent'}
            data-year={entry.year}
            data-amount={entry.known ? entry.amount : ''}
          />
        ))}
      </Bar>
    </BarChart>
  );
}
