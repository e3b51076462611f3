/**
 * The API holds against what a hostile page, a careless client or a slow network sends: security
 * headers on every answer, no CORS for strangers, a session cookie no script can read with CSRF
 * protection for writes, strict input, bounded pages, stalled bodies dropped, sign-in failures
 * that cannot grow the data without bound, and no temporary file left from a crash.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EMAILS, DEMO_PASSWORD, call, startApi, type TestApi } from '../support/apiServer';
import { onPostgres } from '../support/postgres';
import { buildPilot } from '../support/builders';

let api: TestApi;
let staticDir: string;
beforeAll(async () => {
  staticDir = mkdtempSync(path.join(tmpdir(), 'pilot-tracker-static-'));
  writeFileSync(path.join(staticDir, 'index.html'), '<html><head><meta name="csp-nonce" content="__CSP_NONCE__" /></head><body></body></html>');
  api = await startApi({ staticDir, requestTimeoutMs: 1_000 });
});
afterAll(async () => {
  await api.close();
  rmSync(staticDir, { recursive: true, force: true });
});

const origin = () => api.url.replace(/\/api$/, '');

describe('security headers', () => {
  it('are on the SPA and on the API, with a CSP that allows no inline script', async () => {
    for (const url of [`${origin()}/`, `${api.url}/pilots`, `${api.url}/nowhere`]) {
      const response = await fetch(url, { headers: { Authorization: `Bearer ${api.token}` } });
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, url).toMatch(/script-src 'self'(;|$)/);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('permissions-policy')).toContain('camera=()');
      expect(response.headers.get('strict-transport-security')).toBeNull();
    }
  });

  it('give every API answer the same policy, without the pages\' style nonce', async () => {
    const [list, record, missing] = await Promise.all([api.call('/pilots'), api.call('/pilots/1'), api.call('/nowhere')]);
    const policy = list.headers.get('content-security-policy');
    expect(policy).not.toContain('nonce-');
    expect(record.headers.get('content-security-policy')).toBe(policy);
    expect(missing.headers.get('content-security-policy')).toBe(policy);
    const page = (await fetch(`${origin()}/`)).headers.get('content-security-policy') ?? '';
    expect(page.replace(/ 'nonce-[^']+'/, '')).toBe(policy);
    expect(list.headers.get('x-powered-by')).toBeNull();
  });

  it('give the SPA a fresh style nonce, written in its page', async () => {
    const [first, second] = [await fetch(`${origin()}/`), await fetch(`${origin()}/`)];
    const nonceOf = (csp: string | null) => /'nonce-([^']+)'/.exec(csp ?? '')?.[1];
    const nonce = nonceOf(first.headers.get('content-security-policy'));
    expect(nonce).toMatch(/^[A-Za-z0-9+/=]{20,}$/);
    expect(await first.text()).toContain(`content="${nonce}"`);
    expect(nonceOf(second.headers.get('content-security-policy'))).not.toBe(nonce);
    expect(first.headers.get('cache-control')).toBe('no-store');
  });

  it('send HSTS when served over TLS', async () => {
    const tls = await startApi({ tls: true });
    try {
      const response = await fetch(`${tls.url}/auth/me`);
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
    } finally {
      await tls.close();
    }
  });

  it('keep every API answer out of caches, the sign-in included', async () => {
    const login = await call(`${api.url}/auth/login`, { method: 'POST', body: { email: DEMO_EMAILS.manager, password: DEMO_PASSWORD } });
    expect(login.headers.get('cache-control')).toBe('no-store');
    expect((await api.call('/pilots/1')).headers.get('cache-control')).toBe('no-store');
  });
});

describe('compression', () => {
  it('gzips long reads and an import\'s report, not the one record a write answers with', async () => {
    const list = await api.call('/pilots?range=[0,99]');
    expect(JSON.stringify(list.body).length).toBeGreaterThan(1024);
    expect(list.headers.get('content-encoding')).toBe('gzip');

    const created = await api.call('/pilots', { method: 'POST', body: buildPilot({ name: 'Long summary', summary: 'Un résumé. '.repeat(150) }) });
    expect(created.status).toBe(201);
    expect(JSON.stringify(created.body).length).toBeGreaterThan(1024);
    expect(created.headers.get('content-encoding')).toBeNull();

    const rows = Array.from({ length: 40 }, (_, i) => `999999,2026-01-${String((i % 28) + 1).padStart(2, '0')},${i}`);
    const report = await api.call('/imports/measurements?dryRun=true', { method: 'POST', rawBody: `kpiId,date,value\n${rows.join('\n')}\n`, contentType: 'text/csv' });
    expect((report.body as { errors: unknown[] }).errors).toHaveLength(40);
    expect(JSON.stringify(report.body).length).toBeGreaterThan(1024);
    expect(report.headers.get('content-encoding')).toBe('gzip');
  });
});

describe('CORS', () => {
  it('allows no other origin by default', async () => {
    const preflight = await fetch(`${api.url}/pilots`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization' },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
    const simple = await fetch(`${api.url}/auth/me`, { headers: { Origin: 'https://evil.example' } });
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows the origins of CORS_ORIGINS, and only them', async () => {
    const open = await startApi({ corsOrigins: ['https://intranet.example.gouv.fr'] });
    try {
      const allowed = await fetch(`${open.url}/pilots`, { method: 'OPTIONS', headers: { Origin: 'https://intranet.example.gouv.fr', 'Access-Control-Request-Method': 'PUT' } });
      expect(allowed.status).toBe(204);
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://intranet.example.gouv.fr');
      const other = await fetch(`${open.url}/pilots`, { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'PUT' } });
      expect(other.status).toBe(403);
    } finally {
      await open.close();
    }
  });
});

describe('the session cookie', () => {
  const signInWithCookie = async () => {
    const response = await fetch(`${api.url}/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: DEMO_EMAILS.manager, password: DEMO_PASSWORD }) });
    const cookie = response.headers.get('set-cookie') ?? '';
    const body = (await response.json()) as { token: string; csrfToken: string };
    return { cookie, header: cookie.split(';')[0], ...body };
  };

  it('is HttpOnly, SameSite=Strict, for the API only, and answers the API clients\' token too', async () => {
    const { cookie, token, csrfToken } = await signInWithCookie();
    expect(cookie).toMatch(/^pilot_session=[A-Za-z0-9_-]{40,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/api');
    expect(cookie).not.toContain('Secure');
    expect(token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(csrfToken).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    const tls = await startApi({ tls: true });
    try {
      const secure = await fetch(`${tls.url}/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: DEMO_EMAILS.manager, password: DEMO_PASSWORD }) });
      expect(secure.headers.get('set-cookie')).toContain('Secure');
    } finally {
      await tls.close();
    }
  });

  it('signs reads in, and writes only with the CSRF token', async () => {
    const { header, csrfToken } = await signInWithCookie();
    const me = await fetch(`${api.url}/auth/me`, { headers: { Cookie: header } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { csrfToken: string }).csrfToken).toBe(csrfToken);
    const body = JSON.stringify(buildPilot({ ownerId: 2 }));
    const before = (await api.readDataFile());
    const forged = await fetch(`${api.url}/pilots`, { method: 'POST', headers: { Cookie: header, 'Content-Type': 'application/json' }, body });
    expect(forged.status).toBe(403);
    const wrong = await fetch(`${api.url}/pilots`, { method: 'POST', headers: { Cookie: header, 'Content-Type': 'application/json', 'X-CSRF-Token': 'guessed-token-000000000000' }, body });
    expect(wrong.status).toBe(403);
    expect((await api.readDataFile())).toBe(before);
    const made = await fetch(`${api.url}/pilots`, { method: 'POST', headers: { Cookie: header, 'Content-Type': 'application/json', 'X-CSRF-Token': csrfToken }, body });
    expect(made.status).toBe(201);
  });

  it('stops working when the account is deactivated, or the session expires', async () => {
    const { header } = await signInWithCookie();
    expect((await fetch(`${api.url}/auth/me`, { headers: { Cookie: header } })).status).toBe(200);
    expect((await api.call('/users/2', { method: 'PUT', body: { active: false } })).status).toBe(200);
    expect((await fetch(`${api.url}/auth/me`, { headers: { Cookie: header } })).status).toBe(401);
    expect((await api.call('/users/2', { method: 'PUT', body: { active: true } })).status).toBe(200);

    const brief = await startApi({ sessionTtlMs: 300 });
    try {
      const login = await fetch(`${brief.url}/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: DEMO_EMAILS.trainer, password: DEMO_PASSWORD }) });
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
      expect((await fetch(`${brief.url}/auth/me`, { headers: { Cookie: cookie } })).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect((await fetch(`${brief.url}/auth/me`, { headers: { Cookie: cookie } })).status).toBe(401);
    } finally {
      await brief.close();
    }
  });

  it('ends with the sign-out, which clears it', async () => {
    const { header, csrfToken } = await signInWithCookie();
    const out = await fetch(`${api.url}/auth/logout`, { method: 'POST', headers: { Cookie: header, 'X-CSRF-Token': csrfToken } });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/^pilot_session=; .*Max-Age=0/);
    expect((await fetch(`${api.url}/auth/me`, { headers: { Cookie: header } })).status).toBe(401);
  });
});

describe('strict input', () => {
  const refused = async (pathname: string, init: Parameters<TestApi['call']>[1], field: string) => {
    const before = (await api.readDataFile());
    const response = await api.call(pathname, init);
    expect(response.status, JSON.stringify(response.body)).toBe(400);
    expect(JSON.stringify((response.body as { errors?: object }).errors ?? {})).toContain(field);
    expect((await api.readDataFile())).toBe(before);
  };

  it('refuses prototype keys at any depth, naming them', async () => {
    await refused('/pilots', { method: 'POST', rawBody: JSON.stringify({ ...buildPilot(), __proto__: { admin: true } }).replace('"name"', '"__proto__":{"x":1},"name"') }, '__proto__');
    await refused('/pilots', { method: 'POST', body: { ...buildPilot(), constructor: 1 } }, 'constructor');
    await refused('/pilots', { method: 'POST', body: { ...buildPilot(), summary: { prototype: 1 } } }, 'summary.prototype');
    for (const key of ['toString', 'valueOf', 'hasOwnProperty']) await refused('/pilots', { method: 'POST', body: { ...buildPilot(), [key]: 1 } }, key);
  });

  it('refuses prototype names as sort and filter fields, and unknown parameters on every route', async () => {
    expect((await api.call('/pilots?sort=["constructor","ASC"]')).status).toBe(400);
    expect((await api.call(`/pilots?filter=${encodeURIComponent('{"toString":1}')}`)).status).toBe(400);
    expect((await api.call(`/pilots?filter=${encodeURIComponent('{"__proto__":{"a":1}}')}`)).status).toBe(400);
    expect((await api.call('/pilots/1?foo=1')).status).toBe(400);
    await refused('/pilots/1?foo=1', { method: 'PUT', body: { summary: 'x' } }, 'foo');
    expect((await api.call('/pilots/1?foo=1', { method: 'DELETE' })).status).toBe(400);
    expect((await api.call('/auth/me?foo=1')).status).toBe(400);
    expect((await api.call('/dashboard/headline?foo=1')).status).toBe(400);
  });

  it('refuses NUL characters and unpaired surrogates in text', async () => {
    await refused('/pilots', { method: 'POST', body: buildPilot({ summary: 'before\u0000after' }) }, 'summary');
    await refused('/pilots', { method: 'POST', body: buildPilot({ name: 'Broken \ud800 name' }) }, 'name');
    expect((await api.call('/pilots', { method: 'POST', body: buildPilot({ summary: 'Emoji 😀 and accents é are fine' }) })).status).toBe(201);
  });

  it('refuses an email longer than 254 characters at sign-in, recording nothing', async () => {
    const before = (await api.readDataFile());
    const response = await call(`${api.url}/auth/login`, { method: 'POST', body: { email: `${'a'.repeat(250)}@example.org`, password: 'x' } });
    expect(response.status).toBe(400);
    expect((await api.readDataFile())).toBe(before);
  });
});

describe('bounded resources', () => {
  it('serves at most 1,000 rows a page', async () => {
    const tooMany = await api.call('/measurements?range=[0,1000000000]');
    expect(tooMany.status).toBe(400);
    expect((tooMany.body as { errors: Record<string, string> }).errors.range).toMatch(/1000 rows/);
    const full = await api.call('/measurements?range=[0,999]');
    expect((full.body as unknown[]).length).toBe(1000);
    const unbounded = await api.call('/measurements');
    expect((unbounded.body as unknown[]).length).toBe(1000);
    expect(unbounded.headers.get('content-range')).toMatch(/^measurements 0-999\/\d{4,}$/);
  });

  it('drops a request whose body never arrives whole', async () => {
    const { port } = new URL(api.url);
    const closedAfter = await new Promise<number>((resolve, reject) => {
      const started = Date.now();
      const socket = net.connect(Number(port), '127.0.0.1', () => {
        socket.write(`POST /api/pilots HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${api.token}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"name":`);
      });
      socket.on('data', () => undefined);
      socket.on('close', () => resolve(Date.now() - started));
      socket.on('error', reject);
      setTimeout(() => reject(new Error('still open after 10 s')), 10_000);
    });
    expect(closedAfter).toBeLessThan(5_000);
  });

  it('records a burst of failed sign-ins for one email as one entry that counts them', async () => {
    const before = (await api.readDatabase()).audit.length;
    for (let i = 0; i < 6; i += 1) await call(`${api.url}/auth/login`, { method: 'POST', body: { email: 'burst@example.org', password: 'wrong' } });
    const entries = (await api.readDatabase()).audit.slice(before).filter((e) => e.email === 'burst@example.org');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'login-failed', attempts: 6 });
  });

  it('keeps failed sign-ins from growing the data: throttled per email and per client address', async () => {
    const limited = await startApi({ maxFailedSignInsPerClient: 5 });
    try {
      const before = (await limited.readDataFile()).length;
      const statuses: number[] = [];
      for (let i = 0; i < 12; i += 1) {
        statuses.push((await call(`${limited.url}/auth/login`, { method: 'POST', body: { email: `someone-${i}@example.org`, password: 'wrong' } })).status);
      }
      expect(statuses.slice(0, 5), statuses.join(",")).toEqual([401, 401, 401, 401, 401]);
      expect(statuses.slice(5).every((s) => s === 429), statuses.join(",")).toBe(true);
      const audited = (await limited.readDatabase()).audit.filter((e) => e.action === 'login-failed');
      expect(audited).toHaveLength(5);
      // About 400 bytes per entry: far less than the 12 attempts would take.
      expect((await limited.readDataFile()).length - before).toBeLessThan(5 * 500);
    } finally {
      await limited.close();
    }
  });
});

describe('a crash during a write', () => {
  it.skipIf(onPostgres)('leaves no temporary file behind after the next start', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'pilot-tracker-crash-'));
    mkdirSync(dataDir, { recursive: true });
    const first = await startApi({ dataDir });
    await first.close();
    writeFileSync(path.join(dataDir, 'db.json.tmp-12345'), '{"half": ');
    writeFileSync(path.join(dataDir, 'db.json.tmp-999'), '');
    const second = await startApi({ dataDir });
    try {
      expect(readdirSync(dataDir).filter((f) => f.includes('.tmp-'))).toEqual([]);
      expect(statSync(path.join(dataDir, 'db.json')).size).toBeGreaterThan(1000);
    } finally {
      await second.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('clean URLs', () => {
  it('answer every page of the SPA with its index, a bookmark or a reload included', async () => {
    for (const page of ['/login', '/pilots/3/show', '/pilots?filter=%7B%7D', '/open-data', '/api-reference', '/no/such/page']) {
      const response = await fetch(`${origin()}${page}`);
      expect(response.status, page).toBe(200);
      expect(response.headers.get('content-type'), page).toMatch(/text\/html/);
      expect(await response.text(), page).toContain('csp-nonce');
    }
  });

  it('keep the API, the open-data files and missing files out of it', async () => {
    const api404 = await fetch(`${origin()}/api/nowhere`, { headers: { Authorization: `Bearer ${api.token}` } });
    expect(api404.status).toBe(404);
    expect(await api404.json()).toMatchObject({ message: expect.any(String) });
    expect((await fetch(`${origin()}/assets/missing-file.js`)).status).toBe(404);
    expect((await fetch(`${origin()}/open-data/nothing.csv`)).status).toBe(404);
  });
});
