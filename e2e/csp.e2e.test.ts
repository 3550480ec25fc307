/**
 * The strict Content-Security-Policy (only the app's own sources, no inline styles or scripts, no https:) and the
 * Permissions-Policy hold for the built app: every screen renders with no violation and no policy complaint.
 */
import { describe, expect, it } from 'vitest';
import { useServerAndBrowser } from './support/harness.js';
import { signUp } from './support/session.js';

const env = useServerAndBrowser();

const SCREENS = ['today', 'plan', 'history', 'questionnaires', 'reminders'] as const;

describe('content security policy in Chromium', () => {
  it('renders every screen with no CSP violation or policy message in the console', async () => {
    const context = await env.browser.newContext();
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const page = await context.newPage();
    const messages: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') messages.push(message.text());
    });
    const first = await page.goto(env.server.url);
    expect(first?.headers()['content-security-policy']).toMatch(/style-src 'self'/);
    await signUp(page, env.server.url, 'csp@example.org');
    for (const screen of SCREENS) {
      await page.goto(`${env.server.url}/#/${screen}`);
      await page.locator('main h1, main h2').first().waitFor();
      expect(
        await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
        screen,
      ).toEqual([]);
    }
    expect(messages.filter((text) => /Content Security Policy|Permissions-Policy|Refused to/i.test(text))).toEqual([]);
    // Styles from the stylesheet apply: the page is laid out, not bare.
    expect(await page.evaluate(() => getComputedStyle(document.body).margin)).not.toBe('8px');
    await context.close();
  });

  it('ships no source maps: no sourceMappingURL in the app’s scripts', async () => {
    const html = await (await fetch(env.server.url)).text();
    const scripts = [...html.matchAll(/src="(\/assets\/[^"]+\.js)"/g)].map((match) => match[1] ?? '');
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(await (await fetch(`${env.server.url}${script}`)).text(), script).not.toContain('sourceMappingURL');
      expect((await fetch(`${env.server.url}${script}.map`)).status, script).toBe(404);
    }
  });
});
