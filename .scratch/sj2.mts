import fs from 'node:fs';
import { parser } from 'stream-json/parser.js';
import Assembler from 'stream-json/assembler.js';
const t = performance.now();
let n = 0;
const tokens = fs.createReadStream('/tmp/vigie-bench/masto/outbox.json', { highWaterMark: 1 << 20 }).pipe(parser.asStream({ streamValues: false }));
let depth = 0;
let inItems = false;
let lastKey: string | null = null;
let asm: Assembler | null = null;
for await (const tok of tokens as AsyncIterable<{ name: string; value?: unknown }>) {
  if (asm) {
    asm.consume(tok as never);
    if (asm.done) { n++; asm = null; }
    continue;
  }
  switch (tok.name) {
    case 'startObject': case 'startArray':
      depth++;
      if (inItems && depth === 3) { asm = new Assembler(); depth--; asm.consume(tok as never); if (asm.done) { n++; asm = null; } }
      else if (depth === 2 && tok.name === 'startArray' && lastKey === 'orderedItems') inItems = true;
      break;
    case 'endObject': case 'endArray':
      if (depth === 2) inItems = false;
      depth--; break;
    case 'keyValue': if (depth === 1) lastKey = tok.value as string; break;
  }
}
console.log('manual tokens + Assembler', n, ((performance.now() - t) / 1000).toFixed(1), 's');
