import { createInterface } from 'node:readline/promises';
import {
  answerQuestion,
  nextQuestion,
  type Question,
  type QuestionAnswer,
  startCheck,
  type TriageOutcome,
} from '@crick/core';

function parseAnswer(q: Question, text: string): QuestionAnswer | null {
  const t = text.trim().toLowerCase();
  if (['?', 'not sure', 'unsure', 'u'].includes(t)) return 'unsure';
  if (q.kind === 'yesno' || q.kind === 'group')
    return ['y', 'yes'].includes(t) ? 'yes' : ['n', 'no'].includes(t) ? 'no' : null;
  if (q.kind === 'choice') {
    const i = Number.parseInt(t, 10);
    const option = q.options?.[i - 1];
    return option ? { choice: option.value } : null;
  }
  const n = Number(t);
  return t !== '' && Number.isFinite(n) ? { number: n } : null;
}

function show(q: Question, asked: number): string {
  const lines = [`\n(${asked + 1}) ${q.text}`];
  if (q.items) for (const item of q.items) lines.push(`   - ${item.label}`);
  if (q.hint) lines.push(`   ${q.hint}`);
  for (const [i, o] of (q.options ?? []).entries()) lines.push(`   ${i + 1}. ${o.label}`);
  lines.push(
    q.kind === 'choice'
      ? '   Type a number, or ? if not sure: '
      : q.kind === 'number'
        ? `   Type a number${q.unit ? ` (${q.unit})` : ''}, or ? to skip: `
        : '   y = yes, n = no, ? = not sure: ',
  );
  return lines.join('\n');
}

/** Asks the check's questions in the terminal, the same way the app asks them. */
export async function askInteractively(): Promise<TriageOutcome> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  const lines = rl[Symbol.asyncIterator]();
  let state = startCheck();
  try {
    process.stdout.write('Is this dangerous? A few questions, emergency signs first.\n');
    for (;;) {
      const step = nextQuestion(state);
      if (step.done) return step.outcome;
      process.stdout.write(show(step.question, step.asked));
      const line = await lines.next();
      if (line.done) throw new Error('input ended before the check was finished');
      const answer = parseAnswer(step.question, line.value);
      if (!answer) {
        process.stdout.write('   Sorry, I did not understand that.\n');
        continue;
      }
      const next = answerQuestion(state, step.question.id, answer);
      if (!next.ok) {
        process.stdout.write(`   ${next.error[0]?.message}\n`);
        continue;
      }
      state = next.value;
    }
  } finally {
    rl.close();
  }
}
