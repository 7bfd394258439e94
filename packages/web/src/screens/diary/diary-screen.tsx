import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Screen } from '../../components/screen.js';
import { usePlanView } from '../../lib/plan.js';
import { useRecords } from '../../store/index.js';
import { CheckInForm } from './check-in-form.js';
import './diary.css';
import { PsfsCard } from './psfs-card.js';
import { ReviewCard } from './review-card.js';

type Charts = ComponentType<Parameters<typeof import('./diary-charts.js').default>[0]>;

/** Diary: the quick check-in, a new-symptom button, the review, weekly function scores and the charts. */
export default function DiaryScreen() {
  const view = usePlanView();
  const [Charts, setCharts] = useState<Charts | null>(null);
  const neckRanges = useRecords('neckRange');
  useEffect(() => {
    // uPlot comes with the charts chunk, only on this screen, after the form is usable.
    void import('./diary-charts.js').then((m) => setCharts(() => m.default));
  }, []);
  if (view === undefined) return <Screen title="Diary" />;
  const { intake, history, plan, today } = view;
  const todays = history.checkIns.filter((c) => c.date === today).length;
  return (
    <Screen title="Diary">
      <p class="lead">
        {todays === 0 ? 'No check-in yet today.' : `${todays} check-in${todays > 1 ? 's' : ''} today.`}
      </p>
      <CheckInForm plan={plan} today={today} />
      <a class="btn btn-big" href="#/check?trigger=new_symptom">
        Something new? Check it
      </a>
      {intake ? <ReviewCard intake={intake.data} checkIns={history.checkIns} today={today} /> : null}
      <PsfsCard all={history.psfs} today={today} />
      {Charts ? (
        <Charts
          history={history}
          baseline={intake?.data.pain}
          today={today}
          neckRanges={neckRanges?.map((r) => r.data) ?? []}
        />
      ) : (
        <p class="small muted">Loading charts…</p>
      )}
    </Screen>
  );
}
