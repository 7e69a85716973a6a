#!/usr/bin/env node
// Draws images/icon.png (128×128): a white page with ruled lines and a red seal on a 中国红 rounded square.
// Plain pixels and zlib, so the icon can be rebuilt without an image library: node scripts/make-icon.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const N = 128;
const px = new Uint8Array(N * N * 4);
const RED = [183, 28, 28];
const PAGE = [255, 253, 247];
const LINE = [196, 172, 160];
const SEAL = [211, 47, 47];

/** Coverage of a pixel by a shape, sampled 4×4 for smooth edges. */
function paint(inside, [r, g, b]) {
  for (let y = 0; y < N; y++) {
    for (let x = 0; x < N; x++) {
      let hit = 0;
      for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) if (inside(x + (sx + 0.5) / 4, y + (sy + 0.5) / 4)) hit++;
      if (!hit) continue;
      const a = hit / 16;
      const i = (y * N + x) * 4;
      const under = px[i + 3] / 255;
      const out = a + under * (1 - a);
      for (const [k, c] of [[0, r], [1, g], [2, b]]) px[i + k] = Math.round((c * a + px[i + k] * under * (1 - a)) / (out || 1));
      px[i + 3] = Math.round(out * 255);
    }
  }
}

const rounded = (x0, y0, x1, y1, rad) => (x, y) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + rad), x1 - rad);
  const cy = Math.min(Math.max(y, y0 + rad), y1 - rad);
  return (x - cx) ** 2 + (y - cy) ** 2 <= rad * rad;
};
const rect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
const ring = (cx, cy, r0, r1) => (x, y) => {
  const d = Math.hypot(x - cx, y - cy);
  return d >= r0 && d <= r1;
};

paint(rounded(4, 4, 124, 124, 22), RED);
paint(rounded(30, 18, 98, 110, 4), PAGE);
// The title line, then the 正文 lines.
paint(rect(42, 32, 86, 37), RED);
for (const y of [48, 58, 68, 78]) paint(rect(40, y, 88, y + 3), LINE);
// The seal over the signature.
paint(ring(74, 92, 9, 12.5), SEAL);
paint(rect(69, 91, 79, 93), SEAL);

// PNG: signature, IHDR, IDAT (filter byte 0 per row), IEND.
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const sum = Buffer.alloc(4);
  sum.writeUInt32BE(crc(body));
  return Buffer.concat([len, body, sum]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(N, 0);
ihdr.writeUInt32BE(N, 4);
ihdr.set([8, 6, 0, 0, 0], 8);
const raw = Buffer.alloc(N * (N * 4 + 1));
for (let y = 0; y < N; y++) Buffer.from(px.buffer, y * N * 4, N * 4).copy(raw, y * (N * 4 + 1) + 1);
const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
writeFileSync(new URL('../images/icon.png', import.meta.url), png);
console.log(`images/icon.png: ${png.length} bytes`);
