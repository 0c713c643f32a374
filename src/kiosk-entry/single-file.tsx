// Entry of the single-file kiosk (npm run build:kiosk -> dist-kiosk/kiosk.html): one HTML file
// with the code and the data inside, for a USB stick and file://, no server and no network.
// The data files are embedded verbatim by the build (scripts/build-kiosk.ts) and served to the
// ordinary loader, which checks them exactly as it checks data fetched over HTTP.
import embeddedData from 'virtual:kiosk-embedded-data';
import { createEmbeddedFetcher } from '../data/embedded-fetcher';
import { renderKiosk } from './KioskApp';
import '../shell/styles.css';

const root = document.getElementById('root');
if (root) renderKiosk(root, { fetcher: createEmbeddedFetcher(embeddedData), alwaysKiosk: true });
