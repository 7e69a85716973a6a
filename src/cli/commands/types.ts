import type { CliIO } from '../io';

export interface CliCommand {
  name: string;
  /** One line for `wenmi --help`. */
  summary: string;
  /** Full usage text for `wenmi <name> --help`. */
  usage: string;
  run(argv: string[], io: CliIO): Promise<number>;
}
