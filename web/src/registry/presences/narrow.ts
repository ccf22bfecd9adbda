// Whether the screen is narrower than Mantine's `sm` breakpoint (a phone): the presences then read as
// cards, and the map of presences as a narrower table. Read at once, not after a first render, so that
// a phone never draws the wide table first (the app renders in the browser only).
import { em, useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';

export function useNarrow(): boolean {
  const theme = useMantineTheme();
  // Mantine's `visibleFrom="sm"` starts at min-width: sm; below it is narrow.
  const sm = theme.breakpoints.sm;
  const query = sm.endsWith('em')
    ? `(max-width: ${em(Number.parseFloat(sm) * 16 - 0.1)})`
    : `(max-width: ${sm})`;
  return useMediaQuery(query, false, { getInitialValueInEffect: false });
}
