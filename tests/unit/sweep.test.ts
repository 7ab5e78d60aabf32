import { test } from 'node:test';
import assert from 'node:assert/strict';
import { elementShapes, sweepPages } from '../support/sweep.ts';

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><title>T</title></head><body>${body}</body></html>`;

test('pages that differ only in their text have the same shapes', () => {
  const one = page('<main><h1 class="text-3xl">GRPO</h1><p>Group relative <a href="/a/">policy</a>.</p></main>');
  const two = page('<main><h1 class="text-3xl">PPO</h1><p>Proximal <a href="/b/">policy</a> optimisation.</p></main>');
  assert.deepEqual(elementShapes(one), elementShapes(two));
});

test("a shape is the element's classes, checked attributes and inline colour, with its parent, background and size", () => {
  const base = elementShapes(page('<p><span class="text-muted">x</span></p>'));
  for (const changed of [
    '<p><span class="text-muted italic">x</span></p>', // another class
    '<p><span class="text-muted" role="note">x</span></p>', // a role
    '<p><span class="text-muted" style="color: red">x</span></p>', // an inline colour
    '<div><span class="text-muted">x</span></div>', // another parent
    '<div class="bg-accent"><p><span class="text-muted">x</span></p></div>', // a background further up
    '<h2><p><span class="text-muted">x</span></p></h2>', // a text size further up
  ])
    assert.notDeepEqual(elementShapes(page(changed)), base, changed);
  // Attributes axe does not read, and positioning inline, do not make a new shape.
  assert.deepEqual(elementShapes(page('<p><span class="text-muted" data-x="1" style="top: 2px">x</span></p>')), base);
});

test("inside a formula only KaTeX's outer element counts, and any element with a colour of its own", () => {
  const formula = (inner: string) => page(`<p><span class="katex"><span class="katex-html">${inner}</span></span></p>`);
  const plain = elementShapes(formula('<span class="mord">x</span>'));
  assert.deepEqual(elementShapes(formula('<span class="mord mathnormal">y</span><span class="vlist">z</span>')), plain);
  assert.notDeepEqual(elementShapes(formula('<span class="mord" style="color: #f00">x</span>')), plain);
});

test('scripts, styles and void elements do not confuse the nesting', () => {
  const shapes = elementShapes(
    page(
      '<div class="a"><script>if (a < b) document.write("<p>")</script><img src="x" alt=""><br><span>t</span></div>',
    ),
  );
  assert.ok(
    [...shapes].some((shape) => shape.startsWith('div.a > span |')),
    [...shapes].join('\n'),
  );
  assert.ok(![...shapes].some((shape) => shape.includes('> p')));
});

test('the sweep takes the pages given, then the fewest others that hold every shape', () => {
  const pages = [
    { path: '/', html: page('<main><h1>Home</h1></main>') },
    { path: '/a/', html: page('<main><h1>A</h1><table><tr><td>1</td></tr></table></main>') },
    { path: '/b/', html: page('<main><h1>B</h1><table><tr><td>2</td></tr></table></main>') },
    { path: '/c/', html: page('<main><h1>C</h1><table><tr><td>3</td></tr></table><dl><dt>t</dt></dl></main>') },
    { path: '/d/', html: page('<main><h1>D</h1><p class="note">only here</p></main>') },
  ];
  // /c/ holds both of /a/'s and /b/'s shapes and more; /d/ alone has its note.
  assert.deepEqual(sweepPages(pages, ['/']), ['/', '/c/', '/d/']);
  assert.deepEqual(sweepPages(pages, ['/', '/a/']), ['/', '/a/', '/c/', '/d/']);
});
