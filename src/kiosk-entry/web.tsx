// The kiosk of the installed web app (index.html#kiosk…): the service worker keeps it working
// offline, and the "new version" prompt shows over the tour.
import { UpdatePrompt } from '../pwa/UpdatePrompt';
import { renderKiosk } from './KioskApp';

export function startKiosk(root: HTMLElement): void {
  renderKiosk(root, { overlay: <UpdatePrompt /> });
}
