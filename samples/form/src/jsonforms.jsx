// The same report in JSON Forms with its vanilla renderers: the schema of the report's format with its form layout
// (schema/annual-report.<version>.jsonforms.uischema.json), totals computed from their parts as the clerk types (as in
// the demo), and the findings of the rules module above the form.
import "./form.css";
import "./jsonforms.css";
import { useEffect, useMemo, useState } from "react";
import { createRoot } from "react-dom/client";
import { JsonForms } from "@jsonforms/react";
import { vanillaCells, vanillaRenderers } from "@jsonforms/vanilla-renderers";
import localizeZh from "ajv-i18n/localize/zh";
import { validate } from "../../../schema/annual-report.rules.mjs";
import { Findings } from "./Findings.jsx";
import { Toolbar } from "./Toolbar.jsx";
import { formats, formatSchema, newReport, withTotals } from "./report.js";
import layout2021 from "../../../schema/annual-report.2021.jsonforms.uischema.json";
import layout2019 from "../../../schema/annual-report.2019.jsonforms.uischema.json";

const layouts = { 2021: layout2021, 2019: layout2019 };

const startedAt = performance.now();

// JSON Forms' own words (array buttons) and Ajv's messages, in Chinese.
const words = { addTooltip: "添加", addAriaLabel: "添加", removeTooltip: "删除", removeAriaLabel: "删除", up: "上移", upAriaLabel: "上移", down: "下移", downAriaLabel: "下移", noDataMessage: "尚无内容", deleteDialogMessage: "确定删除？" };
const i18n = {
  locale: "zh",
  translate: (key, defaultMessage) => words[key.split(".").pop()] ?? defaultMessage,
  translateError: (error) => {
    const copy = [{ ...error }];
    localizeZh(copy);
    return copy[0].message;
  },
};

function App() {
  const [report, setReport] = useState(() => newReport(formats[0].version));
  const [generation, setGeneration] = useState(0);
  const [schemaErrors, setSchemaErrors] = useState([]);
  const [notice, setNotice] = useState(null);
  const version = report.formatVersion;
  const schema = useMemo(() => formatSchema(version), [version]);
  const findings = useMemo(() => validate(report), [report]);
  const start = (next, message) => {
    setReport(next);
    setGeneration((g) => g + 1);
    setNotice(message);
  };

  useEffect(() => {
    requestAnimationFrame(() => {
      document.documentElement.dataset.mountedMs = String(Math.round(performance.now()));
      document.documentElement.dataset.renderMs = String(Math.round(performance.now() - startedAt));
    });
  }, []);

  const problems = [
    ...schemaErrors.map((e) => ({ key: `s${e.instancePath}${e.message}`, pointer: e.instancePath, rule: "SCHEMA", message: i18n.translateError(e) })),
    ...findings.map((f) => ({ key: `r${f.rule}${f.pointer}`, pointer: f.pointer, rule: f.rule, message: f.message })),
  ];

  return (
    <>
      <header className="sticky">
        <Toolbar
          report={report}
          onNew={(v) => start(newReport(v), null)}
          onLoad={(loaded) => start(loaded, `已载入：${loaded.metadata?.agencyName ?? ""} ${loaded.metadata?.reportYear ?? ""}`)}
          onError={(message) => setNotice(message)}
        >
          <span className="format">{formats.find((f) => f.version === version).title}</span>
        </Toolbar>
        {notice && <p id="notice" className="notice">{notice}</p>}
        <Findings report={report} problems={problems} />
      </header>
      <div className="jf">
        <JsonForms
          key={generation}
          schema={schema}
          uischema={layouts[version]}
          data={report}
          renderers={vanillaRenderers}
          cells={vanillaCells}
          i18n={i18n}
          onChange={({ data, errors }) => {
            // JSON Forms also reports the data it was given: a loaded report keeps its totals as written (its findings
            // show where they disagree); an edit recomputes them from their parts.
            setReport((current) => (data === current ? data : withTotals(data)));
            setSchemaErrors(errors ?? []);
          }}
        />
      </div>
    </>
  );
}

createRoot(document.getElementById("app")).render(<App />);
