// Starts the Debian Chromium (apt-get install chromium fonts-noto-cjk) headless through puppeteer-core.
// npm cannot download a browser here, so the executable is the system one: CHROMIUM_PATH or /usr/bin/chromium.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** True when the browser is installed (the tests skip with a reason otherwise; CI installs it). */
export function hasChromium() {
  return existsSync(chromiumPath);
}

/** A headless browser with no background networking (the machine has no network but the registries). */
export async function launch() {
  return puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    userDataDir: mkdtempSync(join(tmpdir(), 'govdisclosure-chromium-')),
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--font-render-hinting=none',
    ],
  });
}
