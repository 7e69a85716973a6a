/** Every CLI subcommand. */
import type { CliCommand } from './types';
import { checkCommand } from './check';
import { newCommand } from './new';
import { initCommand } from './init';
import { packCommand } from './pack';
import { exportCommand } from './export';
import { reviewCommand } from './review';

export const commands: CliCommand[] = [checkCommand, initCommand, packCommand, newCommand, exportCommand, reviewCommand];
