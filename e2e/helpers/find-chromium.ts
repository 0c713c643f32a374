// Finds a Chromium for Playwright without ever downloading one: CHROME_PATH, then Debian's
// /usr/bin/chromium, then a browser Playwright itself installed earlier. With none, stop with
// a message that says how to install one.
import { chromium } from '@playwright/test';

interface Probe {
  env: Record<string, string | undefined>;
  exists: (path: string) => boolean;
}

export function findChromium({ env, exists }: Probe): string {
  const candidates = [env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', playwrightOwn()];
  for (const candidate of candidates) {
    if (candidate && exists(candidate)) return candidate;
  }
  throw new Error(
    "No Chromium found for the browser tests. Install Debian's: `apt-get install -y chromium fonts-noto-cjk`, " +
      'or point CHROME_PATH at a Chromium or Chrome binary.',
  );
}

function playwrightOwn(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/**
 * Flags for Chromium on these machines: as root without a sandbox, no GPU, and no background
 * networking (without these, Chromium floods a closed network with refused connections).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
