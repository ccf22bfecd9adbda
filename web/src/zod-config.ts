// Imported first by main.tsx, before any module defines a schema: zod (the schemas shared with the
// server) otherwise probes `new Function` when its first object schema is built, to compile faster
// parsers. The Content-Security-Policy allows no eval, and the refused probe is reported as a
// violation even though zod then does without it.
import { z } from 'zod';

z.config({ jitless: true });
