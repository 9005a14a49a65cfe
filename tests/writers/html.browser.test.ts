/**
 * The HTML export in a real browser: Debian's chromium (/usr/bin/chromium; `.ci/run`
 * installs it) driven by playwright-core, one launch for the file, a fresh profile, no
 * network features. The seed shows its title, time and captions, and its JSON-LD parses;
 * a hostile article opens no dialog, runs none of its text as script, and shows it literally.
 *
 * Without chromium these tests fail, on purpose: `apt-get install -y chromium`.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/model/article.js';
import { parseBytes } from '../../src/parse.js';
import { toHtml } from '../../src/writers/html/index.js';
import { ROOT } from './articles.js';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
/** After load, how long an injected handler (onerror, a timer) would have had to run. */
const SETTLE_MS = 300;

const profile = mkdtempSync(join(tmpdir(), 'vnnews-chromium-'));
const state: { context: BrowserContext | null } = { context: null };

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install it with \`apt-get install -y chromium\` (.ci/run does)`);
  state.context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS });
}, 30_000);

afterAll(async () => {
  await state.context?.close();
  rmSync(profile, { recursive: true, force: true });
});

interface Loaded {
  page: Page;
  dialogs: string[];
  errors: string[];
}

/** Opens a page with the HTML, recording dialogs, script errors and console errors. */
async function load(html: string): Promise<Loaded> {
  const page = await state.context!.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // Images are not served here (the page has no base URL): their load failures are expected.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
  });
  await page.setContent(html, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  return { page, dialogs, errors };
}

const parse = (name: string): Article => {
  const path = `fixtures/${name}/input.txt`;
  return parseBytes(readFileSync(join(ROOT, path)), { path });
};

describe('the seed in chromium', () => {
  const article = parse('seed');

  it('shows the title, the byline time and the three captions; the JSON-LD parses with the headline', async () => {
    const { page, dialogs, errors } = await load(toHtml(article));
    expect(await page.title()).toBe(article.title);
    await expect(page.locator('h1').textContent()).resolves.toBe(article.title);
    expect(await page.locator('h1').isVisible()).toBe(true);
    const time = page.locator('header time');
    expect(await time.isVisible()).toBe(true);
    expect(await time.getAttribute('datetime')).toBe('2025-03-11T20:25:00+07:00');
    expect(await time.textContent()).toBe('20:25 11/03/2025');
    const captions = page.locator('figcaption');
    expect(await captions.count()).toBe(3);
    for (let index = 0; index < 3; index += 1) {
      expect(await captions.nth(index).isVisible()).toBe(true);
      expect(await captions.nth(index).innerText()).toBe(article.images[index]!.caption);
    }
    const jsonLd = await page.locator('script[type="application/ld+json"]').textContent();
    expect(JSON.parse(jsonLd ?? '')).toMatchObject({ '@type': 'NewsArticle', headline: article.title });
    expect({ dialogs, errors }).toEqual({ dialogs: [], errors: [] });
    await page.close();
  });
});

describe('a hostile article in chromium', () => {
  // fixtures/hostile: <script> and onerror in the text, a "javascript:…//x.jpg" image line,
  // "</script><!--" in the title; plus an official whose title tries to break the attribute.
  const article = parse('hostile');
  article.officials = [
    {
      name: 'Vũ Ba',
      titles: ['"><script>alert(5)</script>'],
      mentions: [{ in: 'paragraph', index: 0, start: 0, end: 4, text: article.paragraphs[0]!.slice(0, 4) }],
    },
  ];

  it('opens no dialog, runs no script of the article, and shows the text literally', async () => {
    const { page, dialogs, errors } = await load(toHtml(article));
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    // The only script element is the JSON-LD, which is data, and it still reads back.
    // (Functions run in the page are given as source text: this project's types have no DOM.)
    const scripts = await page.evaluate('[...document.scripts].map((script) => script.type)');
    expect(scripts).toEqual(['application/ld+json']);
    const jsonLd = await page.locator('script[type="application/ld+json"]').textContent();
    expect(JSON.parse(jsonLd ?? '').headline).toBe(article.title);
    // No element or attribute came from the text.
    const handlers = await page.evaluate(
      "[...document.querySelectorAll('*')].flatMap((element) => [...element.attributes].map((a) => a.name)).filter((name) => name.startsWith('on'))",
    );
    expect(handlers).toEqual([]);
    expect(await page.locator('body img, body svg, body a, body b').count()).toBe(0);
    // What the text says is on the page, as text.
    expect(await page.title()).toBe(article.title);
    expect(await page.locator('h1').innerText()).toBe(article.title);
    expect(await page.locator('p.lead').innerText()).toBe(article.lead);
    expect(await page.locator('article > p').nth(1).innerText()).toBe(article.paragraphs[0]);
    expect(await page.locator('figcaption').innerText()).toBe(`${article.images[0]!.caption} Ảnh: ${article.images[0]!.credit}`);
    await page.close();
  });
});

describe('the harness', () => {
  it('does catch a dialog and an event handler that runs (the checks above can fail)', async () => {
    const { page, dialogs } = await load('<!DOCTYPE html><title>t</title><img src="x" onerror="alert(1)"><script>alert(2)</script>');
    expect(dialogs.sort()).toEqual(['alert: 1', 'alert: 2']);
    await page.close();
  });
});
