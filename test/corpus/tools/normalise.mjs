#!/usr/bin/env node
// Restores the full-width punctuation that a web crawl turned half-width inside Chinese text.
// Usage: node test/corpus/tools/normalise.mjs < in.txt > out.txt   (or: normalise.mjs FILE, rewrites in place)
import { readFileSync, writeFileSync } from 'node:fs';

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\uff00-\\uffef“”‘’《》';
const map = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！' };

export function normalise(text) {
  let out = text;
  // , : ; ? ! next to a Chinese character or full-width mark (not between two digits or two Latin letters).
  out = out.replace(new RegExp(`([${CJK}])[ \\t]*([,:;?!])`, 'g'), (_, a, p) => a + map[p]);
  out = out.replace(new RegExp(`([,:;?!])[ \\t]*(?=[${CJK}])`, 'g'), (_, p) => map[p]);
  // (…) that contain or touch Chinese text.
  out = out.replace(new RegExp(`\\(([^()\\n]*[${CJK}][^()\\n]*)\\)`, 'g'), '（$1）');
  out = out.replace(new RegExp(`\\(([^()\\n]{1,20})\\)(?=[${CJK}])`, 'g'), '（$1）');
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (file) writeFileSync(file, normalise(readFileSync(file, 'utf8')));
  else process.stdout.write(normalise(readFileSync(0, 'utf8')));
}
