// What both pages share: the schema and its formats, the rules module's totals, and reading and saving JSON.
import schema from "../../../schema/annual-report.draft-07.schema.json";
import rules from "../../../schema/annual-report.rules.json" with { type: "json" };
import { computeTotals, get } from "../../../schema/annual-report.rules.mjs";
import { getDefaultFormState } from "@rjsf/utils";
import validator from "@rjsf/validator-ajv8";

export { schema };

/** The formats the schema describes, newest first: version, title and the definition of a report of that format. */
export const formats = schema.oneOf.map(({ $ref }) => {
  const definition = $ref.split("/").pop();
  const branch = schema.$defs[definition];
  return { version: branch.properties.formatVersion.const, title: branch.title, ref: $ref };
});

/**
 * The schema of one format as a form builder's root: that format's branch with every $ref replaced by what it points
 * at (the member's own title, description and readOnly kept over the definition's). The same contract as the branch;
 * a form builder then neither resolves references on every render nor mistakes a titled $ref for an untitled one.
 */
export function formatSchema(version) {
  const format = formats.find((f) => f.version === version);
  return { $schema: schema.$schema, ...inline(schema.$defs[format.ref.split("/").pop()]) };
}

function inline(node) {
  if (Array.isArray(node)) return node.map(inline);
  if (node === null || typeof node !== "object") return node;
  const { $ref, ...own } = node;
  const target = $ref ? inline(schema.$defs[$ref.split("/").pop()]) : {};
  const result = { ...target };
  for (const [key, value] of Object.entries(own)) result[key] = key === "const" || key === "default" || key === "enum" ? value : inline(value);
  return result;
}

/** A new report of a format, as a form starts it: every required object there, every count 0, the texts empty. */
export function newReport(version) {
  const root = formatSchema(version);
  return getDefaultFormState(validator, root, { formatVersion: version }, root);
}

/** The totals of a report computed from their parts (rules module), sharing every object whose totals did not change. */
export function withTotals(report) {
  const format = rules.formats[report?.formatVersion];
  if (!format) return report;
  const computed = computeTotals(report);
  let result = report;
  for (const { rule, total } of format.sums) {
    if (rule === "T3-BALANCE") continue; // 四、结转下年度继续办理 is entered, not computed
    const value = get(computed, total);
    if (get(result, total) !== value) result = setIn(result, total.split("/").slice(1), value);
  }
  return result;
}

function setIn(node, [key, ...rest], value) {
  const copy = Array.isArray(node) ? [...node] : { ...node };
  copy[key] = rest.length === 0 ? value : setIn(node[key] ?? {}, rest, value);
  return copy;
}

/** The name of a cell for a reader (三、本年度办理结果（七）总计 · 自然人) from the rules document, else its titles. */
export function cellName(report, pointer) {
  const names = rules.formats[report?.formatVersion]?.names ?? {};
  if (names[pointer]) return names[pointer][0];
  const titles = [];
  let node = schema.$defs[formats.find((f) => f.version === report?.formatVersion)?.ref.split("/").pop()];
  for (const token of pointer.split("/").slice(1)) {
    if (!node) break;
    const property = node.properties?.[token] ?? (node.items ? resolve(node.items) : undefined);
    if (!property) break;
    if (property.title) titles.push(property.title);
    node = resolve(property);
    if (/^\d+$/.test(token)) titles.push(`${Number(token) + 1}`);
  }
  return titles.join(" · ") || pointer;
}

function resolve(node) {
  return node?.$ref ? { ...schema.$defs[node.$ref.split("/").pop()], ...node } : node;
}

/** Reads a chosen file as a report of a known format, or throws with a message for the clerk. */
export async function readReport(file) {
  let report;
  try {
    report = JSON.parse(await file.text());
  } catch (e) {
    throw new Error(`${file.name} 不是有效的 JSON：${e.message}`);
  }
  if (!formats.some((f) => f.version === report?.formatVersion)) {
    throw new Error(`${file.name} 不是年度报告：formatVersion 应为 ${formats.map((f) => `"${f.version}"`).join(" 或 ")}`);
  }
  return report;
}

/** Offers the report as a JSON file, named after its agency and year. */
export function downloadReport(report) {
  const text = JSON.stringify(report, null, 2) + "\n";
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const a = document.createElement("a");
  a.href = url;
  const agency = report?.metadata?.agencyName?.trim();
  a.download = agency ? `${agency}-${report.metadata.reportYear ?? ""}.json` : "annual-report.json";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
