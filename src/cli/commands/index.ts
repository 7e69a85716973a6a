/** Every CLI subcommand. */
import type { CliCommand } from './types';
import { checkCommand } from './check';

export const commands: CliCommand[] = [checkCommand];
