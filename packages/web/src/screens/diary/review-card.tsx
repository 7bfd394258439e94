import { type CheckIn, type Intake, review, reviewDays } from '@crick/core';

const verdictWords = { better: 'Better', same: 'No real change yet', worse: 'Worse' } as const;

/**
 * The latest review day reached (2, 7 or 21), or null before the first. Counted
 * on the engine's own day (`review().day`), so the diary gives its verdict on
 * the day the engine does, never a day of its own reckoning.
 */
const reviewDayReached = (engineDay: number): number | null =>
  [...reviewDays].reverse().find((d) => engineDay >= d) ?? null;

/** The engine's honest verdict at days 2-3, 7 and 21, the expected course, and "see a GP" when it says so. */
export function ReviewCard({
  intake,
  checkIns,
  today,
}: {
  intake: Intake;
  checkIns: readonly CheckIn[];
  today: string;
}) {
  const r = review({ startedOn: intake.startedOn, date: today, baselinePain: intake.pain, checkIns });
  const reached = reviewDayReached(r.day);
  return (
    <section class="card" aria-labelledby="review-title">
      <h2 id="review-title">{reached === null ? 'Your progress' : `Review: day ${r.day}`}</h2>
      {reached === null ? (
        <p class="small muted">
          The first review is on day 2. Check in each day so it has something to go on.
        </p>
      ) : (
        <>
          <p>
            <strong>{verdictWords[r.verdict]}.</strong> {r.message}
          </p>
          {r.seeDoctor ? (
            <div class="alert" role="alert">
              <p>
                <strong>See a GP.</strong> {r.seeDoctor}
              </p>
              <p>
                <a href="#/report">Make a report for the doctor</a>
              </p>
            </div>
          ) : null}
        </>
      )}
      <p class="small">
        <strong>What to expect:</strong> {r.expected}
      </p>
      <p class="small muted">
        A change counts when pain moves by 2 points or by 30% of where it started. Smaller changes are
        day-to-day noise.
      </p>
    </section>
  );
}
