// The organisation's units as a tree (the hub, then its spokes), with what each one holds; create,
// rename, move and delete them. A unit that still has presences cannot be deleted: the API says why.
// A unit's other names ("DRH") are how inventories write it: an import reads them as the unit.
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Menu,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Table,
  TagsInput,
  Text,
  TextInput,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconArrowsMove,
  IconCornerDownRight,
  IconPencil,
  IconPlus,
  IconTrash,
} from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { MAX_UNIT_ALIASES, type Unit, type UnitKind } from '../../../src/registry/model';
import { EmptyRow, RowMenu, TableHead } from '../app/DataTable';
import { useFormat } from '../app/format';
import { ConfirmModal, FormButtons } from '../app/forms';
import { Loading, PageHeader, QueryError, useDocumentTitle, useErrorMessage, useNotify } from '../app/ui';
import { useTranslation } from '../i18n/useTranslation';
import { useCan, useScope } from '../trust/session';
import { UNIT_KINDS } from './meta';
import { useDeleteUnit, useSaveUnit, useUnits } from './queries';
import { scopeCovers } from './scope';
import { UnitSelect, useUnitChoices, useUnitTree } from './UnitSelect';
import { descendants, type UnitNode } from './units';

const KIND_COLOR: Record<UnitKind, string> = {
  hub: 'vigie',
  business_unit: 'cyan',
  region: 'teal',
  brand: 'grape',
  agency: 'orange',
  other: 'gray',
};

type Dialog =
  | { kind: 'create'; parentId: number | null }
  | { kind: 'edit'; unit: UnitNode }
  | { kind: 'move'; unit: UnitNode }
  | { kind: 'delete'; unit: UnitNode }
  | null;

function UnitForm({ dialog, units, onClose }: { dialog: Dialog; units: Unit[]; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<UnitKind>('business_unit');
  const [parent, setParent] = useState<string | null>(null);
  const [country, setCountry] = useState('');
  const [aliases, setAliases] = useState<string[]>([]);

  useEffect(() => {
    if (!dialog) return;
    if (dialog.kind === 'create') {
      setName('');
      setKind(dialog.parentId === null && units.length === 0 ? 'hub' : 'business_unit');
      setParent(dialog.parentId === null ? null : String(dialog.parentId));
      setCountry('');
      setAliases([]);
    } else if (dialog.kind === 'edit' || dialog.kind === 'move') {
      setName(dialog.unit.name);
      setKind(dialog.unit.kind);
      setParent(dialog.unit.parentId === null ? null : String(dialog.unit.parentId));
      setCountry(dialog.unit.country ?? '');
      setAliases(dialog.unit.aliases ?? []);
    }
  }, [dialog, units.length]);

  // Changed by someone else since the dialog opened (409): the page reads it again (the dialog says so).
  const save = useSaveUnit({
    onSuccess: (u) => {
      notify.success(t('units.saved', { name: u.name }));
      onClose();
    },
  });

  const remove = useDeleteUnit({
    onSuccess: () => {
      notify.success(t('units.deleted'));
      onClose();
    },
  });

  const resetSave = save.reset;
  const resetRemove = remove.reset;
  useEffect(() => {
    if (dialog) {
      resetSave();
      resetRemove();
    }
  }, [dialog, resetSave, resetRemove]);

  // Where the unit may go: the units the user manages (a unit manager cannot make a top-level unit).
  const choices = useUnitChoices(
    'organisation.manage',
    dialog?.kind === 'move' ? dialog.unit.parentId : null,
  );
  const excluded =
    dialog && (dialog.kind === 'move' || dialog.kind === 'edit')
      ? descendants(units, dialog.unit.id)
      : new Set();
  const parentTree = choices.tree.filter((u) => !excluded.has(u.id));
  const keptParent = dialog?.kind === 'move' && dialog.unit.parentId === null;
  const needsParent = dialog?.kind !== 'edit' && !choices.everywhere && !keptParent;
  const error = save.error ?? remove.error;

  if (!dialog) return null;

  if (dialog.kind === 'delete') {
    const u = dialog.unit;
    return (
      <ConfirmModal
        opened
        onClose={onClose}
        title={t('units.deleteTitle', { name: u.name })}
        confirm={t('units.delete')}
        onConfirm={() => remove.mutate(u.id)}
        loading={remove.isPending}
      >
        <Text size="sm">{t('units.deleteText')}</Text>
        {error && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} data-testid="unit-error">
            {errorMessage(error)}
          </Alert>
        )}
      </ConfirmModal>
    );
  }

  const title =
    dialog.kind === 'create'
      ? t('units.createTitle')
      : dialog.kind === 'move'
        ? t('units.moveTitle', { name: dialog.unit.name })
        : t('units.editTitle', { name: dialog.unit.name });

  return (
    <Modal opened onClose={onClose} title={title}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const parentId = parent ? Number(parent) : null;
          if (dialog.kind === 'move') {
            save.mutate({ id: dialog.unit.id, body: { parentId, version: dialog.unit.version } });
          } else if (dialog.kind === 'edit') {
            save.mutate({
              id: dialog.unit.id,
              body: {
                name: name.trim(),
                kind,
                country: country.trim() || null,
                aliases,
                version: dialog.unit.version,
              },
            });
          } else {
            save.mutate({
              body: { name: name.trim(), kind, parentId, country: country.trim() || null, aliases },
            });
          }
        }}
      >
        <Stack>
          {dialog.kind !== 'move' && (
            <>
              <TextInput
                label={t('units.name')}
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
                required
                maxLength={200}
                data-autofocus
                name="name"
              />
              <SimpleGrid cols={2}>
                <Select
                  label={t('units.kind')}
                  data={UNIT_KINDS.map((k) => ({ value: k, label: t(`unitKind.${k}`) }))}
                  value={kind}
                  onChange={(v) => v && setKind(v as UnitKind)}
                  allowDeselect={false}
                />
                <TextInput
                  label={t('units.country')}
                  value={country}
                  onChange={(e) => setCountry(e.currentTarget.value)}
                  maxLength={80}
                />
              </SimpleGrid>
              <TagsInput
                label={t('units.aliases')}
                description={t('units.aliasesHelp')}
                placeholder={aliases.length ? undefined : t('units.aliasesPlaceholder')}
                value={aliases}
                onChange={setAliases}
                maxTags={MAX_UNIT_ALIASES}
                splitChars={[',', ';']}
                clearable
                name="aliases"
                data-testid="unit-aliases"
              />
            </>
          )}
          {dialog.kind !== 'edit' && (
            <UnitSelect
              label={t('units.parent')}
              description={choices.everywhere ? t('units.parentHelp') : choices.hint}
              tree={parentTree}
              value={parent}
              onChange={setParent}
              clearable={!needsParent}
              required={needsParent}
            />
          )}
          {error && (
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />}>
              {errorMessage(error)}
            </Alert>
          )}
          <FormButtons
            onCancel={onClose}
            loading={save.isPending}
            disabled={(dialog.kind !== 'move' && !name.trim()) || (needsParent && !parent)}
          >
            {t('common.save')}
          </FormButtons>
        </Stack>
      </form>
    </Modal>
  );
}

export function UnitsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const units = useUnits();
  const [dialog, setDialog] = useState<Dialog>(null);
  const canManage = useCan('organisation.manage');
  const manageScope = useScope('organisation.manage');
  // Organisation-wide readers see the organisation's counts; the others, those of their scope.
  const scoped = !useScope('registry.read')?.all;
  useDocumentTitle(t('nav.units'));
  const tree = useUnitTree();
  const totals = useMemo(
    () => ({
      presences: tree.reduce((s, u) => s + u.presences, 0),
      people: tree.reduce((s, u) => s + u.people, 0),
    }),
    [tree],
  );

  return (
    <>
      <PageHeader
        title={t('units.title')}
        description={scoped ? `${t('units.description')} ${t('units.scopedCounts')}` : t('units.description')}
        actions={
          canManage && (
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={() => setDialog({ kind: 'create', parentId: null })}
            >
              {t('units.create')}
            </Button>
          )
        }
      />
      {units.isPending ? (
        <Loading />
      ) : units.isError ? (
        <QueryError error={units.error} onRetry={() => void units.refetch()} />
      ) : (
        <Card padding={0}>
          <Table highlightOnHover horizontalSpacing="md" verticalSpacing={8} data-testid="units-table">
            <TableHead
              cells={[
                { label: t('units.name') },
                { label: t('units.kind'), w: 170 },
                { label: t('units.country'), w: 100 },
                { label: t('units.presences'), w: 130, numeric: true },
                { label: t('units.withSubUnits'), w: 150, numeric: true },
                { label: t('units.people'), w: 110, numeric: true },
                { w: 56 },
              ]}
            />
            <Table.Tbody>
              {tree.map((u) => (
                <Table.Tr key={u.id}>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap" pl={u.depth * 22}>
                      {u.depth > 0 && <IconCornerDownRight size={14} color="var(--mantine-color-gray-5)" />}
                      <Text size="sm" fw={u.depth === 0 ? 650 : 500}>
                        {u.name}
                      </Text>
                      {u.aliases?.length > 0 && (
                        <Text size="xs" c="dimmed" title={t('units.aliases')}>
                          {t('units.aliasesShown', { list: f.list(u.aliases) })}
                        </Text>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={KIND_COLOR[u.kind]} tt="none" size="sm">
                      {t(`unitKind.${u.kind}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c={u.country ? undefined : 'dimmed'}>
                      {u.country ?? ''}
                    </Text>
                  </Table.Td>
                  <Table.Td className="vigie-num">
                    {u.presences > 0 ? (
                      <Anchor component={Link} to={`/presences?unitId=${u.id}`} size="sm">
                        {f.number(u.presences)}
                      </Anchor>
                    ) : (
                      <Text size="sm" c="dimmed" span>
                        {f.number(0)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td className="vigie-num">
                    {u.children > 0 ? (
                      <Anchor component={Link} to={`/presences?unitId=${u.id}&subUnits=true`} size="sm">
                        {f.number(u.presencesTotal)}
                      </Anchor>
                    ) : (
                      <Text size="sm" c="dimmed" span>
                        {f.number(u.presencesTotal)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td className="vigie-num">{f.number(u.people)}</Table.Td>
                  <Table.Td>
                    {canManage && scopeCovers(manageScope, { unitId: u.id }) && (
                      <RowMenu label={t('units.actions', { name: u.name })}>
                        <Menu.Item
                          leftSection={<IconPencil size={14} />}
                          onClick={() => setDialog({ kind: 'edit', unit: u })}
                        >
                          {t('units.rename')}
                        </Menu.Item>
                        <Menu.Item
                          leftSection={<IconArrowsMove size={14} />}
                          onClick={() => setDialog({ kind: 'move', unit: u })}
                        >
                          {t('units.move')}
                        </Menu.Item>
                        <Menu.Item
                          leftSection={<IconPlus size={14} />}
                          onClick={() => setDialog({ kind: 'create', parentId: u.id })}
                        >
                          {t('units.addChild')}
                        </Menu.Item>
                        <Menu.Divider />
                        <Menu.Item
                          color="red"
                          leftSection={<IconTrash size={14} />}
                          onClick={() => setDialog({ kind: 'delete', unit: u })}
                        >
                          {t('units.delete')}
                        </Menu.Item>
                      </RowMenu>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
              {tree.length === 0 && <EmptyRow colSpan={7}>{t('units.none')}</EmptyRow>}
            </Table.Tbody>
            {tree.length > 0 && (
              <Table.Tfoot>
                <Table.Tr>
                  <Table.Th colSpan={3}>
                    {t('units.total', { count: tree.length, value: f.number(tree.length) })}
                  </Table.Th>
                  <Table.Th ta="right">{f.number(totals.presences)}</Table.Th>
                  <Table.Th />
                  <Table.Th ta="right">{f.number(totals.people)}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Tfoot>
            )}
          </Table>
        </Card>
      )}
      <UnitForm dialog={dialog} units={units.data ?? []} onClose={() => setDialog(null)} />
    </>
  );
}
