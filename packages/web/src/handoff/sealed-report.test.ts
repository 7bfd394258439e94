import { describe, expect, it } from 'vitest';
import type { ReportData } from '../screens/report/report-data.js';
import { handoffLink, openReport, parseHandoffFragment, sealReport } from './sealed-report.js';

const report = {
  madeOn: '2026-12-01',
  condition: 'Neck pain with muscle spasm (ICD-10 M54.2 Cervicalgia), self-reported.',
  onset: ['Started on 2026-11-28.'],
  triage: { summary: 'No red-flag check recorded.', reasons: [], answers: [] },
  pain: { dates: [], pain: [], band: null },
  painSummary: 'No pain scores recorded yet.',
  tried: [],
  medicines: 'Paracetamol, as the label says',
  adherence: 'Days with a finished session in the last 7 days: 0 of 7 (0 sessions).',
  psfs: ['Not scored yet.'],
  questions: ['Is the purple-giraffe ache normal?'],
} as unknown as ReportData;

describe('a sealed report', () => {
  it('opens again with its key, whole', async () => {
    const sealed = await sealReport(report);
    expect(await openReport(sealed)).toEqual({ ok: true, report });
  });

  it("holds none of the person's words in what the server gets", async () => {
    const sealed = await sealReport(report);
    const sent = JSON.stringify({ ciphertext: sealed.ciphertext, iv: sealed.iv });
    const decoded = atob(sealed.ciphertext.replaceAll('-', '+').replaceAll('_', '/'));
    for (const words of ['purple-giraffe', 'Paracetamol', 'M54.2']) {
      expect(sent).not.toContain(words);
      expect(decoded).not.toContain(words);
    }
    expect(sent).not.toContain(sealed.key);
  });

  it('uses a fresh key and IV every time', async () => {
    const [a, b] = await Promise.all([sealReport(report), sealReport(report)]);
    expect(a.key).not.toBe(b.key);
    expect(a.iv).not.toBe(b.iv);
    expect(a.key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.iv).toMatch(/^[A-Za-z0-9_-]{16}$/);
  });

  it('does not open with another key, or once a byte is changed', async () => {
    const [a, b] = await Promise.all([sealReport(report), sealReport(report)]);
    expect(await openReport({ ...a, key: b.key })).toEqual({ ok: false, error: 'wrong_key' });
    const flipped = `${a.ciphertext.slice(0, 5)}${a.ciphertext[5] === 'A' ? 'B' : 'A'}${a.ciphertext.slice(6)}`;
    expect(await openReport({ ...a, ciphertext: flipped })).toEqual({ ok: false, error: 'wrong_key' });
  });
});

describe('the hand-off link', () => {
  it('carries the id and key in the fragment only, and reads them back', () => {
    const id = 'A'.repeat(22);
    const key = 'k'.repeat(43);
    const link = new URL(handoffLink('https://crick.example.org', id, key));
    expect(link.pathname).toBe('/handoff.html');
    expect(link.search).toBe('');
    expect(parseHandoffFragment(link.hash)).toEqual({ id, key });
  });

  it('refuses a fragment that is not one', () => {
    expect(parseHandoffFragment('#/report')).toBeUndefined();
    expect(parseHandoffFragment(`#${'A'.repeat(22)}.short`)).toBeUndefined();
  });
});
