// Imported first by main.tsx: zod must never probe for eval() in the page, since the CSP forbids
// it (and reports the probe as a violation). Schemas shared with the core then work here too.
import { z } from 'zod';

z.config({ jitless: true });
