/**
 * The `test` every spec uses: it records console messages and uncaught errors of each page and fails the test
 * if the browser console was not empty.
 */
import { test as base, expect } from 'playwright/test';

export const test = base.extend<{ consoleMessages: string[] }>({
  consoleMessages: [
    async ({ page }, use) => {
      const messages: string[] = [];
      page.on('console', (message) => {
        if (['error', 'warning'].includes(message.type())) messages.push(`${message.type()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
      await use(messages);
      expect(messages, 'browser console should be empty').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
