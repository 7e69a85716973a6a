import { execFileSync } from 'node:child_process';

/** Whether a command is on the PATH (LibreOffice's soffice, poppler's pdfinfo: .ci/run installs them). */
export function hasCommand(name: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
