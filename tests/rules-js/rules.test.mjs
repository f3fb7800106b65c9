// Node's test runner over schema/annual-report.rules.mjs: the findings it computes for each case must equal the .NET
// validators' findings for the same report (written by the .NET test RulesDocumentTests into $RULES_CASES).
// Run alone, it checks the bundled examples against the findings it knows they have.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { validate, computeTotals } from "../../schema/annual-report.rules.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const example = (name) => JSON.parse(readFileSync(join(root, "schema", "examples", name), "utf8"));

test("the Tonggu example balances", () => {
  assert.deepEqual(validate(example("tonggu-county-2021.json")), []);
});

test("the Shanghai example: eleven row totals and the outcome total are broken", () => {
  const findings = validate(example("shanghai-gov-office-2019.json"));
  assert.equal(findings.filter((f) => f.rule === "T3-ROW-TOTAL").length, 11);
  const outcome = findings.find((f) => f.rule === "T3-OUTCOME-TOTAL");
  assert.deepEqual([outcome.pointer, outcome.expected, outcome.actual], ["/applications/outcomes/total/total", 0, 805]);
  assert.equal(findings[0].message, "三、本年度办理结果（一）予以公开 · 总计：应为 272，实为 0（六类申请人之和）");
  assert.equal(validate(example("shanghai-gov-office-2019.json"), undefined, { lang: "en" })[0].message.startsWith("III. Outcomes this year"), true);
});

test("computeTotals makes every sum hold", () => {
  for (const name of ["shanghai-gov-office-2019.json", "tonggu-county-2021.json"]) {
    const report = example(name);
    const fixed = computeTotals(report);
    assert.deepEqual(validate(fixed).filter((f) => f.rule !== "T3-BALANCE"), []);
    assert.equal(report.applications.outcomes.disclosed.total, name.startsWith("shanghai") ? 0 : 8, "the input is not changed");
  }
});

test("a count that is not a number counts as 0 and an unknown format gives nothing", () => {
  const report = example("tonggu-county-2021.json");
  report.applications.newlyReceived.naturalPersons = "7";
  assert.equal(validate(report).some((f) => f.pointer === "/applications/newlyReceived/total"), true);
  assert.deepEqual(validate({ formatVersion: "2018" }), []);
});

test("the .NET findings, case by case", { skip: !process.env.RULES_CASES }, () => {
  const cases = JSON.parse(readFileSync(process.env.RULES_CASES, "utf8"));
  assert.ok(cases.length > 0);
  let mismatches = 0;
  for (const c of cases) {
    const actual = validate(c.report, c.previous ?? undefined);
    try {
      assert.deepEqual(actual, c.findings);
    } catch (e) {
      if (mismatches++ < 3) console.error(JSON.stringify({ expected: c.findings, actual }).slice(0, 2000));
    }
  }
  assert.equal(mismatches, 0, `${mismatches} of ${cases.length} cases differ`);
  console.log(`rules.mjs agrees with the .NET validators on ${cases.length} cases`);
});
