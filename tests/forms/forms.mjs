// Loads the draft-07 annual report schema into two schema-driven form builders, without a browser:
// JSON Forms (core: its Ajv, the generated UI schema and the labels it shows) and react-jsonschema-form
// (utils: the default form state, titles of resolved fields, and its Ajv 8 validator).
// Usage: node forms.mjs SCHEMA_DIR EXAMPLE_JSON   — prints one JSON object for the .NET test to check.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createAjv, Generate, Resolve, createLabelDescriptionFrom } from "@jsonforms/core";
import { getDefaultFormState, retrieveSchema } from "@rjsf/utils";
import validator from "@rjsf/validator-ajv8";

const [schemaDir, examplePath] = process.argv.slice(2);
const schema = JSON.parse(readFileSync(join(schemaDir, "annual-report.draft-07.schema.json"), "utf8"));
const example = JSON.parse(readFileSync(examplePath, "utf8"));
// Leaf controls. (JSON Forms labels an object-valued property by its name, not by a title written beside its
// $ref, as draft-07 prescribes; react-jsonschema-form keeps such titles — see rjsf.titles.)
const scopes = {
  naturalPersons: "#/properties/applications/properties/newlyReceived/properties/naturalPersons",
  upheld: "#/properties/reviewAndLitigation/properties/administrativeReview/properties/upheld",
  agencyName: "#/properties/metadata/properties/agencyName",
};

// JSON Forms: compile with its own Ajv, generate the default UI schema, and resolve the labels of controls.
const jsonformsAjv = createAjv();
const jsonformsValidate = jsonformsAjv.compile(schema);
const uischema = Generate.uiSchema(schema);
const labels = {};
for (const [name, scope] of Object.entries(scopes)) {
  const control = { type: "Control", scope };
  labels[name] = createLabelDescriptionFrom(control, Resolve.schema(schema, scope, schema)).text;
}

// react-jsonschema-form: default form state (what an empty form starts with), titles of resolved fields,
// and its validator on the example and on the defaults once a user fills the free-text fields.
const defaults = getDefaultFormState(validator, schema, undefined, schema);
const filled = structuredClone(defaults);
filled.metadata = { ...filled.metadata, agencyName: "某某县人民政府", reportYear: 2025 };
filled.proactiveDisclosure.administrativeFees = { amountTenThousandYuan: 0 };  // money has no default: the user enters it
for (const section of ["overview", "problemsAndImprovements", "otherMatters"]) {
  filled[section] = { ...filled[section], paragraphs: [{ text: "……" }] };
}
const rowSchema = retrieveSchema(validator, schema.properties.applications, schema, example.applications);
const rjsfTitles = {
  newlyReceived: retrieveSchema(validator, rowSchema.properties.newlyReceived, schema).title,
  total: retrieveSchema(validator, retrieveSchema(validator, rowSchema.properties.outcomes, schema).properties.total, schema).title,
};

console.log(JSON.stringify({
  jsonforms: {
    exampleValid: jsonformsValidate(example),
    controls: uischema.elements.map((e) => e.scope ?? e.type),
    labels,
  },
  rjsf: {
    exampleErrors: validator.validateFormData(example, schema).errors.length,
    filledErrors: validator.validateFormData(filled, schema).errors.map((e) => e.stack),
    titles: rjsfTitles,
    filled,
  },
}));
