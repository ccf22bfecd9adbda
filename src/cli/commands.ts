// Every capability's commands, in the order `vigie --help` lists them. `start` and `build-web` are
// the process's own (main.ts); everything here acts on the database as a user (or says it does not).
import type { Command } from 'commander';
import { auditCommands } from '../audit/commands';
import { demoCommands } from '../demo/commands';
import { importCommands } from '../imports/commands';
import { opsCommands } from '../ops/commands';
import { registryCommands } from '../registry/commands';
import { userCommands } from '../trust/commands';
import { leaverCommands } from '../trust/leavers/commands';
import { logCommands } from '../trust/log/commands';
import { policiesCommands } from '../trust/policies/commands';
import { vaultCommands } from '../trust/vault/commands';
import { savedViewOption, viewsCommands } from '../views/commands';
import { workCommands } from '../work/commands';
import type { Cli } from './context';

export function capabilityCommands(program: Command, cli: Cli): void {
  demoCommands(program, cli);
  registryCommands(program, cli, { savedView: savedViewOption(cli) });
  importCommands(program, cli);
  auditCommands(program, cli);
  userCommands(program, cli);
  logCommands(program, cli);
  vaultCommands(program, cli);
  leaverCommands(program, cli);
  policiesCommands(program, cli);
  workCommands(program, cli);
  viewsCommands(program, cli);
  opsCommands(program, cli);
}
