// Headless Chromium for browser tests: Debian's /usr/bin/chromium driven by
// playwright-core (DEVELOPERS.md). Never skipped: on a machine without it the
// test fails with the one line that installs it; .ci/run installs it itself.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const INSTALL_HINT = 'Chromium is missing for the browser tests: run `sudo apt-get install -y chromium fonts-noto-cjk`';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(INSTALL_HINT);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
