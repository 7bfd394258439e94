import { createInterface } from 'node:readline/promises';
import {
  answerQuestion,
  type CheckState,
  explain,
  type FieldName,
  nextQuestion,
  type Question,
  type QuestionAnswer,
  questionFor,
  questionNames,
  questionsToSettle,
  reanswer,
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

/**
 * Asks the check's questions in the terminal, the same way the app asks them. A precaution
 * (an answer we did not get) is offered once: answer that question and the check runs on.
 */
export async function askInteractively(): Promise<TriageOutcome> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  const lines = rl[Symbol.asyncIterator]();
  const read = async (): Promise<string> => {
    const line = await lines.next();
    if (line.done) throw new Error('input ended before the check was finished');
    return line.value;
  };
  let state: CheckState = startCheck();
  const offered: FieldName[] = [];
  let screens = 0;
  try {
    process.stdout.write(
      'Is this dangerous? A few questions: your age, when it started, then the warning signs.\n',
    );
    for (;;) {
      const step = nextQuestion(state);
      if (step.done) {
        const field = questionsToSettle(step.outcome, state.facts).find((f) => !offered.includes(f));
        if (!field) return explain(step.outcome, state.facts);
        offered.push(field);
        process.stdout.write(
          `\nWe could not check everything: we have no answer for ${questionNames([field], 'and')}. Answer it to check again (or press Enter to skip).`,
        );
        const question = questionFor(field);
        process.stdout.write(show(question, screens++));
        const text = await read();
        if (text.trim() === '') continue;
        const answer = parseAnswer(question, text);
        const next = answer ? reanswer(state, field, answer) : null;
        if (next?.ok) state = next.value;
        else
          process.stdout.write(`   ${next ? next.error[0]?.message : 'Sorry, I did not understand that.'}\n`);
        continue;
      }
      const { question } = step;
      process.stdout.write(show(question, screens++));
      const answer = parseAnswer(question, await read());
      if (!answer) {
        process.stdout.write('   Sorry, I did not understand that.\n');
        continue;
      }
      const next = answerQuestion(state, question.id, answer);
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
