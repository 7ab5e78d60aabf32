/** The feed of what is new (RSS 2.0, by @astrojs/rss): every chapter and entry, newest first, by the day added. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { datedPages } from '../data/atlas.ts';
import { dayLabel, dayToDate } from '../lib/feed.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { SITE } from '../site.ts';

export const GET: APIRoute = async () =>
  rss({
    title: SITE.title,
    description: SITE.description,
    site: absoluteUrl('/'),
    items: (await datedPages()).map((page) => ({
      title: `${page.title} (${page.label.toLowerCase()})`,
      link: absoluteUrl(page.path),
      pubDate: dayToDate(page.added),
      description: page.revised ? `${page.summary} Revised ${dayLabel(page.revised)}.` : page.summary,
      categories: [page.label],
    })),
    customData: '<language>en</language>',
  });
