#!/usr/bin/env node
// The `vigie` command: runs the TypeScript sources through tsx (no server build step).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
