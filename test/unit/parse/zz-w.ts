import { parentPort, workerData } from 'node:worker_threads';
import { lint } from '../../../src/core';
parentPort!.postMessage(lint(workerData.text, { detect: 'always' }).findings.length);
