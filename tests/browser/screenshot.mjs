// A screenshot of a page written by ReportPublisher, for the documentation:
//   node tests/browser/screenshot.mjs PAGE.html OUT.png [TO [FROM]]
// The picture runs from the top of FROM (default: the top of the page) to the bottom of TO (default: the whole page),
// 860 px wide; TO and FROM are CSS selectors, e.g. 'table[data-table="三"]'.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { launch } from './chromium.mjs';

const [html, out, selector, from] = process.argv.slice(2);
if (!html || !out) {
  console.error('usage: node tests/browser/screenshot.mjs PAGE.html OUT.png [TO [FROM]]');
  process.exit(3);
}

const browser = await launch();
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 860, height: 1200, deviceScaleFactor: 1 });
  await page.goto(pathToFileURL(resolve(html)).href, { waitUntil: 'load' });
  if (selector) {
    const edge = (s, side) => page.$eval(s, (e, side) => e.getBoundingClientRect()[side] + window.scrollY, side);
    const bottom = await edge(selector, 'bottom');
    const top = from ? Math.max(0, Math.floor(await edge(from, 'top')) - 6) : 0;
    await page.screenshot({ path: out, clip: { x: 0, y: top, width: 860, height: Math.ceil(bottom) + 16 - top } });
  } else {
    await page.screenshot({ path: out, fullPage: true });
  }
} finally {
  await browser.close();
}
