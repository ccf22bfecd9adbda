// Editing the presences table in place, for the fields people triage most: the status, the unit and
// the owner. A cell the signed-in person may change (their presence.edit scope from /api/me, the
// server's own check) is a button; a click or Enter opens a field in its place, a choice saves at once
// (PATCH with the row's version, so that someone else's change meanwhile is refused, not overwritten),
// Escape or leaving the field cancels. The message that follows offers to undo the change.
//
// One controller for the whole table (useInlineEdit, called by the columns): a cell holds only whether
// it is open, so that a page of fifty rows stays quick to draw; the write and its messages outlive a
// row that leaves the page (a status filter, a sort), so that its undo still works.
import { Box, Button, Group, Loader, Select, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCheck, IconChevronDown } from '@tabler/icons-react';
import {
  type KeyboardEvent,
  type ReactNode,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import type { Presence, PresencePatch, PresenceStatus } from '../../../../src/registry/model';
import { ApiError } from '../../app/api';
import { handleText } from '../../app/format';
import { useNotify } from '../../app/ui';
import { useTranslation } from '../../i18n/useTranslation';
import { useScope } from '../../trust/session';
import { PersonName, StatusBadge } from '../bits';
import { STATUSES } from '../meta';
import { useActivePeopleOptions } from '../people';
import { StaleChanges } from '../StaleEdit';
import { mayLeaveUnitEmpty, scopeCovers, unitsInScope } from '../scope';
import { UnitSelect, useUnitChoices, useUnitTree } from '../UnitSelect';
import classes from './InlineEdit.module.css';
import { type TableWrite, useFreshest, useSavePresenceInTable, useWithQueries } from './queries';

export type InlineField = 'status' | 'unit' | 'owner';

/** The value of "no unit" and "no owner" in a field (a Select's values are strings). */
const NONE = '__none__';

function nameOf(p: Presence): string {
  return p.name ?? (p.handle ? handleText(p.handle) : p.url);
}

/** A value chosen in a cell: as the field has it, and as people read it. */
interface Choice {
  value: string;
  label: string;
}

/** One write from the table: a change, or the undo of one (`back` is null then). */
interface InlineWrite extends TableWrite {
  field: InlineField;
  name: string;
  chosen: Choice;
  /** What puts back the value the cell had (without the version, known once saved), and that value. */
  back: { patch: PresencePatch; chosen: Choice } | null;
}

/**
 * A value saved from a cell: shown in its place while it is being saved, and once saved until the
 * row has the version that holds it (the table draws its rows from a deferred copy of the list).
 */
interface Saved {
  chosen: Choice;
  /** The version that holds it; undefined while the answer is awaited. */
  until?: number;
}

const keyOf = (id: number, field: InlineField) => `${id}:${field}`;

export interface InlineEdit {
  /** Whether the signed-in person may change this field of this presence here. */
  editable(p: Presence, field: InlineField): boolean;
  /** Saves the chosen value in this field of the presence, from its last version the app holds. */
  save(p: Presence, field: InlineField, chosen: Choice): void;
  /** The values being saved, by cell: each cell listens to its own (see useSaving). */
  pending: PendingStore;
}

/**
 * The values being saved, by cell, kept outside React's state: a save re-draws its own cell, not the
 * whole table (the columns, and so every cell, would change with the state of the table's hook).
 */
class PendingStore {
  #values = new Map<string, Saved>();
  #listeners = new Set<() => void>();
  get = (key: string) => this.#values.get(key);
  set(key: string, value: Saved | undefined) {
    if (value) this.#values.set(key, value);
    else this.#values.delete(key);
    for (const listener of this.#listeners) listener();
  }
  subscribe = (listener: () => void) => {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  };
}

/** The value saved from this cell that the row does not show yet, and whether the answer is awaited. */
function useSaving(inline: InlineEdit, p: Presence, field: InlineField): { chosen?: Choice; busy: boolean } {
  const key = keyOf(p.id, field);
  const saved = useSyncExternalStore(inline.pending.subscribe, () => inline.pending.get(key));
  if (!saved) return { busy: false };
  const busy = saved.until === undefined;
  return { chosen: busy || p.version < (saved.until ?? 0) ? saved.chosen : undefined, busy };
}

/** The table's inline editing: who may change what, the writes, their messages and their undo. */
export function useInlineEdit(): InlineEdit {
  const { t } = useTranslation();
  const notify = useNotify();
  const withQueries = useWithQueries();
  const scope = useScope('presence.edit');
  const tree = useUnitTree();
  // The units a presence may be moved to; a move needs one besides the presence's own.
  const movable = useMemo(() => new Set(unitsInScope(tree, scope).map((u) => u.id)), [tree, scope]);
  const everywhere = mayLeaveUnitEmpty(scope);
  const [pending] = useState(() => new PendingStore());
  // The message of each cell's last change, replaced by the next one (whose undo it would refuse).
  const shown = useRef(new Map<string, string>());

  const stale = (err: ApiError, name: string) =>
    notifications.show({
      color: 'red',
      icon: <IconAlertTriangle size={18} />,
      title: t('presence.conflict.title'),
      autoClose: 15_000,
      // What changed names units and people: read through the app's queries.
      message: withQueries(
        <Stack gap={6} data-testid="inline-stale">
          <Text size="sm">{t('inline.staleText', { name })}</Text>
          <StaleChanges error={err} />
        </Stack>,
      ),
    });

  const save = useSavePresenceInTable();
  const freshest = useFreshest();
  const saved = (done: Presence, v: InlineWrite) => {
    const key = keyOf(v.id, v.field);
    const before = shown.current.get(key);
    if (before) notifications.hide(before);
    if (v.back === null) {
      shown.current.delete(key);
      notify.success(t('inline.undone', { name: v.name }));
      return;
    }
    const text =
      v.field === 'status'
        ? t('inline.changed.status', { name: v.name, value: v.chosen.label })
        : v.chosen.value === NONE
          ? t(`inline.removed.${v.field}`, { name: v.name })
          : t(`inline.changed.${v.field}`, { name: v.name, value: v.chosen.label });
    const undo: InlineWrite = {
      ...v,
      chosen: v.back.chosen,
      patch: { ...v.back.patch, version: done.version },
      back: null,
    };
    const id = `inline-${key}-${done.version}`;
    shown.current.set(key, id);
    notifications.show({
      id,
      color: 'teal',
      icon: <IconCheck size={18} />,
      autoClose: 15_000,
      message: (
        <Group justify="space-between" wrap="nowrap" gap="sm" data-testid="inline-saved">
          <Text size="sm">{text}</Text>
          <Button
            size="compact-sm"
            variant="light"
            style={{ flex: 'none' }}
            data-testid="inline-undo"
            onClick={() => {
              notifications.hide(id);
              send(undo);
            }}
          >
            {t('inline.undo')}
          </Button>
        </Group>
      ),
    });
  };
  // Not a hook's state: the answer is handled even when the row, or the page, has gone meanwhile.
  const send = (v: InlineWrite) => {
    const key = keyOf(v.id, v.field);
    pending.set(key, { chosen: v.chosen });
    save(v).then(
      (done) => {
        pending.set(key, { chosen: v.chosen, until: done.version });
        saved(done, v);
      },
      (err: unknown) => {
        pending.set(key, undefined);
        if (err instanceof ApiError && err.code === 'presence.stale') stale(err, v.name);
        else notify.error(err);
      },
    );
  };
  // The controller stays the same object (the columns, and every cell, would be drawn again); its
  // save calls the latest `send`, with the current language's messages.
  const sendRef = useRef(send);
  useEffect(() => {
    sendRef.current = send;
  });

  return useMemo<InlineEdit>(
    () => ({
      editable(p, field) {
        if (!scopeCovers(scope, { presenceId: p.id, unitId: p.unitId })) return false;
        // Nowhere else to go (a community manager's presence, a single unit): nothing to choose.
        if (field === 'unit') return everywhere || [...movable].some((id) => id !== p.unitId);
        return true;
      },
      pending,
      save(row, field, chosen) {
        // What is undone and the version sent are those of the presence as last stored, not as drawn.
        const p = freshest(row);
        const parse = (v: string) => (v === NONE ? null : Number(v));
        const text = (v: number | null) => (v === null ? NONE : String(v));
        const [patch, back]: [PresencePatch, InlineWrite['back']] =
          field === 'status'
            ? [
                { status: chosen.value as PresenceStatus },
                { patch: { status: p.status }, chosen: { value: p.status, label: t(`status.${p.status}`) } },
              ]
            : field === 'unit'
              ? [
                  { unitId: parse(chosen.value) },
                  { patch: { unitId: p.unitId }, chosen: { value: text(p.unitId), label: p.unit ?? '' } },
                ]
              : [
                  { ownerId: parse(chosen.value) },
                  { patch: { ownerId: p.ownerId }, chosen: { value: text(p.ownerId), label: p.owner ?? '' } },
                ];
        sendRef.current({
          id: p.id,
          field,
          name: nameOf(p),
          chosen,
          patch: { ...patch, version: p.version },
          back,
        });
      },
    }),
    [scope, everywhere, movable, pending, t, freshest],
  );
}

/** How a field was left: Escape, a choice (or the dropdown closed otherwise), or the focus moved away. */
type Closing = 'escape' | 'choice' | 'blur';

/** What the field that opens in a cell is given. */
interface EditorProps {
  'aria-label': string;
  value: string;
  onPick: (value: string) => void;
  onClose: (how: Closing) => void;
}

/** The Select props every inline field shares: open at once, focused, small, closing ends the edit. */
function editorProps({ onClose, ...p }: EditorProps) {
  return {
    'aria-label': p['aria-label'],
    className: classes.editor,
    size: 'xs' as const,
    autoFocus: true,
    defaultDropdownOpened: true,
    allowDeselect: false,
    value: p.value,
    onChange: (v: string | null) => {
      if (v !== null && v !== p.value) p.onPick(v);
    },
    // Called before the dropdown closes on Escape, so that the first way out named is the right one.
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose('escape');
    },
    onDropdownClose: () => onClose('choice'),
    onBlur: () => onClose('blur'),
    // Narrow columns: little padding, so that "Abandoned" or "En redirection" is read whole.
    rightSectionWidth: 22,
    styles: { input: { paddingInlineStart: 6 } },
    comboboxProps: {
      withinPortal: true,
      shadow: 'md',
      width: 'max-content',
      position: 'bottom-start' as const,
    },
  };
}

/**
 * One editable cell: the value, and when the person may change it, a button that opens `editor` in
 * its place. Clicks and keys inside never reach the row (a click on a row opens the presence), the
 * field's dropdown included: React passes events from a portal through its parents.
 */
function InlineCell({
  editable,
  label,
  value,
  pending,
  editor,
}: {
  editable: boolean;
  /** What the button does, e.g. "Change status of “X” on Bluesky". */
  label: string;
  value: ReactNode;
  pending: boolean;
  editor: (close: (how: Closing) => void) => ReactNode;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  // The first way out counts (a choice also closes the dropdown, and may blur the field after).
  const open = useRef(false);
  // Opened from the keyboard (Enter, Space): a choice brings the focus back, to go on from there.
  const byKeyboard = useRef(false);
  const restore = useRef(false);
  const valueId = useId();

  // Back on the button (see `close`), unless the focus went elsewhere meanwhile (asked once the
  // browser has moved it, not while it is leaving the field).
  useEffect(() => {
    if (editing || !restore.current) return;
    restore.current = false;
    const frame = requestAnimationFrame(() => {
      const active = document.activeElement;
      if (!active || active === document.body) button.current?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [editing]);

  if (!editable) return value;
  const close = (how: Closing) => {
    if (!open.current) return;
    open.current = false;
    // Escape puts the focus back where it was; so does a choice made from the keyboard.
    restore.current = how === 'escape' || (how === 'choice' && byKeyboard.current);
    setEditing(false);
  };
  return (
    <Box onClick={(e) => e.stopPropagation()}>
      {editing ? (
        editor(close)
      ) : (
        <UnstyledButton
          ref={button}
          className={classes.cell}
          aria-label={label}
          aria-describedby={valueId}
          aria-busy={pending}
          onClick={(e) => {
            if (pending) return;
            open.current = true;
            // A click from Enter or Space has no pointer: its detail (the pointer's clicks) is 0.
            byKeyboard.current = e.detail === 0;
            setEditing(true);
          }}
        >
          <Box id={valueId} className={classes.value}>
            {value}
          </Box>
          {pending ? (
            <span className={classes.side}>
              <Loader size={12} aria-label={t('inline.saving')} />
            </span>
          ) : (
            <span className={`${classes.side} ${classes.hint}`} aria-hidden>
              <IconChevronDown size={14} />
            </span>
          )}
        </UnstyledButton>
      )}
    </Box>
  );
}

/** What each inline cell is given by the columns. */
interface CellProps {
  presence: Presence;
  inline: InlineEdit;
  /** The platform's name, which tells apart presences named alike ("Groupe Ombreval" on X, on Bluesky…). */
  platform: string;
}

export function InlineStatus({ presence, inline, platform }: CellProps) {
  const { t } = useTranslation();
  const { chosen, busy } = useSaving(inline, presence, 'status');
  const label = t('inline.change.status', { name: nameOf(presence), platform });
  return (
    <InlineCell
      editable={inline.editable(presence, 'status')}
      label={label}
      pending={busy}
      value={<StatusBadge status={(chosen?.value as PresenceStatus | undefined) ?? presence.status} />}
      editor={(close) => (
        <StatusField
          presence={presence}
          label={label}
          onClose={close}
          onPick={(c) => inline.save(presence, 'status', c)}
        />
      )}
    />
  );
}

function StatusField({
  presence,
  label,
  onClose,
  onPick,
}: {
  presence: Presence;
  label: string;
  onClose: (how: Closing) => void;
  onPick: (chosen: Choice) => void;
}) {
  const { t } = useTranslation();
  const data = useMemo(() => STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })), [t]);
  return (
    <Select
      {...editorProps({
        'aria-label': label,
        value: presence.status,
        onClose,
        onPick: (v) => onPick({ value: v, label: t(`status.${v as PresenceStatus}`) }),
      })}
      data={data}
      renderOption={({ option, checked }) => (
        <Group gap={6} wrap="nowrap">
          <StatusBadge status={option.value as PresenceStatus} />
          {checked && <IconCheck size={14} color="var(--mantine-color-gray-6)" aria-hidden />}
        </Group>
      )}
    />
  );
}

/** The unit's name, on two lines at most, whole in a tooltip. */
function UnitName({ name }: { name: string | null }) {
  const { t } = useTranslation();
  if (!name) {
    return (
      <Text size="sm" c="dimmed" fs="italic">
        {t('presence.noUnit')}
      </Text>
    );
  }
  // On two lines, in a column wide enough for them: "Direction régionale Provence-Alpes-Côte
  // d’Azur" and "… Occitanie" must not both read "Direction régional…".
  return (
    <Tooltip label={name} openDelay={500}>
      <Text size="sm" lh={1.3} lineClamp={2}>
        {name}
      </Text>
    </Tooltip>
  );
}

export function InlineUnit({ presence, inline, platform }: CellProps) {
  const { t } = useTranslation();
  const { chosen, busy } = useSaving(inline, presence, 'unit');
  const label = t('inline.change.unit', { name: nameOf(presence), platform });
  return (
    <InlineCell
      editable={inline.editable(presence, 'unit')}
      label={label}
      pending={busy}
      value={<UnitName name={chosen ? (chosen.value === NONE ? null : chosen.label) : presence.unit} />}
      editor={(close) => (
        <UnitField
          presence={presence}
          label={label}
          onClose={close}
          onPick={(c) => inline.save(presence, 'unit', c)}
        />
      )}
    />
  );
}

/** The units the presence may move to (those of the person's scope, as on its page), read once opened. */
function UnitField({
  presence,
  label,
  onClose,
  onPick,
}: {
  presence: Presence;
  label: string;
  onClose: (how: Closing) => void;
  onPick: (chosen: Choice) => void;
}) {
  const { t } = useTranslation();
  const units = useUnitChoices('presence.edit', presence.unitId);
  const none = useMemo(
    () => (units.everywhere ? [{ value: NONE, label: t('inline.noUnit') }] : []),
    [units.everywhere, t],
  );
  return (
    <UnitSelect
      {...editorProps({
        'aria-label': label,
        value: presence.unitId === null ? NONE : String(presence.unitId),
        onClose,
        onPick: (v) => onPick({ value: v, label: units.tree.find((u) => String(u.id) === v)?.name ?? '' }),
      })}
      tree={units.tree}
      extra={none}
      onFocus={(e) => e.currentTarget.select()}
    />
  );
}

export function InlineOwner({ presence, inline, platform }: CellProps) {
  const { t } = useTranslation();
  const { chosen, busy } = useSaving(inline, presence, 'owner');
  const label = t('inline.change.owner', { name: nameOf(presence), platform });
  return (
    <InlineCell
      editable={inline.editable(presence, 'owner')}
      label={label}
      pending={busy}
      value={
        chosen ? (
          <PersonName name={chosen.value === NONE ? null : chosen.label} />
        ) : (
          <PersonName name={presence.owner} left={presence.ownerLeft} />
        )
      }
      editor={(close) => (
        <OwnerField
          presence={presence}
          label={label}
          onClose={close}
          onPick={(c) => inline.save(presence, 'owner', c)}
        />
      )}
    />
  );
}

/** People as choices (those still here, and the owner), read once the field opens. */
function OwnerField({
  presence,
  label,
  onClose,
  onPick,
}: {
  presence: Presence;
  label: string;
  onClose: (how: Closing) => void;
  onPick: (chosen: Choice) => void;
}) {
  const { t } = useTranslation();
  const people = useActivePeopleOptions([presence.ownerId]);
  const data = useMemo(() => [{ value: NONE, label: t('inline.noOwner') }, ...people], [people, t]);
  return (
    <Select
      {...editorProps({
        'aria-label': label,
        value: presence.ownerId === null ? NONE : String(presence.ownerId),
        onClose,
        onPick: (v) => onPick({ value: v, label: data.find((d) => d.value === v)?.label ?? '' }),
      })}
      data={data}
      searchable
      nothingFoundMessage={t('common.nothingFound')}
      onFocus={(e) => e.currentTarget.select()}
      comboboxProps={{
        withinPortal: true,
        shadow: 'md',
        width: 'max-content',
        position: 'bottom-start',
        styles: { dropdown: { minWidth: 220, maxWidth: 'min(22rem, calc(100vw - 24px))' } },
      }}
    />
  );
}
