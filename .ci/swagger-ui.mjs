// Swagger UI in a real browser (run by .ci/swagger-ui, which installs the tools and starts the service).
//
//   node .ci/swagger-ui.mjs BASE_URL API_KEY OUT_DIR
//
// Opens BASE_URL/q/swagger-ui in headless Debian Chromium (playwright-core from .ci/.tools, no browser download),
// authorizes with API_KEY through the Authorize dialog, expands POST /api/v1/checks, "Try it out" with the
// documented example as Swagger UI prefills it, Execute, and asserts HTTP 200 with a verdict (a documented `rating`)
// in the response panel. Keeps OUT_DIR/checks.png (the operation after Execute) and, on failure,
// OUT_DIR/failure.png with the step that failed. Every wait is bounded (STEP_TIMEOUT_MS, default 60 s per step).
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const [base, key, outDir] = process.argv.slice(2);
if (!base || !key || !outDir) {
    console.error('usage: node .ci/swagger-ui.mjs BASE_URL API_KEY OUT_DIR');
    process.exit(2);
}
const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '.tools', 'package.json'));
const { chromium } = require('playwright-core');

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const STEP_TIMEOUT_MS = Number(process.env.STEP_TIMEOUT_MS || 60000);
const OPERATION = { method: 'post', path: '/api/v1/checks' };
const EXAMPLE = 'a true claim';   // the first (default) request example of POST /api/v1/checks

mkdirSync(outDir, { recursive: true });
const profile = mkdtempSync(path.join(tmpdir(), 'factcheck-swagger-ui-'));
let context;
let page;
let current = 'start';

async function step(name, fn) {
    current = name;
    const t0 = Date.now();
    const result = await fn();
    console.log(`  ok  ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    return result;
}

function fail(message) {
    throw new Error(message);
}

try {
    // What the service documents: the example Swagger UI should prefill, and the ratings a verdict may have
    const doc = await step('read the OpenAPI document', async () => {
        const r = await fetch(`${base}/q/openapi?format=json`, { signal: AbortSignal.timeout(STEP_TIMEOUT_MS) });
        if (r.status !== 200) fail(`GET /q/openapi answered ${r.status}`);
        return r.json();
    });
    const op = doc.paths?.[OPERATION.path]?.[OPERATION.method]
        ?? fail(`the OpenAPI document has no ${OPERATION.method.toUpperCase()} ${OPERATION.path}`);
    const example = op.requestBody?.content?.['application/json']?.examples?.[EXAMPLE]?.value
        ?? fail(`${OPERATION.path} documents no request example '${EXAMPLE}'`);
    const exampleJson = typeof example === 'string' ? JSON.parse(example) : example;
    const resultRef = op.responses?.['200']?.content?.['application/json']?.schema?.$ref ?? '';
    const ratings = doc.components?.schemas?.[resultRef.split('/').pop()]?.properties?.rating?.enum
        ?? doc.components?.schemas?.Rating?.enum
        ?? fail(`no rating enum in the 200 schema of ${OPERATION.path} (${resultRef})`);

    context = await step('launch Chromium', () => chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        viewport: { width: 1280, height: 900 },
        timeout: STEP_TIMEOUT_MS,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    }));
    context.setDefaultTimeout(STEP_TIMEOUT_MS);
    page = context.pages()[0] ?? await context.newPage();
    const pageErrors = [];
    page.on('pageerror', e => pageErrors.push(String(e)));

    await step('open /q/swagger-ui', async () => {
        const r = await page.goto(`${base}/q/swagger-ui`, { waitUntil: 'domcontentloaded' });
        if (!r || r.status() !== 200) fail(`GET /q/swagger-ui answered ${r ? r.status() : 'nothing'}`);
        await page.locator('.swagger-ui .information-container .title').first().waitFor();
        await page.locator('.opblock').first().waitFor();
    });

    await step('Authorize with the API key (bearer)', async () => {
        await page.locator('.auth-wrapper button.authorize').click();
        const dialog = page.locator('.modal-ux');
        await dialog.waitFor();
        // the bearer scheme's form; found by its heading, because its input goes away once authorized
        const bearer = dialog.locator('.auth-container').filter({ has: page.locator('h4 code', { hasText: /^bearer$/ }) });
        // placeholders such as <key> in the scheme's description must survive Swagger UI's markdown rendering
        const described = await bearer.locator('.renderedMarkdown').innerText();
        for (const placeholder of (doc.components?.securitySchemes?.bearer?.description ?? '').match(/<\w+>/g) ?? []) {
            if (!described.includes(placeholder)) fail(`the bearer description renders as "${described.trim()}": ${placeholder} is lost`);
        }
        await bearer.locator('#auth-bearer-value').fill(key);
        await bearer.locator('button.authorize').click();
        // Swagger UI swaps the input for "Authorized" and a Logout button once the credentials are applied
        await bearer.locator('button.btn', { hasText: 'Logout' }).waitFor();
        await dialog.locator('button.close-modal').click();
        await dialog.waitFor({ state: 'detached' });
        const locked = await page.locator('.auth-wrapper button.authorize.locked').count();
        if (locked !== 1) fail('the Authorize button does not show the lock after authorizing');
    });

    const block = page.locator(`.opblock.opblock-${OPERATION.method}`)
        .filter({ has: page.locator(`.opblock-summary-path[data-path="${OPERATION.path}"]`) });
    await step(`expand ${OPERATION.method.toUpperCase()} ${OPERATION.path}`, async () => {
        if (await block.count() !== 1) fail(`found ${await block.count()} operations for ${OPERATION.path}`);
        await block.locator('.opblock-summary').first().click();
        await block.locator('.opblock-body').waitFor();
    });

    await step(`"Try it out" with the documented example '${EXAMPLE}'`, async () => {
        await block.locator('button.try-out__btn').click();
        const body = block.locator('textarea.body-param__text');
        await body.waitFor();
        const text = await body.inputValue();
        let sent;
        try {
            sent = JSON.parse(text);
        } catch (e) {
            fail(`the request body Swagger UI prefilled is not JSON: ${text.slice(0, 200)}`);
        }
        if (JSON.stringify(sent) !== JSON.stringify(exampleJson)) {
            fail(`Swagger UI prefilled ${JSON.stringify(sent)}, not the documented example ${JSON.stringify(exampleJson)}`);
        }
    });

    const answer = await step('Execute, and read the response panel', async () => {
        await block.locator('button.execute').click();
        const row = block.locator('.live-responses-table tr.response');
        await row.first().waitFor();
        const status = (await row.first().locator('.response-col_status').innerText()).trim();
        const bodyText = await row.first().locator('.response-col_description .highlight-code pre').first().innerText();
        const curl = await block.locator('.curl-command').innerText().catch(() => '');
        return { status, bodyText, curl };
    });

    await step('keep a screenshot', async () => {
        // the operation from its header to the end of the live response (the documented responses below are cut off)
        const live = block.locator('.live-responses-table');
        await live.scrollIntoViewIfNeeded();
        const clip = await block.evaluate((el, liveEl) => {
            const b = el.getBoundingClientRect();
            const l = liveEl.getBoundingClientRect();
            return { x: b.left + window.scrollX, y: b.top + window.scrollY, width: b.width, height: l.bottom - b.top + 8 };
        }, await live.elementHandle());
        await page.screenshot({ path: path.join(outDir, 'checks.png'), fullPage: true, clip });
    });

    await step('assert: status 200 with a verdict', async () => {
        if (!/^200\b/.test(answer.status)) {
            fail(`the response panel shows status ${answer.status}, not 200; body: ${answer.bodyText.slice(0, 500)}`);
        }
        if (!answer.curl.includes('Authorization: Bearer')) {
            fail(`the request Swagger UI sent carried no bearer key: ${answer.curl.slice(0, 300)}`);
        }
        let verdict;
        try {
            verdict = JSON.parse(answer.bodyText);
        } catch (e) {
            fail(`the response body is not JSON: ${answer.bodyText.slice(0, 300)}`);
        }
        if (!ratings.includes(verdict.rating)) {
            fail(`the response has rating ${JSON.stringify(verdict.rating)}, not one of ${ratings.join(', ')}`);
        }
        if (!Array.isArray(verdict.parts) || verdict.parts.length === 0 || typeof verdict.explanation !== 'string') {
            fail('the verdict has no parts or no explanation');
        }
        console.log(`      verdict: ${verdict.rating} (confidence ${verdict.confidence}): ${verdict.explanation}`);
    });
    if (pageErrors.length) console.log(`  note: the page logged ${pageErrors.length} script error(s): ${pageErrors[0]}`);
    console.log(`Swagger UI end-to-end: PASSED; screenshot ${path.join(outDir, 'checks.png')}`);
} catch (e) {
    console.error(`Swagger UI end-to-end: FAILED at step "${current}": ${e.message.split('\n')[0]}`);
    if (e.message.includes('\n')) console.error(e.message.split('\n').slice(1, 12).join('\n'));
    if (page) {
        await page.screenshot({ path: path.join(outDir, 'failure.png'), fullPage: false }).catch(() => {});
        console.error(`  screenshot of the page at the failure: ${path.join(outDir, 'failure.png')}`);
    }
    process.exitCode = 1;
} finally {
    if (context) await context.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
}
