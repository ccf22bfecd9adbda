// One calm look: a deep blue for actions, greys for structure, status colours kept for meaning.
import { createTheme, type MantineColorsTuple } from '@mantine/core';
import { READABLE_COLORS } from './contrast';
import { foldedOptionsFilter } from './search';

const vigie: MantineColorsTuple = [
  '#eef3fb',
  '#dbe3f3',
  '#b3c4e6',
  '#88a3d9',
  '#6587ce',
  '#4e75c8',
  '#416bc6',
  '#335aaf',
  '#2a4f9d',
  '#1c438b',
];

export const theme = createTheme({
  primaryColor: 'vigie',
  primaryShade: 7,
  colors: { ...READABLE_COLORS, vigie },
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif',
  headings: { fontWeight: '650' },
  components: {
    Card: { defaultProps: { withBorder: true, radius: 'md', padding: 'lg' } },
    Paper: { defaultProps: { radius: 'md' } },
    Badge: { defaultProps: { radius: 'sm' } },
    Table: { defaultProps: { verticalSpacing: 'xs', fz: 'sm' } },
    Tooltip: { defaultProps: { withArrow: true, openDelay: 250 } },
    Modal: { defaultProps: { centered: true, overlayProps: { backgroundOpacity: 0.45, blur: 2 } } },
    // Typing in a list finds "Énergie" from "energie", as every search does.
    Select: { defaultProps: { filter: foldedOptionsFilter } },
    MultiSelect: { defaultProps: { filter: foldedOptionsFilter } },
    Autocomplete: { defaultProps: { filter: foldedOptionsFilter } },
    TagsInput: { defaultProps: { filter: foldedOptionsFilter } },
  },
});
