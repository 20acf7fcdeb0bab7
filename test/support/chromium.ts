/**
 * Debian's Chromium for the page tests, driven by playwright-core: at /usr/bin/chromium or
 * $CHROMIUM_PATH (.ci/run installs it). Missing, it fails the test file rather than skipping it.
 */
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install Debian's package (apt-get install -y --no-install-recommends chromium); .ci/run does this`,
    );
  }
  // No background networking: the machine's closed network would refuse it (and a test must fetch nothing outside).
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
}
