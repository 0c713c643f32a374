// Shared steps of the kiosk journeys (e2e/kiosk.spec.ts, e2e/offline.spec.ts).
import { expect, type Page } from '@playwright/test';

/** "3 / 6": the slide counter a person reads in the kiosk's progress strip. */
export const position = (page: Page) => page.getByTestId('kiosk-position');

/** Open the kiosk with the given parameters (e.g. "interval=2") and wait for its first slide. */
export async function openKiosk(page: Page, params = '', first = '1 / '): Promise<void> {
  await page.goto(`./#kiosk${params ? `&${params}` : ''}`);
  await expect(position(page)).toContainText(first);
}

/** Wait until a service worker controls the page (not only `ready`): the next load can be offline. */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.waitForFunction(
    () => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined,
    null,
    {
      timeout: 20_000,
    },
  );
}
