import { expect, type Page } from '@playwright/test';

/** What a download brought: its suggested name and bytes. */
export async function downloaded(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; bytes: Buffer }> {
  const waiting = page.waitForEvent('download');
  await click();
  const download = await waiting;
  const chunks: Buffer[] = [];
  for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
  return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

/** The elements reaching past the right edge: none at WCAG's 320 px reflow width. */
export async function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return [];
    return [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5)
      .slice(0, 3)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className || ''}`);
  });
}

/** The person's "Share with a clinician" screen. */
export class SharePage {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }
  async makeCode(): Promise<string> {
    await this.page.getByRole('button', { name: 'Make a share code' }).click();
    const code = this.page.locator('.share-code');
    await expect(code).toHaveText(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    return (await code.textContent()) ?? '';
  }
  access(clinician: string) {
    return this.page
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { name: clinician }) });
  }
  mayAdjust(clinician: string) {
    return this.page.getByRole('checkbox', { name: `${clinician} may adjust my programme`, exact: false });
  }
  async stopSharing(clinician: string): Promise<void> {
    await this.page.getByRole('button', { name: `Stop sharing with ${clinician}` }).click();
    await expect(this.page.getByRole('status')).toHaveText(`Stopped sharing with ${clinician}.`);
  }
  accessLog() {
    return this.page.getByRole('table');
  }
}

/** The clinician's sign-up and workspace. */
export class ClinicianPages {
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }
  async signUp(email: string, password: string, name: string): Promise<void> {
    await this.page.getByLabel('Email').fill(email);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('checkbox', { name: /I am a clinician/ }).check();
    await this.page.getByLabel('Your name, as your patients will see it').fill(name);
    await this.page.getByRole('button', { name: 'Create account and sync' }).click();
    await expect(this.page.getByRole('heading', { name: `Signed in as ${email}` })).toBeVisible();
    await expect(this.page.getByText(`Clinician account (${name}).`)).toBeVisible();
  }
  async redeem(): Promise<void> {
    await this.page.getByRole('button', { name: "Open the patient's entries" }).click();
  }
  patient(label: string) {
    return this.page.getByRole('listitem').filter({ has: this.page.getByRole('link', { name: label }) });
  }
  /** Chooses exercises (by their names) with reps, and the rest of the programme. */
  async adjust(programme: {
    exercises: { name: string; reps?: number; sets?: number }[];
    phase?: string;
    sessionsPerDay?: number;
    note?: string;
  }): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Adjust the programme' });
    for (const e of programme.exercises) {
      await form.getByRole('checkbox', { name: e.name, exact: true }).check();
      if (e.reps !== undefined)
        await form.getByLabel(`Repetitions (1 to 30), ${e.name}`).fill(String(e.reps));
      if (e.sets !== undefined) await form.getByLabel(`Sets (1 to 5), ${e.name}`).fill(String(e.sets));
    }
    if (programme.sessionsPerDay !== undefined)
      await form.getByLabel(/^Sessions per day/).fill(String(programme.sessionsPerDay));
    if (programme.phase) await form.getByLabel('Phase').selectOption({ label: programme.phase });
    if (programme.note) await form.getByLabel(/^A note to the person/).fill(programme.note);
    await form.getByRole('button', { name: 'Save the programme' }).click();
  }
  /** The form shows this programme: these exercises chosen (with their reps), and no other; the phase and the note. */
  async expectProgramme(programme: {
    exercises: { name: string; reps?: number }[];
    phase: string;
    note: string;
  }): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Adjust the programme' });
    for (const e of programme.exercises) {
      await expect(form.getByRole('checkbox', { name: e.name, exact: true })).toBeChecked();
      await expect(form.getByLabel(`Repetitions (1 to 30), ${e.name}`)).toHaveValue(
        e.reps === undefined ? '' : String(e.reps),
      );
    }
    await expect(form.getByRole('checkbox', { checked: true })).toHaveCount(programme.exercises.length);
    await expect(form.getByLabel('Phase').locator('option:checked')).toHaveText(programme.phase);
    await expect(form.getByLabel(/^A note to the person/)).toHaveValue(programme.note);
  }
}
