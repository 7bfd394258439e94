import {
  type History,
  type Intake,
  type Plan,
  planDay,
  prescriptionsOf,
  type SyncRecord,
  sessionOutcome,
} from '@crick/core';
import { type LiveRecord, type Store, useStoreQuery } from '../store/index.js';
import { localDate, now } from './clock.js';
import { library } from './library.js';

export interface PlanView {
  readonly intake: LiveRecord<'intake'> | null;
  readonly history: History;
  readonly plan: Plan | null;
  readonly today: string;
}

const dataOf = <T>(records: readonly { data: T }[]): T[] => records.map((r) => r.data);

/** A person's records of the types a plan (and a report) is made from, as the store or the server gives them. */
export interface HistoryRecords {
  readonly checkIn: readonly { data: History['checkIns'][number] }[];
  readonly session: readonly { data: History['sessions'][number] }[];
  readonly remedyUse: readonly { data: History['remedyUses'][number] }[];
  readonly triage: readonly { data: History['triages'][number] }[];
  readonly psfs: readonly { data: History['psfs'][number] }[];
  /** A clinician's programmes, synced down like any record; core orders them and picks the one in force. */
  readonly prescription?: readonly SyncRecord[];
}

/**
 * The one home of "records to History": the person's own Today and report read
 * it from the store, a clinician's workspace from the server's copy.
 */
export function historyOf(records: HistoryRecords): History {
  return {
    checkIns: dataOf(records.checkIn),
    // Older records said "completed" for a session whose every exercise was
    // skipped; every count (plan, diary, report) reads what really happened.
    sessions: dataOf(records.session).map((s) => {
      const outcome = sessionOutcome(s);
      return { ...s, outcome, completed: outcome === 'finished' };
    }),
    remedyUses: dataOf(records.remedyUse),
    triages: dataOf(records.triage),
    psfs: dataOf(records.psfs),
    prescriptions: prescriptionsOf(records.prescription ?? []),
  };
}

/** Everything the plan is made from, read from the store in one go. */
export async function readPlanView(store: Store): Promise<PlanView> {
  const [intakes, checkIn, session, remedyUse, triage, psfs, prescription] = await Promise.all([
    store.list('intake'),
    store.list('checkIn'),
    store.list('session'),
    store.list('remedyUse'),
    store.list('triage'),
    store.list('psfs'),
    store.list('prescription'),
  ]);
  const history = historyOf({ checkIn, session, remedyUse, triage, psfs, prescription });
  const intake = intakes.at(-1) ?? null;
  const today = localDate();
  const plan = intake ? planDay({ intake: intake.data as Intake, history, date: today, library }) : null;
  return { intake, history, plan, today };
}

/** Today's plan, recomputed whenever a record changes (a check-in, a session, a remedy). */
export const usePlanView = (): PlanView | undefined => useStoreQuery(readPlanView);

export const nowIso = (): string => new Date(now()).toISOString();
