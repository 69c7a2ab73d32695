import type { Locator, Page } from 'playwright-core';

/**
 * The console's work queues (anomaly flags, moderation, unanswered questions)
 * list their items as `<li data-…="id">`: locators of one queue's items, the
 * ids it shows, and a wait for the list a test expects.
 */
export function queueItems(attribute: string) {
  const items = (page: Page) => page.locator(`li[${attribute}]`);
  const item = (page: Page, id: string) => page.locator(`li[${attribute}="${id}"]`);
  const shownIds = (page: Page) => items(page).evaluateAll((lis, attr) => lis.map((li) => li.getAttribute(attr)), attribute);
  /** Waits (at most 10 s) until the page lists exactly `ids`, in that order. */
  async function expectListed(page: Page, ids: (string | undefined)[]): Promise<void> {
    for (const started = Date.now(); JSON.stringify(await shownIds(page)) !== JSON.stringify(ids) && Date.now() - started < 10_000; ) await page.waitForTimeout(100);
    expect(await shownIds(page)).toEqual(ids);
  }
  return { items, item, shownIds, expectListed };
}

export const focusedIs = (target: Locator) => target.evaluate((el) => el === (el.ownerDocument as any).activeElement);

/** Presses Tab until `target` has focus (the page is usable from the keyboard), at most 400 times. */
export async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (await focusedIs(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('never reached by Tab');
}
