import Type, { type TSchema } from 'typebox';
import { type FieldName, fieldNames, fieldSpecs } from '../triage/fields.js';

const unsure = Type.Literal('unsure');

function answerSchema(name: FieldName): TSchema {
  const spec = fieldSpecs[name];
  const role = spec.role === 'input' ? '' : ` (${spec.role.replace('_', ' ')})`;
  const description = `answer_schema field \`${name}\`${role}`;
  switch (spec.type) {
    case 'bool':
      return Type.Union([Type.Boolean(), unsure, Type.Null()], { description });
    case 'enum':
      return Type.Union([...(spec.values ?? []).map((v) => Type.Literal(v)), unsure, Type.Null()], {
        description,
      });
    case 'int':
      return name === 'age'
        ? Type.Union([Type.Integer({ minimum: 0, maximum: 130 }), unsure, Type.Null()], { description })
        : Type.Union([Type.Integer({ minimum: 0, maximum: 10 }), unsure, Type.Null()], { description });
    case 'number':
      return Type.Union([Type.Number({ minimum: 0, maximum: 36500 }), unsure, Type.Null()], { description });
    case 'text':
      return Type.Union([Type.String({ maxLength: 500 }), Type.Null()], { description });
  }
}

/**
 * Triage facts: the fields of red-flags.json `answer_schema` (0.1's fields are all still
 * there, the deprecated `cannot_cope_or_worried` included) and nothing else. Absent or
 * null means not answered; every field but free text may hold "unsure".
 */
export const FactsSchema = Type.Object(
  Object.fromEntries(fieldNames.map((name) => [name, Type.Optional(answerSchema(name))])),
  { additionalProperties: false, title: 'Triage facts', $id: 'https://crick.example/schemas/facts.json' },
);
