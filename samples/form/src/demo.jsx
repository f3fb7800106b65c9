// The annual report in react-jsonschema-form: the schema of the report's format with its form layout
// (schema/annual-report.<version>.rjsf.uischema.json), totals computed from their parts as the clerk types, and the
// findings of the rules module (schema/annual-report.rules.mjs) beside the cells and in a list above the form.
import "./reuse-number-format.js";
import "bootstrap/dist/css/bootstrap.css";
import "./form.css";
import "./rjsf.css";
import { StrictMode, useCallback, useEffect, useMemo, useState } from "react";
import { createRoot } from "react-dom/client";
import Form from "@rjsf/core";
import { englishStringTranslator, mergeObjects, replaceStringParameters, TranslatableString } from "@rjsf/utils";
import { customizeValidator } from "@rjsf/validator-ajv8";
import localizeZh from "ajv-i18n/localize/zh";
import { validate } from "../../../schema/annual-report.rules.mjs";
import { Toolbar } from "./Toolbar.jsx";
import { Findings } from "./Findings.jsx";
import { formats, formatSchema, newReport, withTotals } from "./report.js";
import layout2021 from "../../../schema/annual-report.2021.rjsf.uischema.json";
import layout2019 from "../../../schema/annual-report.2019.rjsf.uischema.json";

const layouts = { 2021: layout2021, 2019: layout2019 };

const startedAt = performance.now();

// Ajv's messages in Chinese, for what the schema checks (a count of -1, a missing 发布机关).
const validator = customizeValidator({}, localizeZh);

// react-jsonschema-form's own words on buttons and notes.
const words = {
  [TranslatableString.AddItemButton]: "添加",
  [TranslatableString.AddButton]: "添加",
  [TranslatableString.RemoveButton]: "删除",
  [TranslatableString.MoveUpButton]: "上移",
  [TranslatableString.MoveDownButton]: "下移",
  [TranslatableString.CopyButton]: "复制",
  [TranslatableString.OptionalObjectAdd]: "填写此项",
  [TranslatableString.OptionalObjectRemove]: "不填此项",
  [TranslatableString.OptionalObjectEmptyMsg]: "未填写",
  [TranslatableString.EmptyArray]: "尚无段落，请用下方的按钮添加。",
  [TranslatableString.ErrorsLabel]: "错误",
  [TranslatableString.ClearLabel]: "清除",
};
// The schema's descriptions are written for developers, in two languages; the clerk sees the official labels alone.
const templates = { DescriptionFieldTemplate: () => null };

const translateString = (key, params) => (words[key] ? replaceStringParameters(words[key], params) : englishStringTranslator(key, params));

/** The rules' findings as rjsf errors of the cells they point at: shown beside the cell, never blocking a submit (rjsf's
 * own check on submit still refuses what the schema refuses). */
function errorsOf(findings) {
  const errors = {};
  for (const f of findings) {
    let node = errors;
    for (const token of f.pointer.split("/").slice(1)) node = node[token] ??= {};
    (node.__errors ??= []).push(`${f.rule}：应为 ${f.expected}，实为 ${f.actual}`);
  }
  return errors;
}

function App() {
  const [report, setReport] = useState(() => newReport(formats[0].version));
  const [generation, setGeneration] = useState(0); // a new or loaded report starts a new form
  const [notice, setNotice] = useState(null);
  const [submitted, setSubmitted] = useState(null);
  const version = report.formatVersion;
  const schema = useMemo(() => formatSchema(version), [version]);
  // What the schema refuses (Ajv, in Chinese) and what the rules find, checked on every change and shown as rjsf's
  // extraErrors: rjsf's own live validation would not show extraErrors that change with the data.
  // Ajv compiles the schema on its first check: that waits until the form is on screen.
  const [checking, setChecking] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setTimeout(() => setChecking(true), 0));
    return () => cancelAnimationFrame(frame);
  }, []);
  const schemaCheck = useMemo(() => (checking ? validator.validateFormData(report, schema) : { errors: [], errorSchema: {} }), [checking, report, schema]);
  const findings = useMemo(() => validate(report), [report]);
  const extraErrors = useMemo(() => mergeObjects(schemaCheck.errorSchema, errorsOf(findings), true), [schemaCheck, findings]);

  const start = (next, message) => {
    setReport(next);
    setGeneration((g) => g + 1);
    setSubmitted(null);
    setNotice(message);
  };

  const onChange = useCallback(({ formData }) => setReport(withTotals(formData)), []);

  useEffect(() => {
    requestAnimationFrame(() => {
      document.documentElement.dataset.mountedMs = String(Math.round(performance.now()));
      document.documentElement.dataset.renderMs = String(Math.round(performance.now() - startedAt));
    });
  }, []);

  const problems = [
    ...schemaCheck.errors.map((e) => ({ key: `s${e.property}${e.message}`, pointer: e.property.replace(/^\./, "/").replaceAll(".", "/"), rule: "SCHEMA", message: e.message })),
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
        <Findings report={report} problems={problems} idOf={(pointer) => `root${pointer.replaceAll("/", "_")}`} />
      </header>
      <Form
        key={generation}
        schema={schema}
        uiSchema={layouts[version]}
        validator={validator}
        formData={report}
        extraErrors={extraErrors}
        noHtml5Validate
        showErrorList={false}
        translateString={translateString}
        templates={templates}
        onChange={onChange}
        onSubmit={({ formData }) => setSubmitted({ report: formData, findings: validate(formData) })}
      >
        <div className="submit">
          <button type="submit" className="btn btn-primary">提交</button>
          {submitted && (
            <span id="submitted">
              已提交，{submitted.findings.length === 0 ? "未发现问题" : `有 ${submitted.findings.length} 项检查问题`}。
              <details>
                <summary>提交的 JSON</summary>
                <pre id="submitted-json">{JSON.stringify(submitted.report, null, 2)}</pre>
              </details>
            </span>
          )}
        </div>
      </Form>
    </>
  );
}

createRoot(document.getElementById("app")).render(<StrictMode><App /></StrictMode>);
