#!/usr/bin/env node
// `npm run bench`: how fast the relief engine runs. The engine runs on cheap
// phones, so it must be cheap: triage, a whole check (nextQuestion to the end),
// and planDay, measured in one run beside a baseline (a JSON round trip of the
// same facts) so the ratios hold on any machine. Needs `tsc -b` (npm install does it).
import { readFileSync } from 'node:fs';
import { library } from '@crick/content';
import { addDays, checkCost, costPeople, planDay, redFlagRules, triage } from '@crick/core';

const vignettes = JSON.parse(
  readFileSync(new URL('../packages/core/spec/vignettes-public.json', import.meta.url), 'utf8'),
);
const facts = vignettes.map((v) => v.answers);

/** Runs `fn` repeatedly for about `ms` milliseconds (after a warm-up); returns operations per second. */
function opsPerSecond(fn, ms = 1500) {
  for (let i = 0; i < 200; i++) fn(i);
  let n = 0;
  const start = process.hrtime.bigint();
  const end = start + BigInt(ms) * 1_000_000n;
  let now = start;
  while (now < end) {
    for (let i = 0; i < 50; i++) fn(n++);
    now = process.hrtime.bigint();
  }
  return n / (Number(now - start) / 1e9);
}

const [plainCrick] = Object.values(costPeople);
const plainCrickCheck = () => checkCost(plainCrick);

const intake = {
  startedOn: '2026-11-01',
  pain: 5,
  stuck: ['turn_left', 'tilt_right'],
  place: 'home',
  minutesAvailable: 15,
  causes: ['posture'],
};
/** The check that opens every plan (a plan needs a stored check). */
const triages = [{ at: '2026-11-01T08:00:00.000Z', facts: {}, level: 'self_care', fired: [] }];
const history = {
  triages,
  checkIns: Array.from({ length: 60 }, (_, i) => ({
    date: addDays('2026-11-01', i % 20),
    pain: 6 - (i % 5),
  })),
  sessions: Array.from({ length: 30 }, (_, i) => ({
    date: addDays('2026-11-01', i % 20),
    exerciseIds: ['chin-tuck'],
    completed: true,
    painBefore: 4,
    painAfter: 3,
    effort: 'ok',
  })),
};

// A clinician's programme in force: the plan is made twice (to say what it changed).
const withPrescription = {
  ...history,
  prescriptions: [
    {
      setBy: { id: 'clin-1', name: 'Dr Asha Patel' },
      setAt: '2026-11-01T09:00:00.000Z',
      exercises: [
        { exerciseId: 'chin-tuck', reps: 8, sets: 2 },
        { exerciseId: 'active-rotation', sides: 'left' },
        { exerciseId: 'ear-to-shoulder', holdSeconds: 20 },
      ],
      sessionsPerDay: 3,
      phase: 'loosen',
    },
  ],
};

const check = plainCrickCheck();
const results = [
  [
    'baseline: JSON round trip of one facts object',
    opsPerSecond((i) => JSON.parse(JSON.stringify(facts[i % facts.length]))),
  ],
  [
    `triage(facts): all ${redFlagRules.length} rules, reasons`,
    opsPerSecond((i) => triage(facts[i % facts.length])),
  ],
  [`whole check, plain crick (${check.screens} screens)`, opsPerSecond(() => plainCrickCheck(), 1500)],
  [
    'planDay: intake and its check',
    opsPerSecond((i) =>
      planDay({ intake, history: { triages }, date: addDays('2026-11-01', i % 20), library }),
    ),
  ],
  [
    'planDay: intake + 91 history entries',
    opsPerSecond((i) => planDay({ intake, history, date: addDays('2026-11-01', i % 20), library })),
  ],
  [
    'planDay: the same + a prescription in force',
    opsPerSecond((i) =>
      planDay({ intake, history: withPrescription, date: addDays('2026-11-01', i % 20), library }),
    ),
  ],
];

const base = results[0][1];
console.log(`Engine benchmark (node ${process.version}, one run; higher is faster)\n`);
console.log(
  `${'case'.padEnd(48)} ${'ops/s'.padStart(12)} ${'µs/op'.padStart(9)} ${'× baseline time'.padStart(16)}`,
);
for (const [name, ops] of results) {
  console.log(
    `${name.padEnd(48)} ${Math.round(ops).toLocaleString('en').padStart(12)} ${(1e6 / ops).toFixed(1).padStart(9)} ${(base / ops).toFixed(1).padStart(16)}`,
  );
}
// What the check costs a person in pain, to the verdict (the words they read: question, hint, signs).
console.log('\nThe check, to the verdict (goal for a plain crick: at most 8 screens and 250 words)\n');
console.log(
  `${'person'.padEnd(72)} ${'screens'.padStart(7)} ${'words'.padStart(6)} ${'taps'.padStart(5)}  level`,
);
for (const [who, truth] of Object.entries(costPeople)) {
  const cost = checkCost(truth);
  console.log(
    `${who.padEnd(72)} ${String(cost.screens).padStart(7)} ${String(cost.words).padStart(6)} ${String(cost.taps).padStart(5)}  ${cost.level}`,
  );
}
