// Mantine's palettes, with their dark shades made dark enough to read: its default orange 8 text is
// 3.6:1 on white and white on red 7 3.8:1, below WCAG's 4.5:1 for text of ordinary size. Vigie writes
// warnings in shade 8, fills badges with shade 7 (the primary shade) and Mantine writes light
// badges and alerts in shade 9 on a tint of shade 6; each shade is darkened, as little as it takes,
// until that text reads.
import { DEFAULT_THEME, darken, luminance, type MantineColorsTuple, toRgba } from '@mantine/core';

/** WCAG's contrast ratio of two colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The colour of Mantine's light variant background: shade 6 at 10% over white, drawn flat. */
function lightTint(shade6: string): string {
  const { r, g, b } = toRgba(shade6);
  const over = (c: number) => Math.round(255 + (c - 255) * 0.1);
  return `rgb(${over(r)}, ${over(g)}, ${over(b)})`;
}

/** The ratio each shade must reach, on white and on the light tint; shades 0 to 6 stay as they are. */
const NEEDED: Record<number, number> = { 7: 4.6, 8: 4.8, 9: 5.2 };

export function readablePalette(palette: MantineColorsTuple): MantineColorsTuple {
  const tint = lightTint(palette[6]);
  return palette.map((shade, i) => {
    const needed = NEEDED[i];
    if (!needed) return shade;
    let colour = shade;
    for (let step = 0; step < 40; step++) {
      if (Math.min(contrastRatio(colour, '#ffffff'), contrastRatio(colour, tint)) >= needed) break;
      colour = darken(colour, 0.03);
    }
    return colour;
  }) as unknown as MantineColorsTuple;
}

/** The palettes Vigie draws meaning with (statuses, decisions, severities), made readable. */
export const READABLE_COLORS = Object.fromEntries(
  [
    'red',
    'orange',
    'yellow',
    'teal',
    'green',
    'cyan',
    'blue',
    'grape',
    'violet',
    'pink',
    'lime',
    'indigo',
  ].map((name) => [name, readablePalette(DEFAULT_THEME.colors[name] as MantineColorsTuple)]),
) as Record<string, MantineColorsTuple>;
