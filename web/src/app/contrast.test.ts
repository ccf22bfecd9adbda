import { DEFAULT_THEME, type MantineColorsTuple } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { contrastRatio, READABLE_COLORS, readablePalette } from './contrast';

describe('readable palettes', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // Mantine's orange 8, which Lighthouse found on the overview at 3.58:1.
    expect(contrastRatio('#e8590c', '#ffffff')).toBeCloseTo(3.58, 2);
  });

  it('darkens shades 7 to 9 until text on white reads at 4.5:1 or more, and leaves the rest', () => {
    for (const [name, palette] of Object.entries(READABLE_COLORS)) {
      const before = DEFAULT_THEME.colors[name] as MantineColorsTuple;
      expect(palette.slice(0, 7), name).toEqual(before.slice(0, 7));
      for (const i of [7, 8, 9]) {
        expect(contrastRatio(palette[i] ?? '', '#ffffff'), `${name} ${i}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('changes a shade only as much as it must', () => {
    const red = DEFAULT_THEME.colors.red as MantineColorsTuple;
    const grape = DEFAULT_THEME.colors.grape as MantineColorsTuple;
    // Grape 9 (#862e9c, 7.3:1) already reads; red 7 (#f03e3e, 3.8:1) did not.
    expect(readablePalette(grape)[9]).toBe(grape[9]);
    const readable = readablePalette(red);
    expect(readable[7]).not.toBe(red[7]);
    expect(contrastRatio(readable[7], '#ffffff')).toBeLessThan(6);
  });
});
