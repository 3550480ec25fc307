import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.2 A/AA violations on the page as it is now, as "rule: targets" lines (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Visible interactive targets smaller than 48 × 48 CSS px, described for the failure message. */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const MIN = 48;
    const targets = document.querySelectorAll<HTMLElement>(
      'button, a[href], select, textarea, input:not([type=radio]):not([type=checkbox]):not([type=hidden]), label:has(> input[type=radio]), label:has(> input[type=checkbox])',
    );
    const small: string[] = [];
    for (const el of targets) {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
      if (box.width < MIN - 0.5 || box.height < MIN - 0.5) {
        small.push(
          `${el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 30)}" ${box.width.toFixed(0)}×${box.height.toFixed(0)}`,
        );
      }
    }
    return small;
  });
}

/** True when the page scrolls sideways (content wider than the viewport). */
export async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}
