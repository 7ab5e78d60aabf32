/**
 * The `test` every spec uses: it records console messages and uncaught errors of each page and fails the test
 * if the browser console was not empty.
 */
import { test as base, expect } from 'playwright/test';

export const test = base.extend<{ expectedConsole: RegExp[]; consoleMessages: string[] }>({
  /** Console messages a test expects (for example the 404 status of a missing page); all others fail it. */
  expectedConsole: [[], { option: true }],
  consoleMessages: [
    async ({ page, expectedConsole }, use) => {
      const messages: string[] = [];
      page.on('console', (message) => {
        if (['error', 'warning'].includes(message.type())) messages.push(`${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
      await use(messages);
      const unexpected = messages.filter((message) => !expectedConsole.some((pattern) => pattern.test(message)));
      expect(unexpected, 'browser console should be empty').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
export type { Page } from 'playwright/test';
