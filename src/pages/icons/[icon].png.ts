/** The web app icons (`/icons/icon-192.png` and the others in src/lib/app-icons.ts), drawn from the favicon. */
import type { APIRoute, GetStaticPaths } from 'astro';
import favicon from '../../../public/favicon.svg?raw';
import { renderSvg } from '../../images/render.ts';
import { APP_ICONS, appIconSvg, type AppIcon } from '../../lib/app-icons.ts';

export const getStaticPaths = (() =>
  APP_ICONS.map((icon) => ({ params: { icon: icon.name }, props: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ icon: AppIcon }> = ({ props }) =>
  new Response(new Uint8Array(renderSvg(appIconSvg(favicon, props.icon))), {
    headers: { 'Content-Type': 'image/png' },
  });
