// The one zod instance of the app. zod compiles validators with `new Function` unless told not
// to; the Content-Security-Policy forbids eval, so validation runs without it — and without zod
// probing for it, which the browser would report as a violation. Import `z` from here, not 'zod'.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
