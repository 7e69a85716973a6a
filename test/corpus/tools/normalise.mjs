#!/usr/bin/env node
// Restores the full-width punctuation that a web crawl turned half-width inside Chinese text (, : ; ? ! ( ) and
// straight double quotes).
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
  // Straight double quotes around or next to Chinese text, in pairs on a line ("首都国医名师" → “首都国医名师”);
  // the seconds of a longitude or latitude (113°51'25") are left alone.
  const cjk = new RegExp(`[${CJK}]`);
  out = out.split('\n').map((line) => {
    const at = [];
    for (let i = 0; i < line.length; i++) {
      if (line[i] === '"' && !/[°º][0-9.]+['′][0-9.]+$/.test(line.slice(Math.max(0, i - 16), i))) at.push(i);
    }
    if (!at.length || at.length % 2) return line;
    // (indexes are UTF-16 units; the line is rebuilt by units, not code points)
    const units = line.split('');
    for (let k = 0; k < at.length; k += 2) {
      const [o, c] = [at[k], at[k + 1]];
      if (cjk.test(line.slice(o + 1, c) + (line[o - 1] ?? '') + (line[c + 1] ?? ''))) {
        units[o] = '“';
        units[c] = '”';
      }
    }
    return units.join('');
  }).join('\n');
  return out;
}

/** A corpus file's YAML header (between the first two --- lines) is left as it is: only the text under it is normalised. */
export function normaliseFile(text) {
  const m = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
  return m ? m[0] + normalise(text.slice(m[0].length)) : normalise(text);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (file) writeFileSync(file, normaliseFile(readFileSync(file, 'utf8')));
  else process.stdout.write(normalise(readFileSync(0, 'utf8')));
}
