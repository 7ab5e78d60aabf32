/**
 * The sharing card (Open Graph image) of a page, as the element tree satori lays out: plain `{ type, props }`
 * objects, so no JSX runtime is needed. Pure: src/images/render.ts supplies the fonts and renders the tree to PNG
 * for the endpoint src/pages/cards/[...card].png.ts.
 */
import { socialCardPath } from './urls.ts';
import { kindLabel, stageLabel, type Kind, type Stage } from './vocabulary.ts';

/** Size of every card: the 1.91:1 image that Open Graph and large Twitter cards show uncropped. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The light theme's colours (the @theme block of src/styles/global.css; a unit test keeps them in step). */
export const CARD_COLOURS = {
  paper: '#fbfaf7',
  ink: '#1f2328',
  muted: '#5b6169',
  rule: '#e3e0d8',
  accent: '#8a3b12',
} as const;

/** The card's two families: Source Serif 4 for the title, Inter for the rest, as on the site. */
export const CARD_FAMILIES = { serif: 'Source Serif 4', sans: 'Inter' } as const;
/**
 * The scripts each family's font files cover (Fontsource splits fonts by script). Satori keeps one font per family
 * name and weight, so each file is registered under a name of its own (`subsetFamily`) and the tree asks for all
 * of them in turn (`familyStack`).
 */
export const CARD_SUBSETS = ['latin', 'latin-ext', 'greek'] as const;
/** The last resort of every stack: KaTeX's main font, which draws the math symbols (≥, →) no subset has. */
export const SYMBOL_FAMILY = 'KaTeX Main';

/** The name the font file of `family` for `subset` is registered under ("Inter", "Inter greek"). */
export function subsetFamily(family: string, subset: (typeof CARD_SUBSETS)[number]): string {
  return subset === 'latin' ? family : `${family} ${subset}`;
}

/** The font-family value for text in `family`: its subsets in turn, then the symbols. */
export function familyStack(family: string): string {
  return [...CARD_SUBSETS.map((subset) => subsetFamily(family, subset)), SYMBOL_FAMILY].join(', ');
}

/** What a card shows. */
export interface CardInput {
  /** The page's title, the card's headline. */
  title: string;
  /** What the page is, above the title ("Algorithm · Reinforcement learning", "Chapter 5"). */
  label: string;
  /** One sentence under the title (an entry's summary, a chapter's description); clipped to three lines. */
  subtitle?: string | undefined;
  /** The site's name, in the footer. */
  siteName: string;
  /** A line at the right of the footer, after the site's name. */
  footnote?: string | undefined;
  /** The site's mark, as a data: URL of its SVG, drawn before the site's name. */
  mark?: string | undefined;
}

/** A node of the tree satori lays out: an element with CSS-in-JS style and children, or text. */
export interface CardElement {
  type: string;
  props: {
    style?: Record<string, string | number>;
    children?: CardChild | CardChild[];
    [attribute: string]: unknown;
  };
}
export type CardChild = CardElement | string;

/**
 * Title sizes in px by the title's length in characters. Source Serif 4 Semibold runs about 0.5 em a character, so
 * a line of the card's 1,040 px text width holds about 2,080 / size characters: up to 68 characters take at most
 * two lines, longer titles at most three, and a short name is set large.
 */
const TITLE_STEPS: readonly { maxLength: number; size: number }[] = [
  { maxLength: 20, size: 96 },
  { maxLength: 36, size: 84 },
  { maxLength: 52, size: 72 },
  { maxLength: 68, size: 58 },
  { maxLength: 105, size: 52 },
];
const SMALLEST_TITLE = 46;
/** Beyond this a title is cut (with an ellipsis): three lines at the smallest size hold about 135 characters. */
export const TITLE_MAX_CHARACTERS = 125;
/** Three lines of the subtitle (about 68 characters each), with room for long words at the ends of lines. */
export const SUBTITLE_MAX_CHARACTERS = 180;

/** Font size in px for a card title: smaller as the title gets longer, so it never needs more than three lines. */
export function titleFontSize(title: string): number {
  const length = [...title].length;
  return TITLE_STEPS.find((step) => length <= step.maxLength)?.size ?? SMALLEST_TITLE;
}

/**
 * `text` cut to at most `maxCharacters` characters, at the last word boundary that fits, with an ellipsis; text
 * that fits is returned unchanged. Counts code points, so a symbol such as "≥" is one character.
 */
export function clipText(text: string, maxCharacters: number): string {
  const normalised = text.replace(/\s+/g, ' ').trim();
  const characters = [...normalised];
  if (characters.length <= maxCharacters) return normalised;
  const head = characters.slice(0, Math.max(1, maxCharacters - 1)).join('');
  const boundary = head.lastIndexOf(' ');
  // A single very long word is cut mid-word rather than dropped.
  const cut = boundary > head.length / 2 ? head.slice(0, boundary) : head;
  return `${cut.replace(/[\s,;:.–—-]+$/, '')}…`;
}

function element(type: string, style: Record<string, string | number>, children?: CardChild | CardChild[]) {
  return { type, props: children === undefined ? { style } : { style, children } } satisfies CardElement;
}

/** The card's element tree for satori, CARD_WIDTH × CARD_HEIGHT, in the site's light theme. */
export function socialCardTree(input: CardInput): CardElement {
  const title = clipText(input.title, TITLE_MAX_CHARACTERS);
  const fontSize = titleFontSize(title);
  const subtitle = input.subtitle ? clipText(input.subtitle, SUBTITLE_MAX_CHARACTERS) : undefined;
  const { paper, ink, muted, rule, accent } = CARD_COLOURS;

  // Should text run wider than the sizes allow for, it is cut off here rather than run into the footer.
  const heading = element('div', { display: 'flex', flexDirection: 'column', flexShrink: 1, overflow: 'hidden' }, [
    element(
      'div',
      {
        fontFamily: familyStack(CARD_FAMILIES.sans),
        fontWeight: 700,
        fontSize: 26,
        letterSpacing: '0.08em',
        textTransform: 'uppercase',
        color: accent,
        marginBottom: 28,
      },
      input.label,
    ),
    element(
      'div',
      {
        fontFamily: familyStack(CARD_FAMILIES.serif),
        fontWeight: 600,
        fontSize,
        lineHeight: 1.1,
        letterSpacing: '-0.01em',
        color: ink,
        textWrap: 'balance',
      },
      title,
    ),
    ...(subtitle
      ? [
          element(
            'div',
            {
              fontFamily: familyStack(CARD_FAMILIES.sans),
              fontWeight: 400,
              fontSize: 30,
              lineHeight: 1.4,
              color: muted,
              marginTop: 28,
              display: 'block',
              lineClamp: 3,
            },
            subtitle,
          ),
        ]
      : []),
  ]);

  const brand = element('div', { display: 'flex', alignItems: 'center' }, [
    ...(input.mark
      ? [{ type: 'img', props: { src: input.mark, width: 44, height: 44, style: { marginRight: 16 } } }]
      : []),
    element(
      'div',
      { fontFamily: familyStack(CARD_FAMILIES.sans), fontWeight: 700, fontSize: 30, color: ink },
      input.siteName,
    ),
  ]);
  const footer = element(
    'div',
    {
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'space-between',
      borderTop: `2px solid ${rule}`,
      paddingTop: 28,
    },
    [
      brand,
      ...(input.footnote
        ? [element('div', { fontFamily: familyStack(CARD_FAMILIES.sans), fontSize: 24, color: muted }, input.footnote)]
        : []),
    ],
  );

  return element(
    'div',
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      // Satori sizes boxes as content-box; the card's size includes its padding and border.
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      backgroundColor: paper,
      // The accent band along the top edge, as a border so it takes no element of its own.
      borderTop: `12px solid ${accent}`,
      paddingTop: 60,
      paddingRight: 80,
      paddingBottom: 52,
      paddingLeft: 80,
    },
    [heading, footer],
  );
}

/** What every card shares: the site's name and the survey it accompanies. */
export interface CardSite {
  siteName: string;
  /** The survey's arXiv id, named in each card's footer. */
  arxiv: string;
  mark?: string | undefined;
}

function siteParts(site: CardSite): Pick<CardInput, 'siteName' | 'footnote' | 'mark'> {
  return { siteName: site.siteName, footnote: `Companion to arXiv ${site.arxiv}`, mark: site.mark };
}

/** A chapter's card: its number, title and description. */
export function chapterCard(chapter: { order: number; title: string; description: string }, site: CardSite): CardInput {
  return { label: `Chapter ${chapter.order}`, title: chapter.title, subtitle: chapter.description, ...siteParts(site) };
}

/** An entry's card: its kind and stage, title and one-sentence summary. */
export function entryCard(
  entry: { title: string; kind: Kind; stage: Stage; summary: string },
  site: CardSite,
): CardInput {
  return {
    label: `${kindLabel(entry.kind)} · ${stageLabel(entry.stage)}`,
    title: entry.title,
    subtitle: entry.summary,
    ...siteParts(site),
  };
}

/** The card every other page shares: the site's name and what it offers. */
export function siteCard(description: string, site: CardSite): CardInput {
  return { label: 'Survey companion', title: site.siteName, subtitle: description, ...siteParts(site) };
}

/** The route parameter of the card endpoint for a page: socialCardPath without "/cards/" and ".png". */
export function socialCardParam(sitePath?: string): string {
  return socialCardPath(sitePath)
    .replace(/^\/cards\//, '')
    .replace(/\.png$/, '');
}
