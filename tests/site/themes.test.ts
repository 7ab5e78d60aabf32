/**
 * The dark theme changes colours alone. The accessibility sweep relies on it: it runs every axe rule in the light
 * theme and, in the dark theme, the rules that depend on colours (tests/e2e/accessibility.spec.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { darkThemeNonColour } from '../support/site.ts';

const assets = path.resolve(import.meta.dirname, '../../', process.env['ATLAS_DIST'] ?? 'dist', '_astro');

test('the dark theme sets nothing but colours in any stylesheet of the built site', () => {
  const sheets = readdirSync(assets).filter((name) => name.endsWith('.css'));
  assert.ok(sheets.length > 0, `expected stylesheets in ${assets}`);
  const css = sheets.map((name) => readFileSync(path.join(assets, name), 'utf8')).join('\n');
  assert.ok(/data-theme=['"]?dark/.test(css), 'expected dark-theme rules');
  assert.deepEqual(darkThemeNonColour(css), []);
});

test('a dark-theme rule that hides, moves or resizes something is reported', () => {
  const css =
    ':where([data-theme=dark],[data-theme=dark] *){color:#fff;--tw-prose-body:#eee}' +
    '@media (min-width:40rem){.icon:where([data-theme=dark],[data-theme=dark] *){display:none;fill:red}}' +
    "html[data-theme='dark'] .note{padding:1rem}";
  assert.deepEqual(darkThemeNonColour(css), [
    '.icon:where([data-theme=dark],[data-theme=dark] *) { display }',
    "html[data-theme='dark'] .note { padding }",
  ]);
});
