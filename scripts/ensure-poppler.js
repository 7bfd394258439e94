// Finds Poppler's pdfinfo, pdftotext and pdffonts for the tests that read a made PDF back as a
// PDF reader would, or installs Debian's poppler-utils with apt-get.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const tools = ['/usr/bin/pdfinfo', '/usr/bin/pdftotext', '/usr/bin/pdffonts'];

/** The paths of pdfinfo, pdftotext and pdffonts, installing poppler-utils first when they are missing. */
export function ensurePoppler() {
  if (!tools.every((p) => existsSync(p))) {
    console.log('Poppler tools not found; installing the Debian package: apt-get install -y poppler-utils');
    const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
    const run = (args) => {
      console.log(`$ ${[...sudo, ...args].join(' ')}`);
      execFileSync(sudo[0] ?? args[0], sudo.length ? args : args.slice(1), { stdio: 'inherit' });
    };
    run(['apt-get', 'update']);
    run(['apt-get', 'install', '-y', '--no-install-recommends', 'poppler-utils']);
    if (!tools.every((p) => existsSync(p)))
      throw new Error('apt-get finished but pdfinfo, pdftotext or pdffonts is not in /usr/bin');
  }
  return { pdfinfo: tools[0], pdftotext: tools[1], pdffonts: tools[2] };
}

/** A PDF read back by Poppler: its page count (pdfinfo) and its text (pdftotext, UTF-8). */
export function readPdf(bytes) {
  const { pdfinfo, pdftotext, pdffonts } = ensurePoppler();
  const dir = mkdtempSync(join(tmpdir(), 'crick-pdf-'));
  try {
    const file = join(dir, 'report.pdf');
    writeFileSync(file, bytes);
    const info = execFileSync(pdfinfo, [file], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
    const text = execFileSync(pdftotext, ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' });
    const fonts = execFileSync(pdffonts, [file], { encoding: 'utf8' });
    return { pages, text, fonts };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(ensurePoppler());
}
