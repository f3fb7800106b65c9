// The list above a form: what the schema and the rules module found, each linked to its cell.
import { cellName } from "./report.js";

/** problems: {key, pointer, rule, message}; rule "SCHEMA" for what the schema found (its message names no cell). */
export function Findings({ report, problems, idOf }) {
  return (
    <section id="findings" className={problems.length ? "findings has-findings" : "findings"} aria-live="polite">
      <h2>检查结果：{problems.length === 0 ? "未发现问题" : `${problems.length} 项`}</h2>
      {problems.length > 0 && (
        <ul>
          {problems.map((p) => (
            <li key={p.key} data-rule={p.rule} data-pointer={p.pointer}>
              {idOf ? (
                <a href={`#${idOf(p.pointer)}`} onClick={(e) => { e.preventDefault(); document.getElementById(idOf(p.pointer))?.focus(); }}>
                  <Problem report={report} problem={p} />
                </a>
              ) : (
                <Problem report={report} problem={p} />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Problem({ report, problem }) {
  return (
    <>
      <code>{problem.rule}</code> {problem.rule === "SCHEMA" ? `${cellName(report, problem.pointer)}：${problem.message}` : problem.message}
    </>
  );
}
