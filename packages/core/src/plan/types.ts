import type { Dosage, Phase } from '../content/types.js';
import type { CheckIn, Psfs, RemedyUse, SessionLog } from '../schemas/diary.js';
import type { Prescription } from '../schemas/prescription.js';
import type { TriageRecord } from '../schemas/triage-record.js';

/** What the person has done and said so far; every list may be empty. */
export interface History {
  readonly checkIns: readonly CheckIn[];
  readonly sessions: readonly SessionLog[];
  readonly remedyUses: readonly RemedyUse[];
  readonly triages: readonly TriageRecord[];
  readonly psfs: readonly Psfs[];
  /**
   * Programmes a clinician set, oldest first (prescriptionsOf orders records so);
   * deleted ones left out. The newest set on or before the day is in force.
   */
  readonly prescriptions?: readonly Prescription[];
}

export const emptyHistory: History = { checkIns: [], sessions: [], remedyUses: [], triages: [], psfs: [] };

export interface PlanItem {
  readonly exerciseId: string;
  readonly dosage: Dosage;
  readonly seconds: number;
  /** A clinician's choice of one side only; absent means as the dosage says (both sides, or none). */
  readonly side?: 'left' | 'right';
}

export interface PlanSession {
  readonly id: string;
  readonly label: string;
  /** Suggested start, `HH:MM`. */
  readonly time: string;
  readonly minutes: number;
  readonly items: readonly PlanItem[];
}

export interface RemedySlot {
  readonly kind: 'cold' | 'heat';
  readonly remedyId: string;
  readonly start: string;
  readonly minutes: number;
  readonly why: string;
}

export type NoticeKind =
  | 'emergency'
  | 'see_clinician'
  | 'see_doctor'
  | 'recheck_due'
  | 'recheck_after_stop'
  | 'stepped_back'
  | 'progressed'
  | 'expectation'
  | 'date_before_onset'
  | 'prescription_set_aside'
  | 'prescription_left_out';

export interface Notice {
  readonly kind: NoticeKind;
  readonly severity: 'info' | 'warn' | 'stop';
  readonly message: string;
  readonly ruleId?: string;
}

export interface Plan {
  readonly date: string;
  /** Days since the pain started (0 = the first day). */
  readonly day: number;
  readonly phase: Phase;
  readonly phaseReason: string;
  /** -1 stepped back, 0 as planned, 1 or 2 progressed within the phase. */
  readonly step: number;
  readonly painNow: number;
  readonly sessions: readonly PlanSession[];
  readonly remedies: readonly RemedySlot[];
  readonly habits: readonly { readonly habitId: string; readonly why: string }[];
  readonly notices: readonly Notice[];
  readonly totalMinutes: number;
  /** The clinician's programme in force, and what following it changed; absent when none is. */
  readonly prescription?: PlanPrescription;
}

export interface PlanPrescription {
  readonly setBy: { readonly id: string; readonly name: string };
  readonly setAt: string;
  readonly note?: string;
  /** Plain lines: what the programme changed against Crick's own plan for today. */
  readonly changes: readonly string[];
  /** True when safety set it aside today (an emergency or urgent check, a red-flag stop, the pain cap, a flare). */
  readonly overridden: boolean;
  readonly overrideReason?: string;
}
