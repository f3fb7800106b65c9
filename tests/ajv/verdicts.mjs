// Verdicts of Ajv 8, a second implementation of JSON Schema, on report documents.
// Usage: node verdicts.mjs SCHEMA_DIR LIST_FILE
//   SCHEMA_DIR holds annual-report.schema.json (draft 2020-12) and annual-report.draft-07.schema.json;
//   LIST_FILE is a JSON array of document paths. Prints one JSON line per document:
//   {"file": path, "json": parsed?, "draft2020": valid?, "draft07": valid?, "errors": [instancePath keyword]}
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020Module from 'ajv/dist/2020.js';
import AjvModule from 'ajv';
import addFormatsModule from 'ajv-formats';

const Ajv2020 = Ajv2020Module.default ?? Ajv2020Module;
const Ajv = AjvModule.default ?? AjvModule;
const addFormats = addFormatsModule.default ?? addFormatsModule;

const [schemaDir, listFile] = process.argv.slice(2);
const load = (name) => JSON.parse(readFileSync(join(schemaDir, name), 'utf8'));

const ajv2020 = new Ajv2020({ allErrors: true });
addFormats(ajv2020);
const validate2020 = ajv2020.compile(load('annual-report.schema.json'));

const ajv07 = new Ajv({ allErrors: true });
addFormats(ajv07);
const validate07 = ajv07.compile(load('annual-report.draft-07.schema.json'));

for (const file of JSON.parse(readFileSync(listFile, 'utf8'))) {
  let data;
  try {
    data = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch {
    console.log(JSON.stringify({ file, json: false, draft2020: false, draft07: false, errors: [] }));
    continue;
  }
  const draft2020 = validate2020(data);
  const errors = (validate2020.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
  const draft07 = validate07(data);
  console.log(JSON.stringify({ file, json: true, draft2020, draft07, errors }));
}
