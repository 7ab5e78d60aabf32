import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
const urls = process.argv.slice(2);
const chrome = await chromeLauncher.launch({
  chromePath: '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
for (const u of urls) {
  const result = await lighthouse(`http://127.0.0.1:4341${u}`, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  const lhr = result!.lhr;
  const c = lhr.categories;
  const a = lhr.audits;
  console.log(
    u,
    Object.values(c)
      .map((x) => `${x.id}=${Math.round((x.score ?? 0) * 100)}`)
      .join(' '),
    'FCP',
    a['first-contentful-paint'].displayValue,
    'LCP',
    a['largest-contentful-paint'].displayValue,
    'TBT',
    a['total-blocking-time'].displayValue,
    'CLS',
    a['cumulative-layout-shift'].displayValue,
  );
  for (const [id, audit] of Object.entries(a))
    if (
      audit.score !== null &&
      audit.score < 1 &&
      audit.scoreDisplayMode !== 'informative' &&
      audit.scoreDisplayMode !== 'notApplicable' &&
      audit.scoreDisplayMode !== 'manual'
    )
      console.log('   ', id, audit.score, audit.displayValue ?? '');
  (await import('node:fs')).writeFileSync(`/tmp/lh/${u.replace(/\W+/g, '_')}.json`, JSON.stringify(lhr));
}
await chrome.kill();
