// Which character separates the cells of a CSV file.
import Papa from 'papaparse';

const DELIMITERS = [';', ',', '\t', '|'] as const;

/**
 * The delimiter that cuts the first lines into the most consistent number of cells (more than one),
 * ties going to the one giving more cells. Looks at the first 64 KiB only.
 */
export function detectDelimiter(text: string): string {
  let sample = text.slice(0, 65_536);
  if (sample.length < text.length) sample = sample.slice(0, Math.max(sample.lastIndexOf('\n'), 1));
  let best: { delimiter: string; score: number } = { delimiter: ',', score: 0 };
  for (const delimiter of DELIMITERS) {
    const rows = Papa.parse<string[]>(sample, { delimiter, preview: 50 }).data.filter(
      (r) => !r.every((c) => c.trim() === ''),
    );
    const width = rows[0]?.length ?? 0;
    if (width < 2) continue;
    const rest = rows.slice(1);
    const consistency = rest.length ? rest.filter((r) => r.length === width).length / rest.length : 1;
    const score = consistency * 1000 + Math.min(width, 999);
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}
