/** `wenmi` — the command line on the same core as the editor. */
import { commands } from './commands';
import { nodeIO, UsageError, type CliIO } from './io';
import { version as VERSION } from '../../package.json';

function help(): string {
  const lines = ['用法 usage: wenmi <command> [options]', '', 'commands:'];
  for (const c of commands) lines.push(`  ${c.name.padEnd(10)} ${c.summary}`);
  lines.push('', 'wenmi <command> --help   details of one command', 'wenmi --version');
  return lines.join('\n') + '\n';
}

export async function main(argv: string[], io: CliIO = nodeIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(help());
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(VERSION + '\n');
    return 0;
  }
  const cmd = commands.find((c) => c.name === name);
  if (!cmd) {
    io.stderr(`wenmi: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(cmd.usage.endsWith('\n') ? cmd.usage : cmd.usage + '\n');
    return 0;
  }
  try {
    return await cmd.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`wenmi ${name}: ${err.message}\n(see: wenmi ${name} --help)\n`);
      return 2;
    }
    io.stderr(`wenmi ${name}: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    return 2;
  }
}
