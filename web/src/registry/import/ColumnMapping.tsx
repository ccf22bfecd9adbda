// The file's columns and the field each one fills, with a few of its values: a column Vigie did not
// recognise is ignored until the person says which field it is. In a wide inventory (a row per person
// or brand), a column may instead hold one platform's accounts (`platform:<id>`).
import { Alert, Card, Code, Group, Select, Table, Text } from '@mantine/core';
import { CardTitle } from '../../app/ui';
import { useTranslation } from '../../i18n/useTranslation';
import { useFieldLabel } from '../History';
import type { InventoryPreview } from '../inventory';
import { usePlatformDirectory } from '../platforms';

const IGNORE = '__ignore__';
const SAMPLE_STYLE = {
  maxWidth: 260,
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
} as const;

export function ColumnMapping({
  preview,
  onRemap,
  disabled,
}: {
  preview: InventoryPreview;
  /** A column given a field, or `platform:<id>` for a column of accounts (null: ignored). */
  onRemap: (header: string, field: string | null) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const fieldLabel = useFieldLabel();
  const platforms = usePlatformDirectory();
  const choices = [
    { value: IGNORE, label: t('import.ignore') },
    {
      group: t('import.fieldsGroup'),
      items: preview.fields.map((fl) => ({ value: fl, label: fieldLabel(fl) })),
    },
    {
      group: t('import.accountsGroup'),
      items: platforms.list.map((p) => ({
        value: `platform:${p.id}`,
        label: t('import.accountsOn', { platform: platforms.name(p.id) }),
      })),
    },
  ];
  return (
    <Card>
      <CardTitle title={t('import.columnsTitle')} hint={t('import.columnsHint')} />
      {preview.layout === 'wide' && (
        <Alert color="blue" variant="light" mb="sm" data-testid="layout-wide">
          {t('import.layoutWide')}
        </Alert>
      )}
      <Table.ScrollContainer minWidth={700}>
        <Table withTableBorder data-testid="column-mapping">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={260}>{t('import.fileColumn')}</Table.Th>
              <Table.Th w={260}>{t('import.mappedTo')}</Table.Th>
              <Table.Th>{t('import.samples')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.columns.map((c) => (
              <Table.Tr key={`${c.index}-${c.header}`} data-testid={`column-${c.index}`}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {c.header || t('import.noHeader', { n: c.index + 1 })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Select
                    aria-label={t('import.mappingFor', { header: c.header })}
                    size="xs"
                    data={choices}
                    searchable
                    value={c.platform ? `platform:${c.platform}` : (c.field ?? IGNORE)}
                    onChange={(v) => onRemap(c.header, !v || v === IGNORE ? null : String(v))}
                    allowDeselect={false}
                    disabled={disabled}
                    styles={
                      c.field || c.platform ? undefined : { input: { color: 'var(--mantine-color-gray-6)' } }
                    }
                  />
                </Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="wrap">
                    {c.samples.slice(0, 3).map((s, n) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: issues and samples have no identity of their own; their order never changes.
                      <Code key={`${n}-${s}`} style={SAMPLE_STYLE}>
                        {s}
                      </Code>
                    ))}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
