/**
 * Registers the service worker (src/integrations/service-worker.ts) when the reader goes on to a second page, once
 * that page has loaded and the browser is idle, so it never competes with a page's first paint, and a reader who
 * reads one page and leaves downloads nothing for offline reading (nor does a measurement of a single page view).
 * The pages opened before the worker came are not served by it, so they hand it their addresses and the files they
 * loaded, for the worker to save like any page opened later.
 */
import { serviceWorkerHref } from '../lib/urls.ts';

/** Where the first page of a visit leaves what it loaded, for the second page to hand to the worker. */
const OPENED = 'atlas-opened';

const loaded = () => [location.href, ...performance.getEntriesByType('resource').map((entry) => entry.name)];

async function register(urls: string[]): Promise<void> {
  const registration = await navigator.serviceWorker.register(serviceWorkerHref());
  await navigator.serviceWorker.ready;
  // Workbox's router answers this message by fetching each URL through the route that matches it.
  registration.active?.postMessage({
    type: 'CACHE_URLS',
    payload: { urlsToCache: [...new Set(urls)].filter((url) => url.startsWith(registration.scope)) },
  });
  sessionStorage.removeItem(OPENED);
}

function whenIdle(): void {
  try {
    const opened = JSON.parse(sessionStorage.getItem(OPENED) ?? '[]') as string[];
    if (opened.length === 0) sessionStorage.setItem(OPENED, JSON.stringify(loaded()));
    else
      register([...opened, ...loaded()]).catch(() => {
        // Offline reading is an extra: a browser that refuses the worker reads as before.
      });
  } catch {
    // No session storage (blocked by the reader): no worker either, whose caches would be refused as well.
  }
}

// A page the worker serves already has all it needs.
if (import.meta.env.PROD && 'serviceWorker' in navigator && !navigator.serviceWorker.controller) {
  const later = () => (window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 1)))(whenIdle);
  if (document.readyState === 'complete') later();
  else addEventListener('load', later, { once: true });
}
