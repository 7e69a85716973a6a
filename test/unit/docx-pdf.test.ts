/**
 * The Word export printed by LibreOffice (headless) and measured on the PDF, on fixtures of the formats GB/T 9704
 * describes (test/fixtures/export): a 请示 with 签发人, a 通知 with 附件 and 版记, a 函 in the 信函格式, a 纪要 and an
 * 意见 of eleven pages. Text positions come from pdftotext -bbox; the coloured lines from the page rendered by pdftoppm
 * (a PPM: raw RGB, read here without a library). .ci/run installs LibreOffice, poppler and a CJK font; a machine without
 * them skips, and says so.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parse } from '../../src/core';
import { blocksOf, GBT9704, pageGeometry, paginate } from '../../src/core/layout';
import { writeDocx } from '../../src/docx/write';

const FIXTURES = join(__dirname, '..', 'fixtures', 'export');
const PT_PER_MM = 72 / 25.4;

function has(cmd: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

interface Word {
  page: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}

/** Every word of the PDF with its box in points (pdftotext -bbox). */
function words(pdf: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  const out: Word[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/.exec(line);
    if (m) out.push({ page, xMin: +m[1], yMin: +m[2], xMax: +m[3], yMax: +m[4], text: m[5] });
  }
  return out;
}

/** The text lines of a page (pdftotext -layout), blank lines dropped. */
function pageLines(pdf: string, page: number): string[] {
  return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-'], { encoding: 'utf8' })
    .split('\n').map((l) => l.trim()).filter(Boolean);
}

/** Horizontal runs of a colour on a page rendered at `dpi` (at 72, 1 px = 1 pt): [y, xStart, xEnd] of runs of `minRun` px or more. */
function colourRuns(pdf: string, page: number, isColour: (r: number, g: number, b: number) => boolean, dpi = 72, minRun = 100): Array<[number, number, number]> {
  const ppm = execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), pdf], { maxBuffer: 64 << 20 });
  // P6\n<w> <h>\n255\n<rgb…>
  let at = 0;
  const fields: string[] = [];
  while (fields.length < 4) {
    while (ppm[at] === 0x20 || ppm[at] === 0x0a) at++;
    let s = '';
    while (ppm[at] !== 0x20 && ppm[at] !== 0x0a) s += String.fromCharCode(ppm[at++]);
    fields.push(s);
  }
  at++;
  const [, w, h] = fields.map(Number);
  const runs: Array<[number, number, number]> = [];
  for (let y = 0; y < h; y++) {
    let start = -1;
    for (let x = 0; x <= w; x++) {
      const i = at + (y * w + x) * 3;
      const on = x < w && isColour(ppm[i], ppm[i + 1], ppm[i + 2]);
      if (on && start < 0) start = x;
      if (!on && start >= 0) {
        if (x - start >= minRun) runs.push([y, start, x]);
        start = -1;
      }
    }
  }
  return runs;
}

const red = (r: number, g: number, b: number) => r > 180 && g < 90 && b < 90;
const dark = (r: number, g: number, b: number) => r < 90 && g < 90 && b < 90;

/** Runs on neighbouring rows are one line: [y, xStart, xEnd] of each. */
function lines(runs: Array<[number, number, number]>): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (last && r[0] - last[0] <= 1 && Math.abs(r[1] - last[1]) < 3) last[0] = r[0];
    else out.push([...r]);
  }
  return out;
}

describe('Word export printed by LibreOffice (GB/T 9704)', function () {
  const pdfs = new Map<string, string>();
  const g = pageGeometry();

  before(async function () {
    if (!has('soffice') || !has('pdftotext') || !has('pdftoppm')) {
      if (process.env.CI) assert.fail('soffice and poppler are installed by .ci/run');
      this.skip();
    }
    this.timeout(240_000);
    const dir = mkdtempSync(join(tmpdir(), 'wenmi-pdf-'));
    const docs: string[] = [];
    for (const f of readdirSync(FIXTURES).filter((f) => f.endsWith('.gw'))) {
      const docx = join(dir, basename(f, '.gw') + '.docx');
      writeFileSync(docx, await writeDocx(parse(readFileSync(join(FIXTURES, f), 'utf8'))));
      docs.push(docx);
    }
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, ...docs], { stdio: 'ignore', timeout: 230_000 });
    for (const d of docs) pdfs.set(basename(d, '.docx'), d.replace(/\.docx$/, '.pdf'));
  });

  it('every fixture: A4 pages, as many as the layout model counts', () => {
    for (const [name, pdf] of pdfs) {
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
      assert.ok(Math.abs(+size[1] - 595.3) < 1 && Math.abs(+size[2] - 841.9) < 1, `${name}: ${info}`);
      const want = paginate(blocksOf(parse(readFileSync(join(FIXTURES, `${name}.gw`), 'utf8')))).length;
      assert.equal(Number(/Pages:\s+(\d+)/.exec(info)![1]), want, name);
    }
  });

  it('a full body page: 22 lines of text, 28 characters on a full line, in the 版心 (5.2.2)', () => {
    const pdf = pdfs.get('意见-多页')!;
    const body = pageLines(pdf, 3).filter((l) => !/^—\s*\d+\s*—$/.test(l));
    assert.equal(body.length, GBT9704.grid.linesPerPage, body.join('\n'));
    // 28 characters on a line that runs on, never more (a paragraph's first line has its two characters of indent; a
    // line may end a character early where a mark must not start the next one).
    const lengths = body.map((l) => l.replace(/\s/g, '').length);
    assert.equal(Math.max(...lengths), GBT9704.grid.charsPerLine, JSON.stringify(lengths));
    assert.ok(lengths.filter((n) => n === GBT9704.grid.charsPerLine).length >= body.length / 2, JSON.stringify(lengths));
    const ws = words(pdf).filter((w) => w.page === 3 && !/^[—\d]+$/.test(w.text));
    const left = Math.min(...ws.map((w) => w.xMin));
    // The right edge most full lines reach (a closing mark may hang a little beyond it, as LibreOffice and Word let it).
    const edges = ws.map((w) => Math.round(w.xMax));
    const right = Number([...new Set(edges)].sort((a, b) => edges.filter((e) => e === b).length - edges.filter((e) => e === a).length)[0]);
    const top = Math.min(...ws.map((w) => w.yMin));
    const bottom = Math.max(...ws.map((w) => w.yMax));
    const tol = GBT9704.margins.toleranceMm * PT_PER_MM;
    assert.ok(Math.abs(left - g.marginLeftMm * PT_PER_MM) < tol, `订口 ${(left / PT_PER_MM).toFixed(1)} mm`);
    assert.ok(Math.abs(right - (g.marginLeftMm + g.textWidthMm) * PT_PER_MM) < tol, `版心 right edge ${(right / PT_PER_MM).toFixed(1)} mm`);
    // The glyphs sit inside their line: the first line's ink starts within a line of the 天头, the last ends inside the 版心.
    assert.ok(top >= g.marginTopMm * PT_PER_MM - tol && top < g.marginTopMm * PT_PER_MM + g.linePitchPt, `天头 ${(top / PT_PER_MM).toFixed(1)} mm`);
    assert.ok(bottom <= (g.marginTopMm + g.textHeightMm) * PT_PER_MM + tol, `版心 bottom ${(bottom / PT_PER_MM).toFixed(1)} mm`);
  });

  it('page numbers on the outer side: right on odd pages, left on even ones (7.5)', () => {
    const ws = words(pdfs.get('意见-多页')!);
    const mid = (g.widthMm / 2) * PT_PER_MM;
    for (const page of [1, 2, 3, 4]) {
      const n = ws.find((w) => w.page === page && w.text === String(page) && w.yMin > (g.marginTopMm + g.textHeightMm) * PT_PER_MM);
      assert.ok(n, `page number on page ${page}`);
      assert.ok(page % 2 ? n.xMin > mid : n.xMax < mid, `page ${page}: number at x ${n.xMin}`);
    }
  });

  it('the 版头: the red 分隔线 under the 发文字号, as wide as the 版心 (7.2.7); 签发人 on the 发文字号 line (7.2.6)', () => {
    const pdf = pdfs.get('请示-签发人')!;
    const reds = lines(colourRuns(pdf, 1, red)).filter(([, a, b]) => b - a > 300);
    assert.equal(reds.length, 1, JSON.stringify(reds));
    const [y, a, b] = reds[0];
    assert.ok(Math.abs(b - a - g.textWidthMm * PT_PER_MM) < 3 * PT_PER_MM, `分隔线 ${((b - a) / PT_PER_MM).toFixed(1)} mm`);
    const ws = words(pdf).filter((w) => w.page === 1);
    const docNo = ws.find((w) => w.text.includes('15'))!;
    const signer = ws.find((w) => w.text.includes('周立新'))!;
    assert.ok(docNo && signer && Math.abs(docNo.yMin - signer.yMin) < 3, 'the 发文字号 and the 签发人 on one line');
    assert.ok(docNo.xMin < (g.marginLeftMm + 20) * PT_PER_MM && signer.xMax > (g.marginLeftMm + g.textWidthMm - 20) * PT_PER_MM);
    assert.ok(y > docNo.yMax && y - docNo.yMax < 10 * PT_PER_MM, `分隔线 ${((y - docNo.yMax) / PT_PER_MM).toFixed(1)} mm under the 发文字号`);
    // The 发文机关标志 is red too (7.2.4): its glyphs, above the line.
    const mark = ws.find((w) => w.text.includes('文件'))!;
    assert.ok(colourRuns(pdf, 1, red, 72, 1).filter(([ry]) => ry >= mark.yMin && ry <= mark.yMax).length > 20);
  });

  it('the 信函格式: a red double line under the 发文机关标志, 170 mm long; no page number on the first page (10.1)', () => {
    const pdf = pdfs.get('函-信函格式')!;
    // (At 300 dpi the two lines of the pair, a few tenths of a millimetre apart, are told apart.)
    const scale = 300 / 72;
    const reds = lines(colourRuns(pdf, 1, red, 300)).filter(([, a, b]) => b - a > 300 * scale);
    assert.equal(reds.length, 2, JSON.stringify(reds));
    for (const [, a, b] of reds) assert.ok(Math.abs((b - a) / scale - GBT9704.letter.lineLengthMm * PT_PER_MM) < 4 * PT_PER_MM, `${((b - a) / scale / PT_PER_MM).toFixed(1)} mm`);
    assert.ok(reds[1][0] - reds[0][0] < 2 * PT_PER_MM * scale, 'a pair of lines');
    assert.ok(!pageLines(pdf, 1).some((l) => /^—\s*1\s*—$/.test(l)));
  });

  it('the 版记: a thick line above the 抄送, a thin one between it and the 印发 line, a thick one under it (7.4)', () => {
    const pdf = pdfs.get('通知-附件-版记')!;
    const last = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    const rules = lines(colourRuns(pdf, last, dark)).filter(([, a, b]) => Math.abs(b - a - g.textWidthMm * PT_PER_MM) < 3 * PT_PER_MM);
    assert.equal(rules.length, 3, JSON.stringify(rules));
    const ws = words(pdf).filter((w) => w.page === last);
    const cc = ws.find((w) => w.text.startsWith('抄送'))!;
    const imprint = ws.find((w) => w.text.includes('印发'))!;
    assert.ok(rules[0][0] < cc.yMin && rules[1][0] > cc.yMax && rules[1][0] < imprint.yMin && rules[2][0] > imprint.yMax);
    // 印发机关 on the left, 印发日期 on the right of the same line (7.4.3).
    assert.ok(imprint.xMax > (g.marginLeftMm + g.textWidthMm - 20) * PT_PER_MM);
  });

  it('each 附件 starts a new page with its label at the top left (7.3.7)', () => {
    const pdf = pdfs.get('通知-附件-版记')!;
    for (const [page, label] of [[3, '附件1'], [4, '附件2']] as const) assert.equal(pageLines(pdf, page)[0].replace(/\s/g, ''), label);
  });
});
