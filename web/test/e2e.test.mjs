// End-to-end test of the built playground (web/dist) in headless Chromium:
// run a script, step through it, and check that the page logs no errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';

const webDir = fileURLToPath(new URL('..', import.meta.url));
const distDir = join(webDir, 'dist');
const artifactsDir = join(webDir, 'test-artifacts');
const CHROMIUM = '/usr/bin/chromium';

const SCRIPT = 'local x = 6\nlocal y = x * 7\nprint(y)\nreturn y';

async function launch() {
  const profile = mkdtempSync(join(tmpdir(), 'redlua-web-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// Everything the page reports that a clean page would not.
function watchProblems(page) {
  const problems = [];
  page.on('console', (msg) => {
    const text = msg.text();
    if (msg.type() === 'error' || /Could not create web worker/i.test(text)) problems.push(`console.${msg.type()}: ${text}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return problems;
}

async function replaceScript(page, source) {
  await page.click('#editor .view-lines');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(source);
  assert.equal(await page.evaluate(() => window.editor.getValue()), source);
}

const text = (page, selector) => page.locator(selector).textContent();
const stateField = (page, name) => text(page, `#state [data-field="${name}"] dd`);
const register = (page, index) => text(page, `#registers tr[data-reg="${index}"] .value`);

test('the playground runs and steps a script with no console errors', async (t) => {
  assert.ok(existsSync(join(distDir, 'index.html')),
    `${distDir}/index.html is missing: build the playground first (npm --prefix web run build)`);
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing (apt-get install -y chromium)`);

  const server = await startServer(distDir, 0);
  t.after(() => server.close());
  const browser = await launch();
  t.after(() => browser.close());

  const page = browser.context.pages()[0] ?? await browser.context.newPage();
  page.setDefaultTimeout(10_000);
  const problems = watchProblems(page);
  const url = `http://127.0.0.1:${server.address().port}/`;

  const started = Date.now();
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.ready === '1', null, { timeout: 30_000 });
  t.diagnostic(`page ready in ${Date.now() - started} ms`);

  await t.test('the editor shows the example with Lua highlighting', async () => {
    const value = await page.evaluate(() => window.editor.getValue());
    assert.match(value, /^local a = 1\nlocal b = a \+ 2\nprint\(b \* 10\)\nreturn b/);
    assert.equal(await page.evaluate(() => window.editor.getModel().getLanguageId()), 'lua');
    // The keyword, the rest and the number of `local a = 1` are painted as different tokens.
    // Monaco tokenizes after the first paint, so wait until the line is split into tokens.
    await page.waitForFunction(() => {
      const line = [...document.querySelectorAll('#editor .view-line')]
        .find((l) => l.textContent.replace(/\u00a0/g, ' ') === 'local a = 1');
      return (line?.querySelectorAll('span > span').length ?? 0) >= 3;
    }, null, { timeout: 10_000 }).catch(() => {});  // on timeout, the assertions below report what was painted
    const classes = await page.evaluate(() => {
      const plain = (el) => el.textContent.replace(/\u00a0/g, ' ');
      const line = [...document.querySelectorAll('#editor .view-line')].find((l) => plain(l) === 'local a = 1');
      return [...(line?.querySelectorAll('span > span') ?? [])].map((s) => [plain(s), s.className]);
    });
    assert.deepEqual(classes.map(([t]) => t), ['local', ' a = ', '1']);
    assert.equal(new Set(classes.map(([, c]) => c)).size, 3);
  });

  await t.test('Run shows the output and the result', async () => {
    await replaceScript(page, SCRIPT);
    await page.click('#run');
    await page.waitForSelector('#out .result, #out .error');
    assert.equal(await text(page, '#out .print'), '42\n');
    assert.equal(await text(page, '#out .result'), 'result: 42');
    assert.equal(await page.locator('#out .error').count(), 0);
  });

  await t.test('Step executes one instruction per press', async () => {
    await page.click('#step');
    await page.waitForSelector('#registers tr[data-reg="0"]');
    assert.equal(await stateField(page, 'status'), 'paused');
    assert.equal(await stateField(page, 'step'), '1');
    assert.equal(await stateField(page, 'pc'), '2');
    assert.equal(await stateField(page, 'line'), '2');
    assert.equal(await register(page, 0), '6');
    assert.equal(await text(page, '#registers tr[data-reg="0"] .name'), 'x');

    await page.click('#step');
    await page.waitForFunction(() => document.querySelector('#state [data-field="step"] dd')?.textContent === '2');
    assert.equal(await stateField(page, 'pc'), '3');
    assert.equal(await stateField(page, 'line'), '3');
    assert.equal(await register(page, 1), '42');
    assert.equal(await text(page, '#registers tr[data-reg="1"] .name'), 'y');
    // The current line (3) is marked in the editor (Monaco paints it on the next frame).
    await page.waitForFunction(() => {
      const marks = document.querySelectorAll('#editor .redlua-exec-line');
      const top = window.editor.getTopForLineNumber(3) - window.editor.getScrollTop();
      return marks.length === 1 && parseFloat(marks[0].parentElement.style.top) === top;
    });

    mkdirSync(artifactsDir, { recursive: true });
    await page.screenshot({ path: join(artifactsDir, 'playground.png') });
  });

  await t.test('stepping to the end shows the output and the result', async () => {
    for (let i = 0; i < 20 && (await stateField(page, 'status')) !== 'finished'; i++) await page.click('#step');
    assert.equal(await stateField(page, 'status'), 'finished');
    assert.equal(await text(page, '#out .print'), '42\n');
    assert.equal(await text(page, '#out .result'), 'result: 42');
    await page.waitForFunction(() => document.querySelectorAll('#editor .redlua-exec-line').length === 0);
    await page.screenshot({ path: join(artifactsDir, 'playground-finished.png') });
  });

  await t.test('an error is shown, and editing restarts the stepping session', async () => {
    await replaceScript(page, 'local t = nil\nprint("before")\nreturn t.x');
    await page.click('#run');
    await page.waitForSelector('#out .error');
    assert.equal(await text(page, '#out .print'), 'before\n');
    assert.match(await text(page, '#out .error'), /attempt to index local 't' \(a nil value\)/);

    await page.click('#step');
    await page.waitForFunction(() => document.querySelector('#state [data-field="step"] dd')?.textContent === '1');
    assert.equal(await stateField(page, 'line'), '2');
    assert.equal(await register(page, 0), 'nil');
  });

  await t.test("Monaco's editor worker starts, and UTF-8 text reaches Lua", async () => {
    // The editor worker starts on demand; unicode highlighting asks it to scan non-ASCII text.
    const worker = page.waitForEvent('worker');
    await replaceScript(page, 'local s = "h\u00e9llo"\nprint(s, #s)\nreturn s');
    assert.match((await worker).url(), /editor\.worker/);
    await page.click('#run');
    await page.waitForSelector('#out .result');
    assert.equal(await text(page, '#out .print'), 'h\u00e9llo\t6\n');
    assert.equal(await text(page, '#out .result'), 'result: h\u00e9llo');
  });

  assert.deepEqual(problems, [], `the page reported problems:\n${problems.join('\n')}`);
});
