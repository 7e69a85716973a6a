/**
 * The Word export (src/docx/write.ts, `wenmi export`): the .docx carries GB/T 9704's page, margins, line grid, fonts,
 * sizes, indents and page numbers, read back from the package's XML.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { parse } from '../../src/core';
import { blocksOf, paginate } from '../../src/core/layout';
import { writeDocx } from '../../src/docx/write';
import { main } from '../../src/cli/main';
import { nodeIO } from '../../src/cli/io';

const root = join(__dirname, '..', '..');
const SAMPLE = readFileSync(join(root, 'samples', '通知-开展消防安全检查.gw'), 'utf8');

async function parts(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const read = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve('');
  const footers = await Promise.all(Object.keys(zip.files).filter((f) => /^word\/footer\d+\.xml$/.test(f)).map(read));
  return { document: await read('word/document.xml'), styles: await read('word/styles.xml'), settings: await read('word/settings.xml'), footers };
}

/** The run properties of the paragraph that holds `text`. */
function paragraphWith(xml: string, text: string): string {
  const p = xml.split('<w:p>').find((x) => x.includes(text));
  assert.ok(p, `a paragraph with ${text}`);
  return p;
}

describe('Word export (GB/T 9704)', function () {
  this.timeout(20000);
  let xml: Awaited<ReturnType<typeof parts>>;
  before(async () => {
    xml = await parts(await writeDocx(parse(SAMPLE)));
  });

  it('A4 with 天头 37 mm, 订口 28 mm and the 版心 156 × 225 mm (5.2)', () => {
    assert.match(xml.document, /<w:pgSz w:w="11906" w:h="16838"/);
    assert.match(xml.document, /<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
  });

  it('22 lines to the 版心: a line grid and an exact line pitch of 28.99 pt (5.2.2.3)', () => {
    assert.match(xml.document, /<w:docGrid w:type="default" w:linePitch="579"/);
    assert.match(xml.styles, /<w:spacing w:line="579" w:lineRule="exact"\/>/);
  });

  it('the title in 二号 小标宋, centred (7.3.1); the body in 三号 仿宋 with two characters of indent (7.3.3)', () => {
    const title = paragraphWith(xml.document, '青山市教育局关于');
    assert.match(title, /w:eastAsia="方正小标宋简体"/);
    assert.match(title, /<w:sz w:val="44"\/>/);
    assert.match(title, /<w:jc w:val="center"\/>/);
    const body = paragraphWith(xml.document, '为切实做好');
    assert.match(body, /w:eastAsia="仿宋_GB2312"/);
    assert.match(body, /<w:sz w:val="32"\/>/);
    assert.match(body, /w:firstLine="640"/);
  });

  it('层次: 一、 in 黑体, （一） in 楷体 (7.3.3)', () => {
    assert.match(paragraphWith(xml.document, '一、检查时间'), /w:eastAsia="黑体"/);
    assert.match(paragraphWith(xml.document, '（一）消防安全责任制'), /w:eastAsia="楷体_GB2312"/);
  });

  it('the 成文日期 right-aligned four characters in (7.3.5)', () => {
    const date = paragraphWith(xml.document, '2024年8月9日');
    assert.match(date, /<w:jc w:val="right"\/>/);
    assert.match(date, /w:right="1280"/);
  });

  it('page numbers “— 1 —” in 四号 宋体, right on odd pages and left on even ones (7.5)', () => {
    assert.match(xml.settings, /<w:evenAndOddHeaders\/>/);
    assert.equal(xml.footers.length, 2);
    for (const f of xml.footers) {
      assert.match(f, /PAGE/);
      assert.match(f, /— /);
      assert.match(f, /w:eastAsia="宋体"/);
      assert.match(f, /<w:sz w:val="28"\/>/);
    }
    assert.ok(xml.footers.some((f) => /<w:jc w:val="right"\/>/.test(f)) && xml.footers.some((f) => /<w:jc w:val="left"\/>/.test(f)));
  });

  it('LibreOffice opens the export and prints A4 pages, as many as the layout model counts', async function () {
    const has = (cmd: string) => {
      try {
        execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
        return true;
      } catch {
        return false;
      }
    };
    if (!has('soffice') || !has('pdfinfo')) {
      // CI installs both (.ci/run); a machine without them skips, and says so.
      if (process.env.CI) assert.fail('soffice and pdfinfo are installed by .ci/run');
      this.skip();
    }
    this.timeout(120_000);
    const dir = mkdtempSync(join(tmpdir(), 'wenmi-lo-'));
    const docx = join(dir, 'draft.docx');
    writeFileSync(docx, await writeDocx(parse(SAMPLE)));
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'ignore', timeout: 110_000 });
    const info = execFileSync('pdfinfo', [join(dir, 'draft.pdf')], { encoding: 'utf8' });
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
    assert.ok(size, info);
    // A4: 595.3 × 841.9 pt (210 × 297 mm), within a point.
    assert.ok(Math.abs(Number(size[1]) - 595.3) < 1 && Math.abs(Number(size[2]) - 841.9) < 1, info);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    assert.equal(pages, paginate(blocksOf(parse(SAMPLE))).length);
  });

  it('wenmi export writes the .docx beside the draft, and says when it cannot read the draft (exit 3)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wenmi-export-'));
    const out: string[] = [];
    const err: string[] = [];
    const io = { ...nodeIO(), cwd: dir, stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s) };
    const draft = join(dir, '通知.gw');
    require('node:fs').writeFileSync(draft, SAMPLE);
    assert.equal(await main(['export', '通知.gw'], io), 0);
    assert.ok(existsSync(join(dir, '通知.docx')));
    const back = await parts(readFileSync(join(dir, '通知.docx')));
    assert.match(back.document, /青山市教育局/);
    assert.equal(await main(['export', 'missing.gw'], io), 3);
    assert.match(err.join(''), /missing\.gw/);
    assert.equal(await main(['export'], io), 2);
    assert.equal(await main(['export', '通知.gw', '-o', '通知.gw'], io), 2);
  });

  it('wenmi export --pdf prints the .docx to PDF beside it; without LibreOffice it says so (exit 5) and keeps the .docx', async function () {
    this.timeout(120_000);
    const dir = mkdtempSync(join(tmpdir(), 'wenmi-export-pdf-'));
    writeFileSync(join(dir, '通知.gw'), SAMPLE);
    const err: string[] = [];
    const io = { ...nodeIO(), cwd: dir, stdout: () => {}, stderr: (s: string) => void err.push(s) };
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      assert.equal(await main(['export', '通知.gw', '--pdf'], io), 5);
    } finally {
      process.env.PATH = path;
    }
    assert.match(err.join(''), /LibreOffice/);
    assert.ok(existsSync(join(dir, '通知.docx')));
    let soffice = true;
    try {
      execFileSync('sh', ['-c', 'command -v soffice'], { stdio: 'ignore' });
    } catch {
      soffice = false;
    }
    if (!soffice) {
      if (process.env.CI) assert.fail('soffice is installed by .ci/run');
      return this.skip();
    }
    assert.equal(await main(['export', '通知.gw', '--pdf'], io), 0);
    assert.match(readFileSync(join(dir, '通知.pdf')).subarray(0, 5).toString('latin1'), /^%PDF-/);
  });
});
