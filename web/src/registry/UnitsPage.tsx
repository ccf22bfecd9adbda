// The organisation's units as a tree (the hub, then its spokes), with what each one holds; create,
// rename, move and delete them. A unit that still has presences cannot be deleted: the API says why.
import {
  ActionIcon,
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
  Text,
  TextInput,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconArrowsMove,
  IconCornerDownRight,
  IconDots,
  IconPencil,
  IconPlus,
  IconTrash,
} from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Unit, UnitInput, UnitKind } from '../../../src/registry/model';
import { ApiError, api } from '../app/api';
import { useFormat } from '../app/format';
import { Loading, PageHeader, QueryError, useDocumentTitle, useErrorMessage, useNotify } from '../app/ui';
import { useCan } from '../trust/session';
import { UNIT_KINDS } from './meta';
import { useRefreshAll, useUnits } from './queries';
import { UnitSelect } from './UnitSelect';
import { descendants, type UnitNode, unitTree } from './units';

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
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const errorMessage = useErrorMessage();
  const refresh = useRefreshAll();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<UnitKind>('business_unit');
  const [parent, setParent] = useState<string | null>(null);
  const [country, setCountry] = useState('');

  useEffect(() => {
    if (!dialog) return;
    if (dialog.kind === 'create') {
      setName('');
      setKind(dialog.parentId === null && units.length === 0 ? 'hub' : 'business_unit');
      setParent(dialog.parentId === null ? null : String(dialog.parentId));
      setCountry('');
    } else if (dialog.kind === 'edit' || dialog.kind === 'move') {
      setName(dialog.unit.name);
      setKind(dialog.unit.kind);
      setParent(dialog.unit.parentId === null ? null : String(dialog.unit.parentId));
      setCountry(dialog.unit.country ?? '');
    }
  }, [dialog, units.length]);

  const save = useMutation({
    mutationFn: (v: { id?: number; body: UnitInput }) =>
      v.id
        ? api<Unit>(`/units/${v.id}`, { method: 'PATCH', body: v.body })
        : api<Unit>('/units', { method: 'POST', body: v.body }),
    onSuccess: (u) => {
      notify.success(t('units.saved', { name: u.name }));
      void refresh();
      onClose();
    },
    // Changed by someone else since the dialog opened: the page reads it again (the dialog says so).
    onError: (err) => {
      if (err instanceof ApiError && err.status === 409) void refresh();
    },
  });

  const remove = useMutation({
    mutationFn: (id: number) => api<unknown>(`/units/${id}`, { method: 'DELETE' }),
    onSuccess: () => {
      notify.success(t('units.deleted'));
      void refresh();
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

  const tree = useMemo(() => unitTree(units, i18n.language), [units, i18n.language]);
  const excluded =
    dialog && (dialog.kind === 'move' || dialog.kind === 'edit')
      ? descendants(units, dialog.unit.id)
      : new Set();
  const parentTree = tree.filter((u) => !excluded.has(u.id));
  const error = save.error ?? remove.error;

  if (!dialog) return null;

  if (dialog.kind === 'delete') {
    const u = dialog.unit;
    return (
      <Modal opened onClose={onClose} title={t('units.deleteTitle', { name: u.name })}>
        <Stack>
          <Text size="sm">{t('units.deleteText')}</Text>
          {error && (
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertTriangle size={18} />}
              data-testid="unit-error"
            >
              {errorMessage(error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => remove.mutate(u.id)}>
              {t('units.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
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
                version: dialog.unit.version,
              },
            });
          } else {
            save.mutate({ body: { name: name.trim(), kind, parentId, country: country.trim() || null } });
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
            </>
          )}
          {dialog.kind !== 'edit' && (
            <UnitSelect
              label={t('units.parent')}
              description={t('units.parentHelp')}
              tree={parentTree}
              value={parent}
              onChange={setParent}
              searchable
              clearable
              nothingFoundMessage={t('common.nothingFound')}
            />
          )}
          {error && (
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />}>
              {errorMessage(error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} disabled={dialog.kind !== 'move' && !name.trim()}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function UnitsPage() {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const units = useUnits();
  const [dialog, setDialog] = useState<Dialog>(null);
  const canManage = useCan('organisation.manage');
  useDocumentTitle(t('nav.units'));
  const tree = useMemo(() => unitTree(units.data ?? [], i18n.language), [units.data, i18n.language]);
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
        description={t('units.description')}
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
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('units.name')}</Table.Th>
                <Table.Th w={170}>{t('units.kind')}</Table.Th>
                <Table.Th w={100}>{t('units.country')}</Table.Th>
                <Table.Th w={130} ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {t('units.presences')}
                </Table.Th>
                <Table.Th w={150} ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {t('units.withSubUnits')}
                </Table.Th>
                <Table.Th w={110} ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {t('units.people')}
                </Table.Th>
                <Table.Th w={56} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tree.map((u) => (
                <Table.Tr key={u.id}>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap" pl={u.depth * 22}>
                      {u.depth > 0 && <IconCornerDownRight size={14} color="var(--mantine-color-gray-5)" />}
                      <Text size="sm" fw={u.depth === 0 ? 650 : 500}>
                        {u.name}
                      </Text>
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
                    {canManage && (
                      <Menu position="bottom-end" shadow="md" withinPortal>
                        <Menu.Target>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            aria-label={t('units.actions', { name: u.name })}
                          >
                            <IconDots size={16} />
                          </ActionIcon>
                        </Menu.Target>
                        <Menu.Dropdown>
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
                        </Menu.Dropdown>
                      </Menu>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
              {tree.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={7}>
                    <Text size="sm" c="dimmed" ta="center" py="lg">
                      {t('units.none')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
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
