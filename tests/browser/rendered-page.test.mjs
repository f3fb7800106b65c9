// Opens report pages written by ReportPublisher in headless Chromium and checks what a reader sees: table 三's grid
// (rows × columns computed from rowSpan/colSpan, the official merged cells), cell boxes that line up, accessible
// markup, and that the page fits A4 when printed. Saves a screenshot of each page.
//
// RENDERED_PAGES is a JSON file: [{ "name", "html", "screenshot", "rows", "columns" }], written by the .NET test
// (GovDisclosure.Model.Documents.Tests, RenderedPageTests). Run: node --test tests/browser/rendered-page.test.mjs
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, hasChromium, chromiumPath } from './chromium.mjs';

const pages = JSON.parse(readFileSync(process.env.RENDERED_PAGES, 'utf8'));
let browser;

before(async () => {
  assert.ok(hasChromium(), `Chromium is not at ${chromiumPath} (apt-get install chromium fonts-noto-cjk)`);
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

/** The table as the browser lays it out: each cell's grid position from rowSpan/colSpan, and its box. */
function layoutOf(selector) {
  const table = document.querySelector(selector);
  if (!table) return null;
  const occupied = [];
  const cells = [];
  let columns = 0;
  [...table.rows].forEach((row, r) => {
    occupied[r] ??= [];
    let c = 0;
    for (const cell of row.cells) {
      while (occupied[r][c]) c++;
      for (let dr = 0; dr < cell.rowSpan; dr++) {
        occupied[r + dr] ??= [];
        for (let dc = 0; dc < cell.colSpan; dc++) {
          if (occupied[r + dr][c + dc]) throw new Error(`cell '${cell.textContent}' overlaps at ${r + dr},${c + dc}`);
          occupied[r + dr][c + dc] = true;
        }
      }
      const box = cell.getBoundingClientRect();
      cells.push({
        text: cell.textContent, tag: cell.tagName.toLowerCase(), scope: cell.getAttribute('scope'),
        row: r, column: c, rowSpan: cell.rowSpan, colSpan: cell.colSpan,
        left: box.left, top: box.top, right: box.right, bottom: box.bottom,
      });
      c += cell.colSpan;
      columns = Math.max(columns, c);
    }
  });
  const full = occupied.every((row) => row.length === columns && row.every(Boolean));
  const box = table.getBoundingClientRect();
  return {
    rows: occupied.length, columns, full, cells, caption: table.caption?.textContent ?? null,
    box: { left: box.left, top: box.top, right: box.right, bottom: box.bottom },
  };
}

/** Every cell's edges fall on the grid lines shared by the cells of its row and column. */
function misaligned(layout) {
  const rowTop = [];
  const columnLeft = [];
  for (const cell of layout.cells) {
    rowTop[cell.row] = Math.min(rowTop[cell.row] ?? Infinity, cell.top);
    columnLeft[cell.column] = Math.min(columnLeft[cell.column] ?? Infinity, cell.left);
  }
  const rowBottom = (r) => (r < layout.rows ? rowTop[r] : Math.max(...layout.cells.map((c) => c.bottom)));
  const columnRight = (c) => (c < layout.columns ? columnLeft[c] : Math.max(...layout.cells.map((x) => x.right)));
  const near = (a, b) => Math.abs(a - b) <= 1.5;
  return layout.cells.filter((c) => !(near(c.top, rowTop[c.row]) && near(c.left, columnLeft[c.column])
    && near(c.bottom, rowBottom(c.row + c.rowSpan)) && near(c.right, columnRight(c.column + c.colSpan))));
}

for (const spec of pages) {
  test(`${spec.name}: table 三 is ${spec.rows} rows by ${spec.columns} columns with the official merged cells`, async () => {
    const page = await browser.newPage();
    try {
      await page.setViewport({ width: 900, height: 1200, deviceScaleFactor: 1 });
      await page.goto(pathToFileURL(spec.html).href, { waitUntil: 'load' });
      const layout = await page.evaluate(layoutOf, 'table[data-table="三"]');
      assert.ok(layout, 'the page has table 三');
      assert.equal(layout.rows, spec.rows);
      assert.equal(layout.columns, spec.columns);
      assert.ok(layout.full, 'every grid position is covered by exactly one cell');
      assert.equal(layout.caption, '三、收到和处理政府信息公开申请情况');

      const at = (text) => layout.cells.find((c) => c.text === text);
      const spans = (text) => { const c = at(text); assert.ok(c, `a cell '${text}'`); return [c.row, c.column, c.rowSpan, c.colSpan]; };
      assert.deepEqual(spans('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'), [0, 0, 3, 3]);
      assert.deepEqual(spans('申请人情况'), [0, 3, 1, 7]);
      assert.deepEqual(spans('自然人'), [1, 3, 2, 1]);
      assert.deepEqual(spans('法人或其他组织'), [1, 4, 1, 5]);
      assert.deepEqual(spans('总计'), [1, 9, 2, 1]);
      assert.deepEqual(spans('一、本年新收政府信息公开申请数量'), [3, 0, 1, 3]);
      assert.deepEqual(spans('三、本年度办理结果'), [5, 0, spec.rows - 6, 1]);
      assert.deepEqual(spans('（三）不予公开'), [7, 1, 8, 1]);
      assert.deepEqual(spans('（七）总计'), [spec.rows - 2, 1, 1, 2]);
      assert.deepEqual(spans('四、结转下年度继续办理'), [spec.rows - 1, 0, 1, 3]);
      assert.equal(at('三、本年度办理结果').scope, 'rowgroup');
      assert.equal(at('法人或其他组织').scope, 'colgroup');
      assert.equal(layout.cells.filter((c) => c.tag === 'td').length, (spec.rows - 3) * 7);

      const off = misaligned(layout);
      assert.deepEqual(off.map((c) => `${c.text}@${c.row},${c.column}`), [], 'cell boxes line up on the grid');

      for (const key of ['二', '四']) {
        const other = await page.evaluate(layoutOf, `table[data-table="${key}"]`);
        assert.ok(other?.full, `table ${key} is a full grid`);
        assert.deepEqual(misaligned(other).map((c) => c.text), [], `table ${key}'s boxes line up`);
      }

      mkdirSync(dirname(spec.screenshot), { recursive: true });
      await page.screenshot({ path: spec.screenshot, fullPage: true });

      // Printed on A4 (210 mm less the page margins, at 96 px per inch) nothing is wider than the page.
      await page.emulateMediaType('print');
      await page.setViewport({ width: Math.floor((210 - 36) / 25.4 * 96), height: 1000, deviceScaleFactor: 1 });
      const overflow = await page.evaluate(() => [...document.querySelectorAll('table, h1, h2, p')]
        .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map((e) => e.tagName + ':' + e.textContent.slice(0, 20)));
      assert.deepEqual(overflow, [], 'fits the width of an A4 page');
      const pdf = await page.pdf({ format: 'A4', printBackground: false });
      assert.ok(pdf.length > 10_000, 'prints to PDF');
    } finally {
      await page.close();
    }
  });
}
