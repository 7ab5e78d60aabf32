import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
const [port, ...urls] = process.argv.slice(2);
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
for (const u of urls) {
  const result = await lighthouse(`http://127.0.0.1:${port}${u}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  const a = result!.lhr.audits;
  console.log(port, u, Math.round(result!.lhr.categories.performance!.score! * 100), 'FCP', Math.round(a['first-contentful-paint']!.numericValue!), 'LCP', Math.round(a['largest-contentful-paint']!.numericValue!), 'TBT', Math.round(a['total-blocking-time']!.numericValue!), 'obsFCP', (a.metrics!.details as any).items[0].observedFirstContentfulPaint);
}
await chrome.kill();
