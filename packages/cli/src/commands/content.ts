import { avoided, clinicianOnly, library } from '@crick/content';
import type { Command } from 'commander';
import { print, printJson } from '../io.js';

export function registerContent(program: Command): void {
  program
    .command('content')
    .description(
      'Show the content library: exercises, remedies, medicines, causes, habits, learn pages, sources',
    )
    .option('--json', 'print the whole library as JSON')
    .action((opts: { json?: boolean }) => {
      if (opts.json) return printJson({ ...library, clinicianOnly, avoided });
      const lines = [
        `${library.exercises.length} exercises, ${library.remedies.length} remedies, ${library.medicines.length} medicines, ${library.causes.length} causes, ${library.habits.length} habits, ${library.learn.length} learn pages, ${library.sources.length} sources`,
        '',
        'Exercises:',
        ...library.exercises.map((e) => `  ${e.id.padEnd(32)} ${e.name} [${e.phases.join(', ')}]`),
        '',
        'Remedies:',
        ...library.remedies.map(
          (r) =>
            `  ${r.id.padEnd(32)} ${r.name}${r.limits ? ` (${r.limits.minMinutes}-${r.limits.maxMinutes} min, ${r.limits.minGapMinutes} min apart)` : ''}`,
        ),
        '',
        'Medicines (follow the label; ask a pharmacist):',
        ...library.medicines.map((m) => `  ${m.id.padEnd(32)} ${m.name}`),
      ];
      print(lines.join('\n'));
    });
}
