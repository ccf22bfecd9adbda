// Every capability's French and English messages, put together for the server, the CLI and the web app.
import { auditMessages } from './audit/messages';
import { planMessages } from './audit/plan-messages';
import { reportMessages } from './audit/report/messages';
import { auditServiceMessages } from './audit/service-messages';
import { cliText } from './cli/messages';
import type { Issue, VigieError } from './core/errors';
import { type Catalogue, type Locale, translator } from './core/i18n';
import { coreMessages } from './core/messages';
import { demoMessages } from './demo/messages';
import { importsMessages } from './imports/messages';
import { pipelineMessages } from './imports/pipeline-messages';
import { readerMessages } from './imports/readers/messages';
import { opsMessages } from './ops/messages';
import { inventoryMessages } from './registry/inventory/messages';
import { registryMessages } from './registry/messages';
import { serverMessages } from './server/messages';
import { leaverMessages } from './trust/leavers/messages';
import { logMessages } from './trust/log/messages';
import { trustMessages } from './trust/messages';
import { oidcMessages } from './trust/oidc/messages';
import { policiesMessages } from './trust/policies/messages';
import { vaultMessages } from './trust/vault/messages';
import { viewsMessages } from './views/messages';
import { workMessages } from './work/messages';

export const catalogue: Catalogue = {
  ...coreMessages,
  ...registryMessages,
  ...inventoryMessages,
  ...importsMessages,
  ...readerMessages,
  ...pipelineMessages,
  ...auditMessages,
  ...planMessages,
  ...reportMessages,
  ...auditServiceMessages,
  ...cliText,
  ...oidcMessages,
  ...trustMessages,
  ...logMessages,
  ...vaultMessages,
  ...leaverMessages,
  ...policiesMessages,
  ...opsMessages,
  ...demoMessages,
  ...serverMessages,
  ...workMessages,
  ...viewsMessages,
};

export const t = translator(catalogue);

/** An issue's message in the reader's language (the English one is already in `message`). */
export function localiseIssue(issue: Issue, locale: Locale): Issue {
  return catalogue[issue.code] ? { ...issue, message: t(locale, issue.code, issue.params ?? {}) } : issue;
}

export function localiseError(e: VigieError, locale: Locale): string {
  return catalogue[e.code] ? t(locale, e.code, e.params) : e.message;
}
