import type { Level } from './rules.js';

export interface LevelAdvice {
  readonly level: Level;
  readonly title: string;
  /** What to do now, in one or two short sentences. */
  readonly action: string;
  /** What to say to the person you call or see. */
  readonly tell: string;
}

/** Advice per level, written from red-flags.json `triage_levels` (our wording). */
export const levelAdvice: Readonly<Record<Level, LevelAdvice>> = {
  emergency: {
    level: 'emergency',
    title: 'Call the emergency number now',
    action:
      'Call the emergency number now, or go straight to the emergency department if that is quicker and safe. Do not drive yourself.',
    tell: 'Say you have neck pain, and read them the reasons.',
  },
  urgent: {
    level: 'urgent',
    title: 'See a clinician today',
    action:
      'Speak to a doctor or urgent care service today. If you cannot be seen today, go to urgent care. Call the emergency number if any emergency sign appears.',
    tell: 'Tell them when the pain started, and the reasons.',
  },
  soon: {
    level: 'soon',
    title: 'Book a GP or physiotherapist within a few days',
    action:
      'Book an appointment with a GP or physiotherapist within the next few days (within a week). Keep up gentle self-care meanwhile, and check again each day for warning signs.',
    tell: 'Show them the reasons and your diary (the doctor’s report page).',
  },
  self_care: {
    level: 'self_care',
    title: 'You can look after this yourself',
    action:
      'Nothing you told us points to a dangerous cause. Keep moving gently, use heat or cold, and follow today’s plan. See a GP if it is not improving by day 7, not largely better by 3 weeks, or getting worse.',
    tell: 'Check again if anything new appears.',
  },
};

/**
 * Said only when an injury is among the reasons (red-flags.json: "After neck injury: keep
 * still and wait for paramedics"); a fever or a stroke sign must not be told about injuries.
 */
export const afterInjuryAdvice =
  'After an injury, keep your head and neck still and wait for help. Do not let anyone move you unless you are in danger where you are.';
