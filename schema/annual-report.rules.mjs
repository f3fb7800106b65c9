// The arithmetic rules of the government information disclosure annual report (政府信息公开工作年度报告), evaluated from
// annual-report.rules.json — the same rules, pointers and messages as GovDisclosure.Model's validators. No dependencies;
// runs in Node (20+) and in browsers that support import attributes (or through a bundler).
import defaultRules from "./annual-report.rules.json" with { type: "json" };

/** The value at an RFC 6901 JSON Pointer, or undefined. */
export function get(document, pointer) {
  let value = document;
  for (const token of pointer.split("/").slice(1)) {
    if (value === null || typeof value !== "object") return undefined;
    value = value[token.replaceAll("~1", "/").replaceAll("~0", "~")];
  }
  return value;
}

function set(document, pointer, v) {
  const tokens = pointer.split("/").slice(1).map((t) => t.replaceAll("~1", "/").replaceAll("~0", "~"));
  let node = document;
  for (const token of tokens.slice(0, -1)) node = node[token];
  node[tokens[tokens.length - 1]] = v;
}

const number = (v) => (typeof v === "number" && Number.isFinite(v) ? v : 0);

function render(template, name, expected, actual) {
  return template.replaceAll("{name}", name).replaceAll("{expected}", String(expected)).replaceAll("{actual}", String(actual));
}

/**
 * Checks the arithmetic of a report (and, with the same agency's report for the year before, the carry-over).
 * Returns findings shaped like the CLI's JSON output: {rule, severity, pointer, related, expected, actual, message}.
 */
export function validate(report, previous, { rules = defaultRules, lang = "zh" } = {}) {
  const format = rules.formats[report?.formatVersion];
  if (!format) return [];
  const byId = Object.fromEntries(rules.rules.map((r) => [r.id, r]));
  const findings = [];
  const add = (id, pointer, related, expected, actual) => {
    const rule = byId[id];
    const [zh, en] = format.names[pointer] ?? [pointer, pointer];
    findings.push({
      rule: id, severity: rule.severity, pointer, related, expected, actual,
      message: render(lang === "en" ? rule.templateEn : rule.templateZh, lang === "en" ? en : zh, expected, actual),
      messageEn: render(rule.templateEn, en, expected, actual),
    });
  };
  for (const sum of format.sums) {
    const expected = sum.parts.reduce((s, p, i) => s + (sum.signs ? sum.signs[i] : 1) * number(get(report, p)), 0);
    const actual = number(get(report, sum.total));
    if (expected !== actual) add(sum.rule, sum.total, sum.parts, expected, actual);
  }
  if (previous && previous.metadata?.reportYear === report.metadata?.reportYear - 1 && rules.formats[previous.formatVersion]) {
    for (const pair of format.carryOver) {
      const expected = number(get(previous, pair.previous));
      const actual = number(get(report, pair.pointer));
      if (expected !== actual) add(pair.rule, pair.pointer, [pair.previous], expected, actual);
    }
  }
  const rank = new Map(format.order.map((p, i) => [p, i]));
  const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  findings.sort((a, b) =>
    (rank.get(a.pointer) ?? Infinity) - (rank.get(b.pointer) ?? Infinity) || cmp(a.pointer, b.pointer)
    || byId[a.rule].order - byId[b.rule].order || cmp(a.messageEn, b.messageEn));
  return findings.map(({ messageEn, ...f }) => f);
}

/** Returns a copy of the report with every total computed from its parts (row totals, （七）总计, table 四's totals). */
export function computeTotals(report, { rules = defaultRules } = {}) {
  const copy = structuredClone(report);
  const format = rules.formats[copy?.formatVersion];
  if (!format) return copy;
  for (const id of ["T3-ROW-TOTAL", "T3-OUTCOME-TOTAL", "T3-ROW-TOTAL", "T4-GROUP-TOTAL"]) {
    for (const sum of format.sums.filter((s) => s.rule === id)) {
      set(copy, sum.total, sum.parts.reduce((s, p) => s + number(get(copy, p)), 0));
    }
  }
  return copy;
}
