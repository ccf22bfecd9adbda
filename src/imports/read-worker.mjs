// Worker threads do not inherit the main thread's TypeScript loader: register tsx here, as
// bin/vigie.mjs does, then run the reader (read-worker.ts).
import { register } from 'tsx/esm/api';

register();
await import('./read-worker.ts');
