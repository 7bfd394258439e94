import type { Habit } from '@crick/core';

// Habits that answer the causes in causes.ts. Reminder times and intervals are
// the app's starting defaults, which the person changes; they are not clinical
// numbers, and no habit claims an amount the sources do not give.

export const habits: readonly Habit[] = [
  {
    id: 'screen-at-eye-level',
    name: 'Screen at eye level',
    why: 'Looking down at a screen for hours keeps the neck bent and its muscles working.',
    how: [
      'Raise your screen so the top is about level with your eyes.',
      'Put a laptop on a stand or some books and use a separate keyboard.',
      'Sit back in the chair with your feet flat.',
    ],
    sources: ['SEED-003', 'SEED-001'],
  },
  {
    id: 'micro-breaks',
    name: 'Short breaks with a 20-second stretch',
    why: 'Staying in one position for a long time is a common trigger. A short break lets the muscles reset.',
    how: [
      'When the reminder comes, stand up or sit tall.',
      'Do one easy stretch for about 20 seconds, like ear-to-shoulder.',
      'Roll your shoulders, then carry on.',
      'The reminder starts every 30 minutes; change it to suit your work.',
    ],
    reminder: { kind: 'interval', everyMinutes: 30 },
    sources: ['SEED-001', 'SEED-003', 'NIA-EXERCISE'],
  },
  {
    id: 'phone-habits',
    name: 'Phone without the neck',
    why: 'Holding a phone between ear and shoulder, or bending over it, strains one side of the neck.',
    how: [
      'Use a headset or the speaker for long calls.',
      'Hold the phone up near eye level instead of looking down.',
      'Check how many hours a day you spend on it.',
    ],
    sources: ['SEED-003'],
  },
  {
    id: 'bag-habits',
    name: 'Lighter bags, both shoulders',
    why: 'A heavy bag on one shoulder pulls that side down and makes the neck muscles hold on.',
    how: [
      'Carry only what you need today.',
      'Use a backpack on both shoulders, or swap sides often.',
      'Roll a heavy case instead of carrying it.',
    ],
    sources: ['SEED-003'],
  },
  {
    id: 'pillow-and-sleep',
    name: 'A pillow that keeps your neck level',
    why: 'Sleeping with the neck bent or twisted, or on a pillow that does not support it, can set off a spasm.',
    how: [
      'Choose a pillow height that keeps your head in line with your body.',
      'On your side: fill the gap between ear and mattress.',
      'On your back: a thinner pillow is often enough.',
      'Try not to sleep on your front with your head turned.',
    ],
    sources: ['SEED-003', 'SEED-001', 'SEED-004'],
  },
  {
    id: 'stress-and-breathing',
    name: 'A few minutes of calm each day',
    why: 'Stress makes people tense their neck and shoulders, often without noticing.',
    how: [
      'Once a day, sit or lie and breathe slowly for a few minutes.',
      'Let your shoulders drop each time you breathe out.',
      'Yoga, tai chi or a walk can help too.',
    ],
    reminder: { kind: 'daily', time: '18:00' },
    sources: ['SEED-003', 'SEED-001', 'SEED-000'],
  },
  {
    id: 'jaw-relaxation',
    name: 'Loose jaw',
    why: 'Clenching or grinding the teeth keeps the jaw and neck muscles tight.',
    how: [
      'Check your jaw now and then: teeth apart, lips together.',
      'Let your tongue rest on the floor of your mouth.',
      'If you grind at night, ask a dentist about it.',
    ],
    reminder: { kind: 'daily', time: '15:00' },
    sources: ['SEED-003'],
  },
  {
    id: 'hydration',
    name: 'Drink enough through the day',
    why: 'Being short of fluid is named as a trigger for muscle cramps, though the evidence is thin.',
    how: ['Keep a drink within reach at your desk.', 'Drink when you are thirsty and with meals.'],
    sources: ['SEED-003', 'SEED-000', 'SEED-001'],
  },
  {
    id: 'warm-in-draughts',
    name: 'Keep your neck warm',
    why: 'A chill on a tired neck, for example after sport, is one of the triggers people describe.',
    how: [
      'Wear a scarf or collar when it is cold or windy.',
      'Do not sit with a fan or air conditioning blowing on your neck.',
      'Cover up after exercise while you cool down.',
    ],
    sources: ['SEED-004'],
  },
  {
    id: 'driving-breaks',
    name: 'Breaks on long drives',
    why: 'Holding the same position for a long time stiffens the neck.',
    how: [
      'Set the headrest so it is level with the back of your head.',
      'Stop for a break on long journeys and move your neck and shoulders.',
      'Sit close enough to reach the wheel with a slight bend in your elbows.',
    ],
    sources: ['SEED-001'],
  },
  {
    id: 'lift-close',
    name: 'Lift and carry close to your body',
    why: 'Heavy loads held away from the body make the neck and shoulder muscles work hard.',
    how: [
      'Hold things close to your body when you lift or carry them.',
      'Bend your knees, not just your back.',
      'Split a heavy load into two, one in each hand.',
    ],
    sources: ['SEED-003'],
  },
  {
    id: 'daily-stretch',
    name: 'Move and stretch every day',
    why: 'Regular stretching and strengthening keep the neck flexible and less likely to seize up again.',
    how: [
      'Do a short Crick session once a day, even on good days.',
      'Start gentle stretches at the first sign of stiffness.',
      'Keep going for 6 to 8 weeks after the pain settles.',
    ],
    reminder: { kind: 'daily', time: '08:00' },
    sources: ['SEED-001', 'SEED-003', 'CRICK-CLINICAL'],
  },
];
