// The review drawer's keyboard shortcuts, said where they work: J/K (or the arrows) walk the rows in
// the table's order, A takes the recommendation and goes on, Ctrl+Enter (⌘+Enter on a Mac) in the
// reason records the decision and goes on.
import { Group, Kbd, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from '../../i18n/useTranslation';

/** How the key that goes with Enter is written on this machine. */
export function modKeyLabel(): string {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘' : 'Ctrl';
}

function Hint({ keys, children }: { keys: ReactNode; children: ReactNode }) {
  return (
    <Group gap={4} wrap="nowrap">
      {keys}
      <Text size="xs" c="dimmed">
        {children}
      </Text>
    </Group>
  );
}

export function KeyHints({ deciding }: { deciding: boolean }) {
  const { t } = useTranslation();
  return (
    <Group gap="md" wrap="wrap" aria-label={t('audit.item.keys')} data-testid="key-hints">
      <Hint
        keys={
          <>
            <Kbd size="xs">J</Kbd>
            <Kbd size="xs">→</Kbd>
          </>
        }
      >
        {t('audit.item.keyNext')}
      </Hint>
      <Hint
        keys={
          <>
            <Kbd size="xs">K</Kbd>
            <Kbd size="xs">←</Kbd>
          </>
        }
      >
        {t('audit.item.keyPrevious')}
      </Hint>
      {deciding && (
        <>
          <Hint keys={<Kbd size="xs">A</Kbd>}>{t('audit.item.keyAccept')}</Hint>
          <Hint
            keys={
              <>
                <Kbd size="xs">{modKeyLabel()}</Kbd>
                <Kbd size="xs">Enter</Kbd>
              </>
            }
          >
            {t('audit.item.keySave')}
          </Hint>
        </>
      )}
    </Group>
  );
}
