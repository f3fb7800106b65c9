// Bulk baseline: read + UTF-8 decode + JSON.parse + Ajv 2020-12 validation of every file named on the
// command line, sequentially, as a Node user would script it. Uses the packages of tests/ajv.
// Usage: node benchmarks/bulk/node-ajv.mjs FILE...
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(root, 'tests', 'ajv', 'package.json'));
const Ajv2020 = require('ajv/dist/2020').default;
const addFormats = require('ajv-formats').default;
const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(join(root, 'schema', 'annual-report.schema.json'), 'utf8')));
const decoder = new TextDecoder('utf-8', { fatal: true });
let valid = 0;
let invalid = 0;
for (const file of process.argv.slice(2)) {
  let ok = false;
  try {
    ok = validate(JSON.parse(decoder.decode(readFileSync(file))));
  } catch {
    ok = false;
  }
  if (ok) valid++; else invalid++;
}
console.log(`${valid} valid, ${invalid} invalid`);
