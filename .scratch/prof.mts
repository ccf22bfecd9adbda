import { openSource } from '../src/imports/source';
import { csvReader } from '../src/imports/readers/csv';
const src = await openSource('/tmp/vigie-bench/posts.csv');
let n = 0;
const t = performance.now();
for await (const r of csvReader.read(src)) n++;
console.log(n, ((performance.now() - t) / 1000).toFixed(1));
