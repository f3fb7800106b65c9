// Times Node's JSON.parse + Ajv 8 validation of the canonical schema on the same bytes as the .NET
// end-to-end benchmark. Uses the packages installed in tests/ajv (npm ci --prefix tests/ajv).
// Usage: node benchmarks/ajv/bench.mjs
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

function time(name, bytes, fn) {
  for (let i = 0; i < 20000; i++) fn(bytes); // warm-up
  const rounds = [];
  for (let r = 0; r < 10; r++) {
    const n = 20000;
    const start = process.hrtime.bigint();
    for (let i = 0; i < n; i++) fn(bytes);
    rounds.push(Number(process.hrtime.bigint() - start) / n / 1000);
  }
  rounds.sort((a, b) => a - b);
  console.log(`| ${name} | ${bytes.length} | ${rounds[5].toFixed(2)} | ${rounds[0].toFixed(2)} |`);
}

const valid = readFileSync(join(root, 'schema', 'examples', 'tonggu-county-2021.json'));
const invalid = readFileSync(join(root, 'schema', 'examples', 'invalid', 'negative-count.json'));
let sink = 0;
console.log(`Node ${process.version}, ajv ${require('ajv/package.json').version}, ajv-formats ${require('ajv-formats/package.json').version}`);
console.log('| case | bytes | median µs/op | best µs/op |');
console.log('|---|---:|---:|---:|');
time('JSON.parse only (valid)', valid, (b) => { sink += Object.keys(JSON.parse(decoder.decode(b))).length; });
time('UTF-8 decode + JSON.parse + Ajv 2020-12 validate (valid)', valid, (b) => { sink += validate(JSON.parse(decoder.decode(b))) ? 1 : 0; });
time('UTF-8 decode + JSON.parse + Ajv 2020-12 validate (invalid: negative-count)', invalid, (b) => { sink += validate(JSON.parse(decoder.decode(b))) ? 1 : validate.errors.length; });
if (sink === 42) console.log('');
