// Helpers of the browser flows: launching Debian's Chromium, waiting for the page, screenshots.
import {chromium} from 'playwright-core';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

export const CHROMIUM = process.env.SVOD_CHROMIUM ?? '/usr/bin/chromium';
const TIMEOUT = 20_000;
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
  "base-uri 'none'; form-action 'self'";
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_RULES = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

export function log(message) {
  console.log(`[flows] ${message}`);
}

/** Debian's Chromium with a fresh profile; Playwright downloads no browser of its own. */
export async function launch() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing at ${CHROMIUM}: install it with 'apt-get install -y chromium' ` +
      '(or set SVOD_CHROMIUM to another Chromium binary)');
  }
  const profile = mkdtempSync(join(tmpdir(), 'svod-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport: {width: 1280, height: 900},
    locale: 'ru-RU',
    acceptDownloads: true,
  });
  context.setDefaultTimeout(TIMEOUT);
  // the page is served as if under a strict Content-Security-Policy; any inline script or style would be refused
  await context.route(url => url.pathname === '/' || url.pathname === '/index.html', async route => {
    const response = await route.fetch();
    await route.fulfill({response, headers: {...response.headers(), 'content-security-policy': CSP}});
  });
  const close = async () => {
    await context.close();
    rmSync(profile, {recursive: true, force: true});
  };
  return {context, close};
}

/** A new tab that remembers uncaught script errors, so a flow can insist there were none. */
export async function newPage(context, viewport) {
  const page = await context.newPage();
  if (viewport) {
    await page.setViewportSize(viewport);
  }
  page.errors = [];
  page.on('pageerror', e => page.errors.push(e.message));
  page.on('console', message => {
    if (message.type() === 'error' && /Content Security Policy/.test(message.text())) {
      page.errors.push(message.text());
    }
  });
  return page;
}

export function screenshots(dir) {
  mkdirSync(dir, {recursive: true});
  return async (page, name, {fullPage = true} = {}) => {
    const path = join(dir, `${name}.png`);
    await page.screenshot({path, fullPage});
    log(`  screenshot ${path}`);
  };
}

/** Waits until the locator's text matches. */
export async function waitText(locator, pattern, timeout = TIMEOUT) {
  const until = Date.now() + timeout;
  let text = '';
  while (Date.now() < until) {
    text = (await locator.first().textContent().catch(() => null)) ?? '';
    if (pattern.test(text)) {
      return text;
    }
    await new Promise(r => setTimeout(r, 100));
  }
  throw new Error(`Timed out waiting for ${pattern} in ${locator}; last text: «${text.trim().slice(0, 300)}»`);
}

/** Waits until a condition on the page's DOM holds. */
export async function waitUntil(page, what, fn, arg) {
  try {
    await page.waitForFunction(fn, arg, {timeout: TIMEOUT});
  } catch (e) {
    throw new Error(`Timed out waiting until ${what}`);
  }
}

/** Waits until a CSS selector matches at least n elements; returns how many it matches. */
export async function atLeast(page, selector, n, what) {
  await waitUntil(page, `${what} (at least ${n})`, ([css, min]) =>
    document.querySelectorAll(css).length >= min, [selector, n]);
  return page.locator(selector).count();
}

export function check(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

/** No page wider than the viewport: nothing to scroll sideways on a phone. */
export async function assertNoSidewaysScroll(page, name) {
  const {scroll, width} = await page.evaluate(() =>
    ({scroll: document.documentElement.scrollWidth, width: window.innerWidth}));
  check(scroll <= width, `${name}: the page is ${scroll}px wide in a ${width}px viewport`);
}

/**
 * axe-core on the page as it stands (WCAG 2.1 A/AA and best practices). Every finding is logged; serious and
 * critical ones fail the flow. Evaluated through the debugger protocol, so a Content-Security-Policy is no bar.
 */
export async function audit(page, name) {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async tags => {
    const result = await window.axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']});
    return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}));
  }, AXE_RULES);
  for (const v of violations) {
    log(`  accessibility ${name}: ${v.impact} ${v.id}: ${v.help} (${v.nodes.join('; ')})`);
  }
  const serious = violations.filter(v => v.impact === 'serious' || v.impact === 'critical');
  check(!serious.length, `${name}: serious accessibility problems: ${serious.map(v => v.id).join(', ')}`);
}
