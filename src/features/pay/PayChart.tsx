import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { PayRow } from './pay-view-model';

type PayChartProps = {
  readonly rows: readonly PayRow[];
  /** What the chart shows, in words: its text alternative. */
  readonly description: string;
};

const thousands = (value: number) => `£${Math.round(value / 1000)}k`;

/**
 * Basic pay by financial year as bars. It is one image with a text alternative; the table after it holds
 * every number for screen readers. Years with no figure are left as gaps rather than drawn as zero. Each
 * bar carries its year and amount as data attributes so a test can compare it with the table.
 */
export default function PayChart({ rows, description }: PayChartProps) {
  const data = rows.map((row) => ({
    year: row.financialYear,
    amount: row.amount ?? 0,
    known: row.amount !== null,
  }));
  return (
    <div className="app-pay-chart" role="img" aria-label={description}>
      <ResponsiveContainer width="100%" height={320}>
        <BarChart
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
      </ResponsiveContainer>
    </div>
  );
}
