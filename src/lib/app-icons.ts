/**
 * The web app icons: the sizes the manifest and the Apple touch icon link name, and the SVG each is drawn from,
 * built around public/favicon.svg. src/pages/icons/[icon].png.ts renders them to PNG at build time.
 */
import { CARD_COLOURS } from './social-card.ts';

/** One icon: its file name (without ".png"), its size in px and how the favicon is placed on it. */
export interface AppIcon {
  name: string;
  size: number;
  /** Space around the favicon on each side, as a share of the size. */
  padding: number;
  /** A solid colour under the whole square, for icons the platform masks or that may not be transparent. */
  background?: string | undefined;
}

/** The site's accent colour, which the favicon's square is filled with too. */
export const ICON_BACKGROUND = CARD_COLOURS.accent;

/**
 * The icons. The plain ones are the favicon as it is (a rounded square, transparent corners). A maskable icon is
 * cropped by the platform to any shape inside its central circle of 80% diameter, so it is a full square of the
 * background with the favicon's glyph well inside that circle. iOS fills transparency with black and rounds the
 * corners itself, so the touch icon is full-bleed too.
 */
export const APP_ICONS: readonly AppIcon[] = [
  { name: 'icon-192', size: 192, padding: 0 },
  { name: 'icon-512', size: 512, padding: 0 },
  { name: 'icon-maskable-512', size: 512, padding: 0.1, background: ICON_BACKGROUND },
  { name: 'apple-touch-icon', size: 180, padding: 0.06, background: ICON_BACKGROUND },
];

/**
 * The SVG of an icon: an `icon.size` square, with the background if it has one, and the favicon's SVG nested
 * inside with its padding. The favicon keeps its own viewBox, so it scales to any size without being edited.
 */
export function appIconSvg(favicon: string, icon: AppIcon): string {
  const inset = Math.round(icon.size * icon.padding);
  const inner = icon.size - 2 * inset;
  const source = favicon.trim().replace(/^<\?xml[^>]*>\s*/, '');
  const root = /^<svg\b[^>]*>/.exec(source)?.[0];
  if (!root) throw new Error('The favicon must be an SVG document starting with <svg>');
  // Its own position and size, if it has any, give way to the icon's.
  const placed = root
    .replace(/\s(?:x|y|width|height)="[^"]*"/g, '')
    .replace(/^<svg\b/, `<svg x="${inset}" y="${inset}" width="${inner}" height="${inner}"`);
  const nested = placed + source.slice(root.length);
  const background = icon.background
    ? `<rect width="${icon.size}" height="${icon.size}" fill="${icon.background}"/>`
    : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${icon.size}" height="${icon.size}" ` +
    `viewBox="0 0 ${icon.size} ${icon.size}">${background}${nested}</svg>`
  );
}
