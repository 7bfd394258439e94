import {
  ExportFileSchema,
  FactsSchema,
  IntakeSchema,
  PlanRequestSchema,
  SyncRecordSchema,
} from '@crick/core';
import type { Command } from 'commander';
import { InputError, printJson } from '../io.js';

const schemas = {
  facts: FactsSchema,
  intake: IntakeSchema,
  plan: PlanRequestSchema,
  record: SyncRecordSchema,
  export: ExportFileSchema,
} as const;

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description(`Print a JSON Schema: ${Object.keys(schemas).join(' | ')}`)
    .argument('<name>', Object.keys(schemas).join(' | '))
    .action((name: string) => {
      const schema = (schemas as Record<string, unknown>)[name];
      if (!schema) {
        throw new InputError([
          {
            field: 'name',
            message: `unknown schema "${name}": choose one of ${Object.keys(schemas).join(', ')}`,
          },
        ]);
      }
      printJson({ $schema: 'https://json-schema.org/draft/2020-12/schema', ...(schema as object) });
    });
}
