/** schema/timeline.schema.json compiled by ajv (a test-only dependency), for the tests that hold files against it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';

const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../../schema/timeline.schema.json'), 'utf8'));
// A row's ninth item (its optional fields) may be left out: a tuple with an optional last item, which strict mode flags.
export const validateSchema = new Ajv2020({ allErrors: true, strict: true, strictTuples: false }).compile(schema);
