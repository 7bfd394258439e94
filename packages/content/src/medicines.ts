import type { Medicine, MedicineCaution } from '@crick/core';

// Information, never a prescription (CLINICAL.md section 3). Every medicine says
// "follow the label"; the cautions map to the medicines-safety answer fields so
// the app can ask before showing anything.

const oralNsaidCautions: readonly MedicineCaution[] = [
  {
    field: 'asthma_nsaid_sensitive',
    effect: 'avoid',
    reason: 'They can set off an asthma attack or an allergic reaction in people sensitive to them.',
  },
  {
    field: 'stomach_ulcer_history',
    effect: 'avoid',
    reason: 'They can cause stomach ulcers and bleeding, more so if you have had one before.',
  },
  {
    field: 'pregnant',
    effect: 'avoid',
    reason: 'They are not advised in pregnancy unless a doctor says so.',
  },
  {
    field: 'anticoagulant',
    effect: 'ask',
    reason: 'With a blood thinner, the risk of bleeding goes up.',
  },
  { field: 'kidney_disease', effect: 'ask', reason: 'They can make kidney problems worse.' },
  {
    field: 'heart_failure_or_cvd',
    effect: 'ask',
    reason: 'They can raise blood pressure and strain the heart.',
  },
  {
    field: 'inflammatory_bowel_disease',
    effect: 'ask',
    reason: 'They can cause a flare of Crohn’s disease or colitis.',
  },
  {
    field: 'age_65_or_over',
    effect: 'ask',
    reason: 'From 65, side effects on the stomach, kidneys and heart are more likely.',
  },
];

export const oralNsaid: Medicine = {
  id: 'oral-nsaid',
  name: 'Anti-inflammatory tablets (NSAIDs)',
  group: 'oral_nsaid',
  examples: ['ibuprofen', 'naproxen'],
  summary: 'Ease pain and swelling for a short time. They do not fix the spasm itself.',
  evidence:
    'Widely recommended for short-term neck pain. Take the smallest amount that helps, for the shortest time.',
  cautions: oralNsaidCautions,
  dose: 'follow_the_label',
  sources: ['CKS-NSNP', 'NHS-NECK', 'SEED-002', 'SEED-004', 'CRICK-CLINICAL'],
};

export const topicalNsaid: Medicine = {
  id: 'topical-nsaid',
  name: 'Anti-inflammatory gel',
  group: 'topical_nsaid',
  examples: ['diclofenac gel', 'ketoprofen gel', 'ibuprofen gel'],
  summary: 'Rubbed on the sore spot, it eases pain with much less of the drug reaching the rest of the body.',
  evidence:
    'A Cochrane review (2015) of strains and sprains found it works: for one person to get good relief, about 2 need to use diclofenac gel (NNT 1.8), 2.5 ketoprofen gel, or 4 ibuprofen gel (NNT 3.9). Skin side effects were no more common than with a dummy gel.',
  cautions: [
    {
      field: 'asthma_nsaid_sensitive',
      effect: 'avoid',
      reason: 'Even on the skin it can set off a reaction in people sensitive to anti-inflammatories.',
    },
    { field: 'pregnant', effect: 'ask', reason: 'Ask first: some are not advised in pregnancy.' },
    {
      field: 'anticoagulant',
      effect: 'ask',
      reason: 'A little reaches the blood, so check it is fine with your blood thinner.',
    },
    {
      field: 'stomach_ulcer_history',
      effect: 'ask',
      reason: 'Much less risk than tablets, but ask if you have had an ulcer or stomach bleed.',
    },
  ],
  dose: 'follow_the_label',
  sources: ['DERRY-2015', 'CRICK-CLINICAL'],
};

export const aspirin: Medicine = {
  id: 'aspirin',
  name: 'Aspirin',
  group: 'aspirin',
  examples: ['aspirin'],
  summary:
    'An anti-inflammatory painkiller that also thins the blood. Never for anyone under 16: it is linked to a rare, serious illness (Reye’s syndrome).',
  evidence:
    'Named for pain relief in one seed article. Other anti-inflammatories are more often used for neck pain.',
  cautions: [
    {
      field: 'asthma_nsaid_sensitive',
      effect: 'avoid',
      reason: 'It is an anti-inflammatory and can set off asthma or an allergic reaction.',
    },
    {
      field: 'stomach_ulcer_history',
      effect: 'avoid',
      reason: 'It can cause stomach bleeding.',
    },
    { field: 'anticoagulant', effect: 'avoid', reason: 'It thins the blood too, so bleeding risk adds up.' },
    {
      field: 'pregnant',
      effect: 'avoid',
      reason: 'Not for pain relief in pregnancy unless a doctor says so.',
    },
    { field: 'kidney_disease', effect: 'ask', reason: 'It can make kidney problems worse.' },
    {
      field: 'inflammatory_bowel_disease',
      effect: 'ask',
      reason: 'It can cause a flare of Crohn’s disease or colitis.',
    },
    {
      field: 'age_65_or_over',
      effect: 'ask',
      reason: 'From 65, stomach bleeding is more likely.',
    },
  ],
  dose: 'follow_the_label',
  sources: ['SEED-003', 'NHS-ASPIRIN', 'CRICK-CLINICAL'],
};

export const paracetamol: Medicine = {
  id: 'paracetamol',
  name: 'Paracetamol (acetaminophen)',
  group: 'paracetamol',
  examples: ['paracetamol', 'acetaminophen'],
  summary: 'A painkiller mainly for people who cannot take anti-inflammatories.',
  evidence:
    'A BMJ review (2015) found it no better than a dummy pill for low back pain. It may help some people with neck pain, but we cannot be sure.',
  cautions: [
    {
      field: 'liver_disease',
      effect: 'avoid',
      reason: 'Your liver clears it; liver disease makes harm more likely.',
    },
    {
      field: 'alcohol_heavy',
      effect: 'ask',
      reason: 'Drinking a lot of alcohol makes liver harm more likely.',
    },
    {
      field: 'other_paracetamol_products',
      effect: 'avoid',
      reason: 'Many cold and flu remedies already contain it; doubling up can harm the liver.',
    },
  ],
  dose: 'follow_the_label',
  sources: ['MACHADO-2015', 'CRICK-CLINICAL', 'NHS-NECK'],
};

export const mentholBalm: Medicine = {
  id: 'menthol-balm',
  name: 'Menthol balm or rub',
  group: 'menthol',
  examples: ['menthol balm', 'menthol rub'],
  summary: 'Gives a cool, then warm feeling on the skin. For comfort only.',
  evidence: 'Many people like the feeling, but there is no good evidence it treats the spasm.',
  cautions: [],
  dose: 'follow_the_label',
  sources: ['SEED-004', 'CRICK-CLINICAL'],
};

export const medicines: readonly Medicine[] = [oralNsaid, topicalNsaid, aspirin, paracetamol, mentholBalm];

/** Treatments only a clinician decides on; shown as information, never as a suggestion. */
export interface ClinicianOnlyNote {
  readonly id: string;
  readonly name: string;
  readonly text: string;
  readonly sources: readonly string[];
}

export const clinicianOnly: readonly ClinicianOnlyNote[] = [
  {
    id: 'muscle-relaxants',
    name: 'Muscle relaxants',
    text: 'A doctor may consider a muscle relaxant for a short time if other measures have not helped. It is their decision, not one to make yourself.',
    sources: ['SEED-001', 'SEED-004', 'CRICK-CLINICAL'],
  },
  {
    id: 'injections',
    name: 'Injections into the muscle',
    text: 'In rare, severe cases a doctor may consider an injection into the muscle. This is a last resort and their decision.',
    sources: ['SEED-001', 'CRICK-CLINICAL'],
  },
  {
    id: 'prescription-anti-inflammatories',
    name: 'Stronger anti-inflammatories',
    text: 'If shop-bought medicines do not help, a doctor may consider a prescription anti-inflammatory.',
    sources: ['SEED-001', 'CRICK-CLINICAL'],
  },
];

/** Medicines Crick never suggests, and why: for the learn pages. */
export interface AvoidedMedicine {
  readonly id: string;
  readonly name: string;
  readonly examples: readonly string[];
  readonly why: string;
  readonly sources: readonly string[];
}

export const avoided: readonly AvoidedMedicine[] = [
  {
    id: 'opioids',
    name: 'Opioid painkillers',
    examples: ['codeine', 'tramadol', 'morphine', 'oxycodone', 'hydrocodone'],
    why: 'Not for a sudden neck or back pain. In the OPAL trial (Lancet 2023, 347 people), opioids did no better than a dummy pill at 6 weeks, and more people were misusing them a year later. Crick does not suggest codeine or any other opioid, whatever an article says.',
    sources: ['OPAL-2023', 'CRICK-CLINICAL'],
  },
  {
    id: 'propoxyphene',
    name: 'Propoxyphene (co-proxamol)',
    examples: ['propoxyphene', 'dextropropoxyphene', 'co-proxamol'],
    why: 'Withdrawn because it can upset the heart rhythm: in the UK in 2005, the EU in 2009 and the US on 19 November 2010. One seed article still names it; Crick never lists it.',
    sources: ['PROPOXYPHENE-WITHDRAWAL', 'CRICK-CLINICAL', 'SEED-004'],
  },
];
