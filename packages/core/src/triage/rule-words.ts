/**
 * What each rule of red-flags.json (version 0.2) is, in the person's words: what they told
 * us, and what that can mean. Kept apart from the rules (rules.ts) because only a result
 * needs them: the check's first screen loads the rules, and these words (about 2 kB of its
 * script) load with the result screen, the report and the export.
 */
export interface RuleWords {
  /** What the person told us, in their terms ("a temperature and a stiff neck"). */
  readonly said: string;
  /** What that can mean, in plain words. */
  readonly means: string;
}

/** The words of every rule, by its id (`rule-words.test.ts`: one entry for each rule, no more). */
export const ruleWords: Readonly<Record<string, RuleWords>> = {
  'RF-E01': {
    said: 'a rash or spots that do not fade under a pressed glass',
    means: 'meningitis or blood poisoning (sepsis)',
  },
  'RF-E02': {
    said: 'a temperature (or a fever medicine that may hide one) with a stiff neck and a headache, light hurting your eyes, being sick or feeling very unwell',
    means: 'meningitis or a brain infection',
  },
  'RF-E03': {
    said: 'confusion, unusual drowsiness or a fit',
    means: 'meningitis, bleeding in the brain, sepsis or a stroke',
  },
  'RF-E04': {
    said: 'a sudden headache that peaked within minutes',
    means: 'bleeding around the brain or a torn neck artery',
  },
  'RF-E05': {
    said: 'double vision, slurred speech, new trouble swallowing, sudden falls, numbness of the face or one side, sudden unsteadiness, a drooping eyelid or a drooping face',
    means: 'a stroke or a torn artery in the neck',
  },
  'RF-E06': {
    said: 'new dizziness together with sudden unusual pain, a neck manipulation, one-sided pain after a jolt, or a new headache',
    means: 'a torn artery in the neck',
  },
  'RF-E07': {
    said: 'weakness in both arms or the legs, new bladder or bowel trouble, numbness around the bottom, or leg or walking symptoms coming on within hours or days',
    means: 'pressure on the spinal cord',
  },
  'RF-E08': {
    said: 'an injury in the last 2 days together with being 65 or over, a high-risk kind of accident, tingling in the arms or legs, arthritis of the neck or past neck surgery',
    means: 'a broken bone in the neck',
  },
  'RF-E09': {
    said: 'an injury in the last 2 days with a blackout, a memory gap, drink or drugs, not being able to turn your head halfway, or tender neck bones',
    means: 'an injury to the bones of the neck',
  },
  'RF-E10': {
    said: 'chest pain, neck or jaw pain that came on with effort, or sweating with breathlessness, heart disease or an age of 40 or over',
    means: 'a heart attack or angina',
  },
  'RF-E11': {
    said: 'trouble breathing, not being able to swallow your saliva, or a neck that is swelling fast',
    means: 'a threat to the airway, such as a deep throat infection',
  },
  'RF-E12': {
    said: 'a temperature, a raised infection risk and weakness, tingling, clumsy hands or unsteady walking',
    means: 'an infection pressing on the spinal cord (an abscess)',
  },
  'RF-E13': {
    said: 'cancer in the past together with arm symptoms, weakness, leg symptoms, clumsy hands, unsteady walking or electric shocks',
    means: 'cancer pressing on the spinal cord, which needs help at once',
  },
  'RF-E14': {
    said: 'being 50 or over with a new temple headache, tender scalp or jaw pain when chewing, and a change in your sight',
    means: 'inflamed arteries (giant cell arteritis) that can harm your sight',
  },
  'RF-E15': {
    said: 'a neck too stiff to bend forward, a bad headache, light hurting your eyes or being sick, with feeling very unwell or a new headache',
    means: 'meningitis or bleeding around the brain, even without a temperature',
  },
  'RF-E16': {
    said: 'sudden severe pain unlike before, and now pain, tingling or weakness in an arm or leg',
    means: 'bleeding or a torn artery pressing on nerves',
  },
  'RF-E17': {
    said: 'weakness in an arm or leg after an injury',
    means: 'an injury to the spinal cord or its nerves',
  },
  'RF-E18': {
    said: 'a knock to the head with a blood thinner, or with a blackout, being sick or a headache since',
    means: 'bleeding inside the head',
  },
  'RF-E19': {
    said: 'a change in your sight together with an injury, a neck manipulation, sudden pain, one-sided pain after a jolt or a new headache',
    means: 'a torn neck artery starving the eye or brain of blood',
  },
  'RF-E20': {
    said: 'trouble opening your mouth or a muffled voice, with a sore throat, a temperature or a swelling neck',
    means: 'an abscess in the throat',
  },
  'RF-U01': {
    said: 'a temperature of 38 \u00b0C or more',
    means: 'an infection, which a clinician needs to check',
  },
  'RF-U02': {
    said: 'weakness in one arm or hand that is getting worse, or that began in the last 2 days',
    means: 'a trapped nerve that is losing strength',
  },
  'RF-U03': {
    said: 'clumsy hands, electric shocks, or tingling in both arms or the legs coming on over days or weeks, or a change in your walking',
    means: 'pressure on the spinal cord in the neck',
  },
  'RF-U04': {
    said: 'that you have had cancer',
    means: 'that a new neck pain needs checking the same day',
  },
  'RF-U05': {
    said: 'sudden, severe pain unlike before',
    means: 'a torn artery in the neck',
  },
  'RF-U06': {
    said: 'new dizziness since the pain began',
    means: 'a problem with blood flow or balance that needs checking today',
  },
  'RF-U07': {
    said: 'a raised infection risk with no everyday cause, pain at night, pain getting worse or feeling very unwell',
    means: 'an infection in the spine',
  },
  'RF-U08': {
    said: 'being 50 or over with a new temple headache, tender scalp or jaw pain when chewing',
    means: 'inflamed arteries (giant cell arteritis)',
  },
  'RF-U09': {
    said: 'a neck that twists by itself after starting a new anti-sickness or antipsychotic medicine',
    means: 'a reaction to that medicine',
  },
  'RF-U10': {
    said: 'an injury with fragile bones, long-term steroids, inflammatory arthritis or past neck surgery',
    means: 'a broken bone even after a small knock',
  },
  'RF-U11': {
    said: 'two or more warning signs together (such as weight loss, night pain, your age with no cause, weak immunity or feeling very unwell)',
    means: 'a more serious cause, which is more likely when signs come together',
  },
  'RF-U12': {
    said: 'a headache that is new or different for you and severe, or with light hurting your eyes, being sick or a stiff neck',
    means: 'bleeding around the brain, a torn artery or meningitis',
  },
  'RF-U13': {
    said: 'a new headache with one-sided pain that began after a jolt or turn of the head',
    means: 'a torn artery in the neck, before it causes other signs',
  },
  'RF-U14': {
    said: 'an injury with being 65 or over, a high-risk accident, tingling, tender neck bones, not turning your head halfway, or a blackout, drink or drugs',
    means: 'a broken bone or torn ligament in the neck, which needs an X-ray or scan today',
  },
  'RF-U15': {
    said: 'an injury while on a blood thinner, or a knock to the head with a blackout, being sick or a headache since',
    means: 'slow bleeding after the injury',
  },
  'RF-U16': {
    said: 'a change in your sight since the neck pain began',
    means:
      'a short loss of blood flow to the eye or brain (a mini-stroke), which needs checking within a day',
  },
  'RF-U17': {
    said: 'a headache or change in sight late in pregnancy or soon after giving birth',
    means: 'high blood pressure of pregnancy (pre-eclampsia) or a blood clot',
  },
  'RF-U18': {
    said: 'being under 16 with a sore throat or a cold in the last 2 weeks',
    means: 'a slipped joint at the top of the neck after an infection, or a throat abscess',
  },
  'RF-S01': {
    said: 'pain, tingling or numbness going down one arm',
    means: 'a trapped nerve in the neck, which usually settles but needs an examination',
  },
  'RF-S02': {
    said: 'pain that keeps you awake whatever position you lie in',
    means: 'a cause other than a strained muscle',
  },
  'RF-S03': {
    said: 'weight loss without trying',
    means: 'an illness elsewhere in the body',
  },
  'RF-S04': {
    said: 'a first-ever neck pain with no everyday reason, at an age (under 20 or over 55) when other causes are more common',
    means: 'a cause that a doctor should look for',
  },
  'RF-S05': {
    said: 'fragile bones or long-term steroids, inflammatory arthritis, or past neck surgery',
    means: 'that your neck needs a clinician\u2019s look before exercises',
  },
  'RF-S06': {
    said: 'injecting drugs, weak immunity, or a recent spinal procedure or serious infection',
    means: 'a small risk of infection that a clinician should rule out',
  },
  'RF-S07': {
    said: 'being 50 or over with both shoulders stiff for more than 45 minutes every morning',
    means: 'an inflammatory condition (polymyalgia rheumatica)',
  },
  'RF-S08': {
    said: 'a week or more without improvement, three weeks in all, or pain getting worse after the first days',
    means: 'that recovery is slower than expected',
  },
  'RF-S09': {
    said: 'severe pain that painkillers have not helped, or pain that stops you coping with daily life',
    means: 'that you need a plan from a clinician',
  },
  'RF-S10': {
    said: 'an age under 16',
    means: 'that a clinician should check, because neck pain in children has other causes',
  },
  'RF-S11': {
    said: 'clumsy hands, electric shocks when you bend your head, or tingling in both arms or the legs',
    means: 'slow pressure on the spinal cord, which a doctor should examine within days',
  },
  'RF-S12': {
    said: 'three or more bouts like this in the last year',
    means: 'that a physiotherapy plan would help',
  },
  'RF-S13': {
    said: 'a neck that twists or pulls by itself',
    means: 'a muscle condition (dystonia), not an ordinary crick',
  },
  'RF-U19': {
    said: 'neck pain that is new, worse or different since your neck was manipulated',
    means: 'a torn artery in the neck',
  },
};

/** The words of a rule, or undefined for an id this version does not know (a newer rule set's). */
export const wordsOf = (id: string): RuleWords | undefined =>
  Object.hasOwn(ruleWords, id) ? ruleWords[id] : undefined;
