import type { LearnPage } from '@crick/core';

// Short pages a person reads on a phone. Every fact carries its sources. Names
// of medicines Crick will not suggest live only in medicines.ts `avoided`; the
// web app shows that list with the "what helps" page.

export const learnPages: readonly LearnPage[] = [
  {
    id: 'what-is-a-spasm',
    title: 'What is a neck spasm?',
    summary: 'A neck muscle that tightens on its own and will not let go. Painful, but usually not serious.',
    keywords: ['spasm', 'crick', 'wry neck', 'cramp', 'stiff neck'],
    sections: [
      {
        heading: 'What happens',
        facts: [
          {
            text: 'A spasm is a muscle tightening by itself. You cannot relax it at will.',
            sources: ['SEED-001', 'SEED-003', 'SEED-004'],
          },
          {
            text: 'The muscle becomes short, hard and sore, and moving the neck hurts.',
            sources: ['SEED-003'],
          },
          {
            text: 'People call it a crick, a kink, a cramp or a wry neck.',
            sources: ['SEED-000', 'SEED-004', 'TORTICOLLIS'],
          },
        ],
      },
      {
        heading: 'Is it serious?',
        facts: [
          {
            text: 'Most spasms come from everyday strain and get better with movement and time.',
            sources: ['SEED-003', 'CKS-NSNP', 'TORTICOLLIS'],
          },
          {
            text: 'A few signs mean something else may be going on. Crick asks about them first.',
            sources: ['CKS-NSNP', 'FELLER-2024'],
          },
        ],
      },
    ],
  },
  {
    id: 'symptoms',
    title: 'Symptoms',
    summary: 'Pain, stiffness and trouble turning the head are the usual signs.',
    keywords: ['symptoms', 'pain', 'stiffness', 'headache', 'knots'],
    sections: [
      {
        heading: 'Common',
        facts: [
          { text: 'A sudden, sharp pain in the neck.', sources: ['SEED-003'] },
          {
            text: 'Stiffness, and pain when you move your neck or shoulders.',
            sources: ['SEED-003', 'SEED-001'],
          },
          {
            text: 'Not being able to turn your head one way, sometimes for days.',
            sources: ['SEED-004', 'SEED-002'],
          },
          { text: 'Tender knots in the muscle.', sources: ['SEED-001', 'SEED-003'] },
          { text: 'A headache.', sources: ['SEED-001', 'SEED-003'] },
        ],
      },
      {
        heading: 'Tell Crick at once',
        facts: [
          {
            text: 'Dizziness, tingling, numbness or weakness in an arm are not usual. Crick checks them again.',
            sources: ['CKS-NSNP', 'CKS-RADIC', 'BARANY-CGD'],
          },
        ],
      },
    ],
  },
  {
    id: 'causes',
    title: 'What causes it',
    summary: 'Usually everyday strain: posture, sleep, stress or a sudden movement.',
    keywords: ['causes', 'posture', 'pillow', 'stress', 'phone', 'bag'],
    sections: [
      {
        heading: 'Everyday triggers',
        facts: [
          {
            text: 'Sitting slumped or with the head forward, often at a screen.',
            sources: ['SEED-003', 'SEED-001'],
          },
          { text: 'Sleeping awkwardly or on an unsupportive pillow.', sources: ['SEED-003', 'SEED-001'] },
          {
            text: 'Holding a phone with your shoulder, or a heavy bag on one side.',
            sources: ['SEED-003'],
          },
          { text: 'Stress, and clenching your teeth.', sources: ['SEED-003', 'SEED-001'] },
          {
            text: 'Overuse, a sudden twist, or a chill on a tired neck.',
            sources: ['SEED-003', 'SEED-004'],
          },
          {
            text: 'Not drinking enough is also named, though the evidence is thin.',
            sources: ['SEED-003', 'SEED-000'],
          },
        ],
      },
    ],
  },
  {
    id: 'needs-a-doctor',
    title: 'Signs that need a doctor',
    summary: 'Some signs with neck pain need help now, today or within days. Crick checks for them.',
    keywords: ['red flags', 'emergency', 'doctor', 'meningitis', 'stroke', 'injury'],
    sections: [
      {
        heading: 'Call an ambulance',
        facts: [
          {
            text: 'A rash that does not fade under a pressed glass, or fever with a stiff neck and headache.',
            sources: ['NHS-MENINGITIS'],
          },
          {
            text: 'A sudden, very bad headache that peaks within minutes.',
            sources: ['NICE-NG228', 'ICHD3-CAD'],
          },
          {
            text: 'Double vision, slurred speech, trouble swallowing, a drooping face or sudden clumsiness.',
            sources: ['5D3N', 'IFOMPT-2023', 'ACEP-CAD'],
          },
          {
            text: 'Weakness in both arms or the legs, or new bladder or bowel trouble.',
            sources: ['DCM-ROYALFREE', 'GPREASONING'],
          },
          {
            text: 'Neck pain after a bad fall or crash, or after any fall if you are 65 or over. Keep still.',
            sources: ['CCR', 'NEXUS'],
          },
          {
            text: 'Chest pain, or neck or jaw pain that comes on with effort.',
            sources: ['NHS-HEARTATTACK'],
          },
          {
            text: 'Struggling to breathe or swallow, or a neck that is swelling fast.',
            sources: ['RPA'],
          },
        ],
      },
      {
        heading: 'See a clinician today',
        facts: [
          { text: 'A temperature of 38 °C or more.', sources: ['CKS-NSNP', 'SEA'] },
          { text: 'An arm or hand getting weaker.', sources: ['CKS-RADIC'] },
          {
            text: 'Clumsy hands, unsteady walking or electric shocks down the spine.',
            sources: ['DCM-MYELOPATHYORG', 'DCM-ROYALFREE'],
          },
          { text: 'New neck pain if you have ever had cancer.', sources: ['NICE-MSCC'] },
          { text: 'New dizziness since the neck pain began.', sources: ['BARANY-CGD'] },
          {
            text: 'Aged 50 or over with a new headache at the temple or jaw pain when chewing.',
            sources: ['GCA'],
          },
          {
            text: 'A neck that twists by itself after starting a new medicine.',
            sources: ['RCEM-DYSTONIA'],
          },
        ],
      },
      {
        heading: 'See a GP within days',
        facts: [
          {
            text: 'Pain or pins and needles spreading down one arm.',
            sources: ['CKS-RADIC', 'NHS-NECK'],
          },
          {
            text: 'Pain that keeps you awake whatever position you try, or weight loss without trying.',
            sources: ['CKS-NSNP', 'CKS-SUMMARY-GPONLINE'],
          },
          {
            text: 'Osteoporosis, long-term steroid tablets, inflammatory arthritis or past neck surgery.',
            sources: ['PHARM-CPD', 'CKS-SUMMARY-GPONLINE'],
          },
          {
            text: 'Aged 50 or over with both shoulders stiff for a long time every morning.',
            sources: ['PMR'],
          },
          { text: 'Under 16: a child’s wry neck has other causes.', sources: ['RDS-PAED', 'DEVON-NECK'] },
        ],
      },
    ],
  },
  {
    id: 'what-helps',
    title: 'What helps, and how sure we are',
    summary: 'Keeping moving and gentle exercise are the mainstay. The rest can make you more comfortable.',
    keywords: ['treatment', 'exercise', 'ice', 'heat', 'massage', 'painkillers', 'evidence'],
    sections: [
      {
        heading: 'Movement and exercise',
        facts: [
          {
            text: 'Keep moving your neck gently. Total rest and neck collars are not advised.',
            sources: ['NHS-NECK', 'CKS-NSNP', 'SEED-003'],
          },
          {
            text: 'Start with gentle stretches, then add strengthening as the pain eases.',
            sources: ['SEED-003', 'CRICK-CLINICAL'],
          },
        ],
      },
      {
        heading: 'Cold or heat',
        facts: [
          {
            text: 'In a trial of people with neck and back strain, cold and heat worked about the same. Pick what feels better.',
            sources: ['GARRA-2010'],
          },
          {
            text: 'Keep cold to 10-15 minutes and heat to 15-20, wrapped, and never while asleep.',
            sources: ['CRICK-CLINICAL', 'MAYO-NECK', 'SEED-002'],
          },
        ],
      },
      {
        heading: 'Massage',
        facts: [
          {
            text: 'A 2024 review found massage probably makes little or no difference compared with a sham. It may still feel nice.',
            sources: ['COCHRANE-MASSAGE-2024'],
          },
        ],
      },
      {
        heading: 'Medicines',
        facts: [
          {
            text: 'Anti-inflammatory gels help strains: about 2 people need to use diclofenac gel for one to get good relief.',
            sources: ['DERRY-2015'],
          },
          {
            text: 'Anti-inflammatory tablets can ease pain for a short time if they are safe for you.',
            sources: ['CKS-NSNP', 'NHS-NECK'],
          },
          {
            text: 'Paracetamol did no better than a dummy pill for low back pain, so it is mainly for people who cannot take anti-inflammatories.',
            sources: ['MACHADO-2015'],
          },
          {
            text: 'Strong prescription painkillers did not help sudden back and neck pain in a 2023 trial, and led to more misuse. Crick does not suggest them.',
            sources: ['OPAL-2023'],
          },
          {
            text: 'Always follow the label, and ask a pharmacist if you take other medicines.',
            sources: ['SEED-002', 'CRICK-CLINICAL'],
          },
        ],
      },
    ],
  },
  {
    id: 'expected-course',
    title: 'How long it lasts',
    summary: 'Most cricks ease within days. Ordinary neck pain usually recovers over weeks.',
    keywords: ['how long', 'recovery', 'course', 'days', 'weeks'],
    sections: [
      {
        heading: 'A wry neck',
        facts: [
          { text: 'It usually starts to ease within 1 or 2 days.', sources: ['TORTICOLLIS'] },
          {
            text: 'It usually settles within 7 to 10 days.',
            sources: ['TORTICOLLIS', 'CRICK-CLINICAL', 'SEED-002'],
          },
        ],
      },
      {
        heading: 'Other neck pain',
        facts: [
          {
            text: 'It usually eases within 2 weeks and recovers in 4 to 6 weeks.',
            sources: ['CKS-NSNP', 'CRICK-CLINICAL'],
          },
          {
            text: 'Some people keep some pain for longer. Keep going with the exercises and tell your GP.',
            sources: ['HUSH-2011'],
          },
        ],
      },
    ],
  },
  {
    id: 'when-to-see-a-gp',
    title: 'When to see a GP',
    summary: 'If it is not getting better on time, or it gets worse, book a GP.',
    keywords: ['GP', 'doctor', 'not getting better', 'worse'],
    sections: [
      {
        heading: 'Book a GP if',
        facts: [
          {
            text: 'There is no improvement at all by day 7.',
            sources: ['CRICK-CLINICAL', 'SEED-002', 'SEED-003'],
          },
          {
            text: 'It is not largely better by 3 weeks.',
            sources: ['CRICK-CLINICAL', 'NHS-NECK', 'MAYO-NECK'],
          },
          { text: 'It gets worse at any time after the first 3 days.', sources: ['CRICK-CLINICAL'] },
          {
            text: 'Painkillers are not helping, or you are worried.',
            sources: ['NHS-NECK'],
          },
        ],
      },
      {
        heading: 'At any time',
        facts: [
          {
            text: 'If a warning sign appears, Crick will ask its questions again and tell you where to go.',
            sources: ['CKS-NSNP', 'FELLER-2024'],
          },
        ],
      },
    ],
  },
  {
    id: 'about-sources',
    title: 'Where Crick’s advice comes from',
    summary: 'Five public articles, checked against guidelines and studies.',
    keywords: ['sources', 'evidence', 'references'],
    sections: [
      {
        heading: 'How we chose',
        facts: [
          {
            text: 'Crick started from five public articles on neck spasms.',
            sources: ['SEED-000', 'SEED-001', 'SEED-002', 'SEED-003', 'SEED-004'],
          },
          {
            text: 'Where the articles disagree or are out of date, Crick follows guidelines and trials instead.',
            sources: ['CRICK-CLINICAL'],
          },
          {
            text: 'Symptom checkers often get triage wrong. Crick is tested on worked cases, level by level.',
            sources: ['SEMIGRAN-2015', 'HILL-2020', 'SCHMIEDING-2022'],
          },
          {
            text: 'Crick is not a diagnosis. If in doubt, ask a doctor, nurse or pharmacist.',
            sources: ['CRICK-CLINICAL'],
          },
        ],
      },
    ],
  },
];
