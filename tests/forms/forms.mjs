// Loads the draft-07 annual report schema (one branch per format under oneOf, chosen by formatVersion) into two
// schema-driven form builders, without a browser: JSON Forms (core: its Ajv, the UI schema it generates for each
// format's branch and the labels it shows) and react-jsonschema-form (utils: the default form state of each
// format, titles of resolved fields, and its Ajv 8 validator).
// Usage: node forms.mjs SCHEMA_DIR EXAMPLE_JSON...   — prints one JSON object for the .NET test to check.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createAjv, Generate, Resolve, createLabelDescriptionFrom } from "@jsonforms/core";
import { getDefaultFormState, retrieveSchema } from "@rjsf/utils";
import validator from "@rjsf/validator-ajv8";

const [schemaDir, ...examplePaths] = process.argv.slice(2);
const schema = JSON.parse(readFileSync(join(schemaDir, "annual-report.draft-07.schema.json"), "utf8"));
const examples = examplePaths.map((p) => JSON.parse(readFileSync(p, "utf8")));
const errorsLogged = [];
const logError = console.error;
console.error = (...args) => { errorsLogged.push(args.map(String).join(" ").slice(0, 200)); };

// JSON Forms: compile with its own Ajv; for each format's branch, generate the default UI schema and resolve the
// labels of leaf controls. (JSON Forms labels an object-valued property by its name, not by a title written beside
// its $ref, as draft-07 prescribes; react-jsonschema-form keeps such titles — see rjsf.titles.)
const jsonformsAjv = createAjv();
const jsonformsValidate = jsonformsAjv.compile(schema);
const formats = {};
for (const branch of schema.oneOf) {
  const name = branch.$ref.split("/").pop();
  const branchSchema = Resolve.schema(schema, branch.$ref, schema);
  const version = branchSchema.properties.formatVersion.const;
  const base = `${branch.$ref}/properties`;
  const scopes = {
    naturalPersons: `${base}/applications/properties/newlyReceived/properties/naturalPersons`,
    upheld: `${base}/reviewAndLitigation/properties/administrativeReview/properties/upheld`,
    agencyName: `${base}/metadata/properties/agencyName`,
  };
  const labels = {};
  for (const [label, scope] of Object.entries(scopes)) {
    labels[label] = createLabelDescriptionFrom({ type: "Control", scope }, Resolve.schema(schema, scope, schema)).text;
  }

  const uischema = Generate.uiSchema(branchSchema, undefined, undefined, schema);

  // react-jsonschema-form: the default form state of this format (an empty form whose formatVersion is set), and the
  // validator on it once a user fills the free-text fields and the money amounts.
  const defaults = getDefaultFormState(validator, schema, { formatVersion: version }, schema);
  const filled = structuredClone(defaults);
  filled.metadata = { ...filled.metadata, agencyName: "某某县人民政府", reportYear: version === "2019" ? 2020 : 2025 };
  if (filled.proactiveDisclosure.administrativeFees && "amountTenThousandYuan" in (schema.$defs.FeeAmount?.properties ?? {}) && version !== "2019") {
    filled.proactiveDisclosure.administrativeFees = { amountTenThousandYuan: 0 };  // money has no default: the user enters it
  }
  if (filled.proactiveDisclosure.centralizedProcurement) {
    filled.proactiveDisclosure.centralizedProcurement = { ...filled.proactiveDisclosure.centralizedProcurement, totalAmount: { amount: 0, unit: "元" } };
  }
  for (const section of ["overview", "problemsAndImprovements", "otherMatters"]) {
    filled[section] = { ...filled[section], paragraphs: [{ text: "……" }] };
  }
  const appSchema = retrieveSchema(validator, branchSchema.properties.applications, schema);
  formats[version] = {
    definition: name,
    controls: uischema.elements.map((e) => e.scope ?? e.type),
    labels,
    titles: {
      newlyReceived: retrieveSchema(validator, appSchema.properties.newlyReceived, schema).title,
      total: retrieveSchema(validator, retrieveSchema(validator, appSchema.properties.outcomes, schema).properties.total, schema).title,
      otherHandling: retrieveSchema(validator, retrieveSchema(validator, appSchema.properties.outcomes, schema).properties.otherHandling, schema).title,
    },
    defaultsFormatVersion: defaults.formatVersion,
    filledErrors: validator.validateFormData(filled, schema).errors.map((e) => e.stack),
    filled,
  };
}

console.error = logError;
console.log(JSON.stringify({
  jsonforms: { examplesValid: examples.map((e) => jsonformsValidate(e)) },
  rjsf: {
    exampleErrors: examples.map((e) => validator.validateFormData(e, schema).errors.length),
    emptyFormFormatVersion: getDefaultFormState(validator, schema, undefined, schema).formatVersion,
  },
  formats,
  errorsLogged,
}));
