// The bar above both forms: start a new report of a format, load a report from a JSON file, download the report.
import { useRef } from "react";
import { formats, readReport, downloadReport } from "./report.js";

export function Toolbar({ report, onNew, onLoad, onError, children }) {
  const file = useRef(null);
  return (
    <div className="toolbar">
      <label>
        新建报告
        <select id="new-report" value="" onChange={(e) => e.target.value && onNew(e.target.value)}>
          <option value="">选择格式…</option>
          {formats.map((f) => (
            <option key={f.version} value={f.version}>{f.title}</option>
          ))}
        </select>
      </label>
      <button type="button" className="btn btn-default btn-sm" onClick={() => file.current.click()}>载入 JSON</button>
      <input
        id="load-json"
        ref={file}
        type="file"
        accept=".json,application/json"
        hidden
        onChange={async (e) => {
          const chosen = e.target.files?.[0];
          e.target.value = "";
          if (!chosen) return;
          try {
            onLoad(await readReport(chosen));
          } catch (error) {
            onError(error.message);
          }
        }}
      />
      <button id="download-json" type="button" className="btn btn-default btn-sm" onClick={() => downloadReport(report)}>下载 JSON</button>
      {children}
    </div>
  );
}
