import type { History, NeckRange } from '@crick/core';
import { BarsChart, PainChart } from '../../lib/charts/chart.js';
import { turnSeries } from '../../lib/charts/range-series.js';
import { adherenceSeries, lastDays, painSeries, remedySeries, shortDate } from '../../lib/charts/series.js';
import { localDate } from '../../lib/clock.js';

/** The diary's charts (uPlot, loaded with this chunk only), each with the same numbers as a table. */
export default function DiaryCharts({
  history,
  baseline,
  today,
  neckRanges = [],
}: {
  history: History;
  baseline?: number;
  today: string;
  neckRanges?: readonly NeckRange[];
}) {
  const pain = painSeries(history.checkIns, baseline);
  const days = lastDays(today, 14);
  const done = adherenceSeries(history.sessions, days);
  const remedies = remedySeries(history.remedyUses, days, (iso) => localDate(Date.parse(iso)));
  const daysDone = done.filter((d) => d === 1).length;
  return (
    <>
      <section class="card" aria-labelledby="pain-chart-title">
        <h2 id="pain-chart-title">Pain by day</h2>
        {pain.dates.length === 0 ? (
          <p class="small muted">Your chart starts with your first check-in.</p>
        ) : (
          <>
            <PainChart dates={pain.dates} pain={pain.pain} band={pain.band} />
            <ul class="chart-key" aria-hidden="true">
              <li>
                <span class="swatch swatch-line" /> Pain (0 to 10), one dot a day
              </li>
              {pain.band ? (
                <li>
                  <span class="swatch swatch-band" /> No real change ({pain.band.low} to {pain.band.high})
                </li>
              ) : null}
            </ul>
            <details>
              <summary>Pain by day as a table</summary>
              <table class="data">
                <caption class="visually-hidden">
                  Pain by day. Start {pain.baseline}; changes between {pain.band?.low} and {pain.band?.high}{' '}
                  are not yet a real change.
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Day</th>
                    <th scope="col">Pain</th>
                  </tr>
                </thead>
                <tbody>
                  {pain.dates.map((d, i) => (
                    <tr key={d}>
                      <td>{shortDate(d)}</td>
                      <td>{pain.pain[i]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </>
        )}
      </section>
      <section class="card" aria-labelledby="adherence-title">
        <h2 id="adherence-title">Exercise days</h2>
        <p>{daysDone} of the last 14 days had a finished session.</p>
        <BarsChart dates={days} series={[{ label: 'Finished a session', values: done }]} max={1} />
        <DayTable
          caption="Finished a session, by day"
          days={days}
          columns={[{ label: 'Session done', values: done.map((d) => (d ? 'Yes' : 'No')) }]}
        />
      </section>
      <section class="card" aria-labelledby="remedy-chart-title">
        <h2 id="remedy-chart-title">Cold and heat</h2>
        <BarsChart
          dates={days}
          series={[
            { label: 'Cold', values: remedies.cold },
            { label: 'Heat', values: remedies.heat, striped: true },
          ]}
        />
        <ul class="chart-key" aria-hidden="true">
          <li>
            <span class="swatch swatch-solid" /> Cold (solid, left)
          </li>
          <li>
            <span class="swatch swatch-striped" /> Heat (striped, right)
          </li>
        </ul>
        <DayTable
          caption="Cold and heat uses, by day"
          days={days}
          columns={[
            { label: 'Cold', values: remedies.cold.map(String) },
            { label: 'Heat', values: remedies.heat.map(String) },
          ]}
        />
      </section>
      <NeckTurnCard ranges={neckRanges} />
    </>
  );
}

function DayTable({
  caption,
  days,
  columns,
}: {
  caption: string;
  days: readonly string[];
  columns: readonly { label: string; values: readonly string[] }[];
}) {
  return (
    <details>
      <summary>{caption} as a table</summary>
      <table class="data">
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            {columns.map((c) => (
              <th key={c.label} scope="col">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {days.map((d, i) => (
            <tr key={d}>
              <td>{shortDate(d)}</td>
              {columns.map((c) => (
                <td key={c.label}>{c.values[i]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** How far the head turns each way, measured with the camera: side against side, and over the days. */
function NeckTurnCard({ ranges }: { ranges: readonly NeckRange[] }) {
  const turn = turnSeries(ranges);
  const cell = (d: number | null) => (d === null ? 'not measured' : `${d}°`);
  return (
    <section class="card" aria-labelledby="turn-chart-title">
      <h2 id="turn-chart-title">Turning the head</h2>
      {turn.dates.length === 0 ? (
        <p class="small muted">
          Measure how far you turn with <a href="#/measure">Measure my neck</a>; it shows here, day by day.
        </p>
      ) : (
        <>
          <BarsChart
            dates={turn.dates}
            series={[
              { label: 'Left', values: turn.left },
              { label: 'Right', values: turn.right, striped: true },
            ]}
            max={90}
            steps={[15, 30, 45]}
          />
          <ul class="chart-key" aria-hidden="true">
            <li>
              <span class="swatch swatch-solid" /> Left (solid, left)
            </li>
            <li>
              <span class="swatch swatch-striped" /> Right (striped, right)
            </li>
          </ul>
          <DayTable
            caption="Turning left and right, degrees, by day"
            days={turn.dates}
            columns={[
              { label: 'Left', values: turn.left.map(cell) },
              { label: 'Right', values: turn.right.map(cell) },
            ]}
          />
        </>
      )}
    </section>
  );
}
