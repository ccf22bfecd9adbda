// What copy-paste drags along with a URL or a handle, removed before anything is read: invisible and
// control characters, wrapping quotes and brackets, trailing punctuation, a spreadsheet's apostrophe.

/** Removes what copy-paste drags along: invisible and control characters, wrapping quotes, brackets. */
export function tidy(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (isInvisible(c)) continue;
    out += /\s/u.test(ch) ? ' ' : ch;
  }
  out = out.trim();
  for (let i = 0; i < 3; i++) {
    const pair = WRAPPERS.get(out[0] ?? '');
    if (!pair || !out.endsWith(pair) || out.length < 2) break;
    out = out.slice(1, -1).trim();
  }
  // A leading apostrophe is how spreadsheets (and our CSV export) neutralise formulas.
  if (out.startsWith("'") && !out.endsWith("'")) out = out.slice(1).trim();
  return out.replace(/[.,;!?]+$/, '').trim();
}

const WRAPPERS = new Map([
  ['<', '>'],
  ['"', '"'],
  ["'", "'"],
  ['«', '»'],
  ['“', '”'],
  ['‘', '’'],
  ['(', ')'],
  ['[', ']'],
  ['`', '`'],
]);

function isInvisible(c: number): boolean {
  return (
    c < 0x20 || // controls, tab and newlines included: browsers drop them from URLs too
    (c >= 0x7f && c < 0xa0) ||
    c === 0xad ||
    c === 0x61c ||
    c === 0x180e ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x206f) ||
    c === 0xfeff ||
    (c >= 0xfff9 && c <= 0xfffb)
  );
}
