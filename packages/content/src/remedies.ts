import type { Remedy, RemedyLimits } from '@crick/core';

// Cold and heat limits are the reconciled numbers of CLINICAL.md section 2, as
// data the timers enforce. Garra 2010 found no difference between cold and heat,
// so the person chooses; we only suggest which tends to fit.

export const coldLimits: RemedyLimits = {
  minMinutes: 10,
  maxMinutes: 15,
  hardMaxMinutes: 20,
  minGapMinutes: 60,
  notWhileAsleep: true,
  needsBarrier: true,
};

export const heatLimits: RemedyLimits = {
  minMinutes: 15,
  maxMinutes: 20,
  hardMaxMinutes: 20,
  // CLINICAL.md gives no spacing for heat; we use the same hour as cold (see note).
  minGapMinutes: 60,
  notWhileAsleep: true,
  needsBarrier: true,
};

const numbOrPoorCirculation = [
  'The skin there is numb or you cannot feel hot and cold well',
  'You have poor circulation (for example, Raynaud’s or diabetes affecting the feet or hands)',
];

export const cold: Remedy = {
  id: 'cold-pack',
  kind: 'cold',
  name: 'Cold pack',
  summary: 'A wrapped cold pack on the sore spot can dull the pain for a while.',
  bestFor: 'The first 48 hours after a strain or a sudden awkward movement.',
  steps: [
    'Wrap an ice pack or a bag of frozen peas in a thin cloth.',
    'Sit or lie comfortably and rest it on the sore muscle.',
    'Keep it on for 10 to 15 minutes.',
    'Take it off and leave at least an hour before the next one.',
  ],
  cautions: [
    'Never put ice straight on the skin.',
    'Check your skin: take it off if it turns white, blotchy or numb.',
    'Do not fall asleep with it on.',
  ],
  skipIf: [...numbOrPoorCirculation, 'The skin is broken or has a rash'],
  limits: coldLimits,
  equipment: ['ice', 'towel'],
  sources: ['CRICK-CLINICAL', 'GARRA-2010', 'MAYO-NECK', 'SEED-002', 'SEED-003', 'SEED-001'],
  note: 'The articles say 10, 15 or 20 minutes. We suggest 10-15 and never more than 20, with an hour between uses.',
};

export const heatDry: Remedy = {
  id: 'heat-dry',
  kind: 'heat',
  name: 'Heat pad or hot-water bottle',
  summary: 'Gentle warmth can help a tight muscle relax.',
  bestFor: 'A spasm that came on without an injury, such as after sleeping awkwardly.',
  steps: [
    'Set a heat pad to low, or fill a hot-water bottle with warm, not boiling, water.',
    'Wrap it in a cover or towel.',
    'Rest it on the tight muscle for 15 to 20 minutes.',
    'Take it off and give your skin a break.',
  ],
  cautions: [
    'Warm, not hot. It should feel pleasant the whole time.',
    'Do not fall asleep with it on, and never use a heat pad in bed overnight.',
    'Check your skin: stop if it turns very red or blotchy.',
  ],
  skipIf: [...numbOrPoorCirculation, 'The area is swollen or was injured in the last 48 hours'],
  limits: heatLimits,
  equipment: ['heat_pack', 'towel'],
  sources: ['CRICK-CLINICAL', 'GARRA-2010', 'SEED-001', 'SEED-002', 'SEED-003', 'SEED-000'],
  note: 'CLINICAL.md sets no gap between heat sessions. We use at least an hour, like cold; the clinic article (seed 002) suggests no more than 15 minutes every 2 hours.',
};

export const heatMoist: Remedy = {
  id: 'heat-moist',
  kind: 'heat',
  name: 'Warm shower or warm damp cloth',
  summary: 'Moist warmth loosens the neck and is a good way to get ready for exercise.',
  bestFor: 'Just before your exercises, or a spasm without an injury.',
  steps: [
    'Stand in a warm shower and let the water run over your neck.',
    'Or soak a cloth in warm water, wring it out and lay it on your neck.',
    'Stay warm for 15 to 20 minutes at most.',
    'Then do your exercises while the neck is warm.',
  ],
  cautions: ['Warm, not hot.', 'Re-warm the cloth as it cools; do not use very hot water.'],
  skipIf: [...numbOrPoorCirculation, 'The area is swollen or was injured in the last 48 hours'],
  limits: heatLimits,
  equipment: ['towel'],
  sources: ['SEED-003', 'SEED-001', 'SEED-002', 'CRICK-CLINICAL'],
  note: 'Seed 003 notes moist heat is useful before exercise; the timing limits are the same as for dry heat.',
};

export const selfMassage: Remedy = {
  id: 'self-massage',
  kind: 'massage',
  name: 'Self massage',
  summary: 'Gentle pressure on the tight muscle may feel soothing. It is an optional comfort, not a cure.',
  bestFor: 'Any time it feels good, for a few minutes.',
  steps: [
    'Find the tight spot at the back or side of your neck or top of your shoulder.',
    'Press gently but firmly with two or three fingers.',
    'Make small, slow circles for a minute or two.',
    'Move on if a spot feels sharp rather than achy.',
  ],
  cautions: [
    'Never press on the front of the neck.',
    'Stay gentle. It should not make the pain worse.',
    'Stop if you feel dizzy, tingling or numb.',
  ],
  skipIf: [
    'The skin is broken, bruised or has a rash',
    'There is a lump or swelling you have not had checked',
  ],
  equipment: [],
  sources: ['COCHRANE-MASSAGE-2024', 'SEED-003', 'SEED-001', 'SEED-002', 'CRICK-CLINICAL'],
  note: 'All the seed articles recommend massage. The 2024 Cochrane review found it probably makes little or no difference compared with a sham, so Crick offers it only as a comfort measure.',
};

export const partnerMassage: Remedy = {
  id: 'partner-massage',
  kind: 'massage',
  name: 'Massage from someone else',
  summary: 'A friend or partner can rub the tight muscles gently. It is an optional comfort, not a cure.',
  bestFor: 'Relaxing when the muscles feel knotted.',
  steps: [
    'Sit with your head supported, or lie on your front.',
    'Ask them to use slow, gentle pressure on the back of the neck and shoulders.',
    'Tell them at once if anything hurts.',
    'Stop after a few minutes or when it stops helping.',
  ],
  cautions: [
    'Never over the front of the neck.',
    'No strong pressure and no cracking or twisting the neck.',
    'Stop if you feel dizzy, tingling or numb.',
  ],
  skipIf: ['The skin is broken, bruised or has a rash', 'The pain started with a fall or an accident'],
  equipment: [],
  sources: ['COCHRANE-MASSAGE-2024', 'SEED-001', 'SEED-003', 'CRICK-CLINICAL', 'ACEP-CAD'],
  note: 'The 2024 Cochrane review found probably little or no difference compared with a sham. Manipulation of the neck is linked to artery injury in rare cases (ACEP), so we ask for no cracking or twisting.',
};

export const restPositions: Remedy = {
  id: 'rest-positions',
  kind: 'rest',
  name: 'Short rest with support',
  summary: 'A short rest with the head supported can ease the pain. Then get moving again.',
  bestFor: 'When the pain is at its worst, for a short while.',
  steps: [
    'Lie on your back with one pillow under your head.',
    'Put a pillow under your knees if that is comfortable.',
    'Rest for a short while and breathe slowly.',
    'Then get up and move gently again.',
  ],
  cautions: [
    'Do not stay still all day: it makes a neck stiffer.',
    'Do not use a neck collar unless a clinician told you to.',
  ],
  skipIf: ['After a fall or an accident: keep still and get help instead'],
  equipment: ['pillow'],
  sources: ['SEED-002', 'NHS-NECK', 'SEED-003', 'CRICK-CLINICAL'],
};

export const breathing: Remedy = {
  id: 'breathing-relaxation',
  kind: 'breathing',
  name: 'Slow breathing',
  summary: 'Slow breathing can help tense shoulders and neck muscles let go, and eases worry.',
  bestFor: 'When you feel tense or stressed, or before bed.',
  steps: [
    'Sit or lie comfortably and let your shoulders drop.',
    'Breathe in slowly through your nose.',
    'Breathe out slowly, a little longer than the breath in.',
    'Keep going for a few minutes.',
  ],
  cautions: ['Breathe gently. Stop if you feel light-headed.'],
  skipIf: [],
  equipment: [],
  sources: ['SEED-000', 'SEED-003', 'SEED-001'],
};

export const remedies: readonly Remedy[] = [
  cold,
  heatDry,
  heatMoist,
  selfMassage,
  partnerMassage,
  restPositions,
  breathing,
];
