import { describe, expect, it } from 'vitest';
import { lieAboutCount, lieAboutSize, sizeLies, writeZip } from './testing/zip';
import { checkZipBuffer, zipReasonOf } from './zip';

const LIMITS = { maxEntries: 100, maxTotalBytes: 50 * 1024 ** 2 };
const files = {
  '[Content_Types].xml': '<Types/>'.repeat(40),
  'xl/workbook.xml': '<workbook><sheets><sheet name="Inventaire"/></sheets></workbook>'.repeat(20),
  'xl/worksheets/sheet1.xml': '<row><c t="s"><v>1</v></c></row>'.repeat(500),
};

describe('checkZipBuffer', () => {
  it('passes a sound archive, stored or deflated', async () => {
    expect(await checkZipBuffer(writeZip(files).buf, LIMITS)).toBeNull();
    expect(await checkZipBuffer(writeZip(files, { stored: true }).buf, LIMITS)).toBeNull();
  });

  for (const stored of [false, true]) {
    it(`refuses every lie about an entry's sizes, naming the entry (${stored ? 'stored' : 'deflated'})`, async () => {
      const zip = writeZip(files, { stored });
      for (const name of Object.keys(files)) {
        for (const lie of sizeLies(zip, name)) {
          const problem = await checkZipBuffer(lie.bytes, LIMITS);
          expect(problem, `${name}: ${lie.label}`).not.toBeNull();
          // Named, and never another entry (a lie that breaks the directory before the entry is
          // read, such as a stored entry's two sizes differing, is the archive's).
          if (problem?.entry !== undefined || !stored)
            expect(problem?.entry, `${name}: ${lie.label}`).toBe(name);
          expect(['sizes', 'headers', 'truncated', 'data', 'directory', 'too_large', 'crc']).toContain(
            problem?.fault,
          );
          // The reason is Vigie's, in both languages, never the library's.
          expect(problem?.reason).toBe(zipReasonOf(problem!.fault, { limit: 50 }).reason);
          expect(problem?.reason_fr).toBe(zipReasonOf(problem!.fault, { limit: 50 }).reason_fr);
        }
      }
    });
  }

  it('says which header lies: the local one against the directory, or both against the data', async () => {
    const zip = writeZip(files);
    const sheet = zip.entries.find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    const local = await checkZipBuffer(
      lieAboutSize(zip, sheet.name, 'size', sheet.size + 1, 'local'),
      LIMITS,
    );
    expect(local).toMatchObject({ fault: 'headers', entry: sheet.name });
    expect(local?.reason).toBe('its local header and the central directory disagree');
    const both = await checkZipBuffer(lieAboutSize(zip, sheet.name, 'size', sheet.size + 1, 'both'), LIMITS);
    expect(both).toMatchObject({ fault: 'sizes', entry: sheet.name });
    expect(both?.reason_fr).toBe('les tailles annoncées par ses en-têtes ne correspondent pas à son contenu');
    // Compressed bytes declared beyond the end of the deflate stream: the data is intact, the
    // headers still lie.
    const longer = lieAboutSize(zip, sheet.name, 'compressed', sheet.compressed + 1, 'both');
    expect(await checkZipBuffer(longer, LIMITS)).toMatchObject({ fault: 'sizes', entry: sheet.name });
  });

  it('refuses an end record that hides entries from its count', async () => {
    const zip = writeZip(files);
    expect(await checkZipBuffer(lieAboutCount(zip, 1), LIMITS)).toMatchObject({ fault: 'directory' });
    expect(await checkZipBuffer(lieAboutCount(zip, 0), LIMITS)).toMatchObject({ fault: 'directory' });
  });

  it('refuses an archive cut short, wherever the cut', async () => {
    const { buf } = writeZip(files);
    for (let at = 1; at < buf.length; at += 97) {
      const problem = await checkZipBuffer(buf.subarray(0, at), LIMITS);
      expect(problem, `cut at ${at}`).not.toBeNull();
    }
  });

  it('refuses more entries, or more declared bytes, than the limits, before inflating', async () => {
    const zip = writeZip(files);
    expect(await checkZipBuffer(zip.buf, { ...LIMITS, maxEntries: 2 })).toMatchObject({
      fault: 'too_many_entries',
      reason: 'it holds more than 2 entries (ZIP bomb?)',
    });
    const bomb = lieAboutSize(zip, 'xl/workbook.xml', 'size', 0xffff_fff0, 'both');
    expect(await checkZipBuffer(bomb, LIMITS)).toMatchObject({
      fault: 'too_large',
      entry: 'xl/workbook.xml',
    });
  });
});
