// Credential custody: who holds a presence's login, its recovery contact and MFA, which secrets the
// vault keeps for it; storing, replacing, deleting and revealing them. Every change and every reveal
// is logged in the same transaction (entity `secret`, entity_id the presence, the kind as the field);
// a value never appears in a log row, a reason, an error or a message.
import type { Access, Target } from '../../core/access';
import { nowIso } from '../../core/clock';
import type { Db } from '../../core/db';
import { Forbidden, Invalid, NotFound } from '../../core/errors';
import { parseInput } from '../../core/http';
import { appendChanges, type Q } from '../../core/log';
import { userNames } from '../../registry/names';
import { type Custody, revealSchema, SECRET_KINDS, type SecretKind, secretInputSchema } from '../model';
import * as store from './store';
import type { Vault } from './vault';

/** What a log row shows in place of a value. */
export const SEALED = '(sealed)';
export const REVEALED = '(revealed)';

const MFA = ['on', 'off', 'unknown'] as const;
const RECOVERY = ['corporate', 'personal', 'unknown'] as const;

export function isCustodian(access: Access, p: { custodian_id: number | null }): boolean {
  return access.personId !== null && p.custodian_id !== null && p.custodian_id === access.personId;
}

const targetOf = (p: store.CustodyRow): Target => ({ presenceId: p.id, unitId: p.unit_id });

/** Store or replace: a role allowing vault.write over the presence, or its custodian. */
export function canWrite(access: Access, p: store.CustodyRow): boolean {
  return access.covers('vault.write', targetOf(p)) || isCustodian(access, p);
}

/** Reveal: an admin, or the custodian (whose role must allow revealing at all). */
export function canReveal(access: Access, p: store.CustodyRow): boolean {
  return access.isAdmin || (isCustodian(access, p) && access.can('vault.reveal'));
}

function checkKind(kind: string): SecretKind {
  if ((SECRET_KINDS as readonly string[]).includes(kind)) return kind as SecretKind;
  const issue = {
    field: 'kind',
    code: 'vault.kind_unknown',
    params: { kind: kind.slice(0, 40), kinds: SECRET_KINDS.join(', ') },
    message: `Unknown kind of secret "${kind.slice(0, 40)}": one of ${SECRET_KINDS.join(', ')}.`,
  };
  throw new Invalid(issue.code, issue.message, issue.params, [issue]);
}

export class VaultService {
  constructor(
    readonly handle: Db,
    readonly vault: Vault,
  ) {}

  private get db() {
    return this.handle.db;
  }

  /** The presence, or NotFound when it does not exist or the user may not even read it. */
  private async presence(db: Q, access: Access, presenceId: number): Promise<store.CustodyRow> {
    const p = await store.custodyRow(db, presenceId);
    if (!p || !(access.covers('registry.read', targetOf(p)) || isCustodian(access, p))) {
      throw new NotFound('presence.not_found', `No presence with id ${presenceId}.`, {
        id: String(presenceId),
      });
    }
    return p;
  }

  async custody(access: Access, presenceId: number, db: Q = this.db): Promise<Custody> {
    const p = await this.presence(db, access, presenceId);
    if (!(access.covers('custody.read', targetOf(p)) || isCustodian(access, p))) {
      access.requireOn('custody.read', targetOf(p));
    }
    const secrets = await store.listSecretMeta(db, p.id);
    const names = await userNames(db, [...new Set(secrets.map((s) => s.updatedBy))]);
    return {
      presenceId: p.id,
      custodianId: p.custodian_id,
      custodian: p.custodian,
      custodianLeft: p.custodian_status === 'left',
      recoveryContact: (RECOVERY as readonly string[]).includes(p.recovery_contact)
        ? (p.recovery_contact as Custody['recoveryContact'])
        : 'unknown',
      mfa: (MFA as readonly string[]).includes(p.mfa) ? (p.mfa as Custody['mfa']) : 'unknown',
      secrets: secrets
        .filter((s): s is store.SecretMeta & { kind: SecretKind } =>
          (SECRET_KINDS as readonly string[]).includes(s.kind),
        )
        .map((s) => ({
          kind: s.kind,
          updatedAt: s.updatedAt,
          updatedBy: s.updatedBy,
          updatedByName: names.get(s.updatedBy) ?? null,
        })),
      canReveal: canReveal(access, p),
      canWrite: canWrite(access, p),
    };
  }

  private refuseWrite(access: Access, p: store.CustodyRow): void {
    if (canWrite(access, p)) return;
    access.requireOn('vault.write', targetOf(p));
  }

  /** Stores or replaces a secret (sealed under the presence's unit key). */
  async write(
    access: Access,
    presenceId: number,
    kind: string,
    input: { value: string; reason?: string },
  ): Promise<Custody> {
    const k = checkKind(kind);
    const { value, reason } = parseInput(secretInputSchema, { ...input, kind: k });
    const at = nowIso();
    return this.db.transaction().execute(async (trx) => {
      const p = await this.presence(trx, access, presenceId);
      this.refuseWrite(access, p);
      const before = await store.getSecret(trx, p.id, k);
      const { keyId, sealed } = await this.vault.sealSecret(
        trx,
        { presenceId: p.id, unitId: p.unit_id, kind: k },
        value,
      );
      if (before) await store.updateSecret(trx, before.id, { key_id: keyId, sealed, at, by: access.actor });
      else
        await store.insertSecret(trx, {
          presence_id: p.id,
          kind: k,
          key_id: keyId,
          sealed,
          at,
          by: access.actor,
        });
      await appendChanges(trx, [
        {
          at,
          actor: access.actor,
          entity: 'secret',
          entity_id: p.id,
          action: before ? 'update' : 'create',
          diff: { [k]: [before ? SEALED : null, SEALED] },
          batch: null,
          reason: reason || null,
        },
      ]);
      return this.custody(access, p.id, trx);
    });
  }

  async remove(access: Access, presenceId: number, kind: string, reason?: string): Promise<Custody> {
    const k = checkKind(kind);
    const at = nowIso();
    return this.db.transaction().execute(async (trx) => {
      const p = await this.presence(trx, access, presenceId);
      this.refuseWrite(access, p);
      const before = await store.getSecret(trx, p.id, k);
      if (!before) throw secretNotFound(p.id, k);
      await store.deleteSecret(trx, before.id);
      await appendChanges(trx, [
        {
          at,
          actor: access.actor,
          entity: 'secret',
          entity_id: p.id,
          action: 'delete',
          diff: { [k]: [SEALED, null] },
          batch: null,
          reason: reason?.trim().slice(0, 1000) || null,
        },
      ]);
      return this.custody(access, p.id, trx);
    });
  }

  /**
   * Reveals a secret to an admin or to the presence's custodian, with a stated reason; the reveal is
   * logged (with the reason, never the value) in the same transaction that reads it.
   */
  async reveal(
    access: Access,
    presenceId: number,
    kind: string,
    input: { reason?: unknown },
  ): Promise<{ kind: SecretKind; value: string }> {
    const k = checkKind(kind);
    const { reason } = parseInput(revealSchema, input);
    const at = nowIso();
    return this.db.transaction().execute(async (trx) => {
      const p = await this.presence(trx, access, presenceId);
      if (!canReveal(access, p)) {
        throw new Forbidden(
          'vault.reveal_forbidden',
          'Only an admin or the presence’s custodian may reveal its secrets.',
          { id: String(p.id) },
        );
      }
      const row = await store.getSecret(trx, p.id, k);
      if (!row) throw secretNotFound(p.id, k);
      const value = await this.vault.openSecret(trx, row);
      await appendChanges(trx, [
        {
          at,
          actor: access.actor,
          entity: 'secret',
          entity_id: p.id,
          action: 'reveal',
          diff: { [k]: [SEALED, REVEALED] },
          batch: null,
          reason,
        },
      ]);
      return { kind: k, value };
    });
  }

  /** Key state and counts (no value, no key). */
  async status(): Promise<{
    keyAvailable: boolean;
    source: string;
    secrets: number;
    presences: number;
    keys: number;
    byKind: Record<string, number>;
  }> {
    const c = await store.counts(this.db);
    return {
      keyAvailable: this.vault.available,
      source: this.vault.source,
      ...c,
      byKind: await store.countByKind(this.db),
    };
  }
}

function secretNotFound(presenceId: number, kind: string): NotFound {
  return new NotFound('vault.secret_not_found', `Presence #${presenceId} has no stored ${kind}.`, {
    id: String(presenceId),
    kind,
  });
}
