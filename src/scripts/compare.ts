/**
 * The comparison page: reads the entries from the URL, fetches what the build wrote for each, and draws them side
 * by side; the picker adds an entry by name and each column removes its own. The URL always holds the entries shown,
 * so a comparison can be shared or bookmarked.
 */
import {
  compareSearch,
  groupLinks,
  MAX_COMPARED,
  parseCompareIds,
  relationsAmong,
  type CompareEntry,
} from '../lib/compare.ts';
import { compareEntryHref, compareIndexHref } from '../lib/urls.ts';

const picker = document.querySelector<HTMLElement>('[data-compare-picker]')!;
const input = picker.querySelector<HTMLInputElement>('input[name="entry"]')!;
const options = picker.querySelector<HTMLDataListElement>('#compare-options')!;
const addButton = picker.querySelector<HTMLButtonElement>('[data-compare-add]')!;
const clearButton = picker.querySelector<HTMLButtonElement>('[data-compare-clear]')!;
const compareStatus = picker.querySelector<HTMLElement>('#compare-status')!;
const start = document.querySelector<HTMLElement>('[data-compare-start]')!;
const among = picker.querySelector<HTMLElement>('[data-compare-among]')!;
const tableFrame = document.querySelector<HTMLElement>('[data-compare-table]')!;

const titles = new Map<string, string>();
const loaded = new Map<string, Promise<CompareEntry>>();
let shown: string[] = [];

function entryData(id: string): Promise<CompareEntry> {
  let data = loaded.get(id);
  if (!data) {
    data = fetch(compareEntryHref(id)).then((response) => {
      if (!response.ok) throw new Error(`${compareEntryHref(id)}: ${response.status}`);
      return response.json() as Promise<CompareEntry>;
    });
    loaded.set(id, data);
  }
  return data;
}

/** An element with classes and text, the one way this script makes elements. */
function make<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text) element.textContent = text;
  return element;
}

function link(href: string, text: string): HTMLAnchorElement {
  const anchor = make('a', 'text-accent underline underline-offset-2 dark:text-accent-dark', text);
  anchor.href = href;
  return anchor;
}

function list(items: Node[]): HTMLElement {
  const ul = make('ul', 'space-y-1');
  for (const item of items) {
    const li = make('li');
    li.append(item);
    ul.append(li);
  }
  return ul;
}

function none(): HTMLElement {
  return make('span', 'text-muted dark:text-muted-dark', '—');
}

const pendingMath = new Map<HTMLElement, string>();
const mathWatcher = new IntersectionObserver(
  (seen) => {
    for (const { isIntersecting, target } of seen) {
      const html = pendingMath.get(target as HTMLElement);
      if (!isIntersecting || html === undefined) continue;
      pendingMath.delete(target as HTMLElement);
      mathWatcher.unobserve(target);
      target.innerHTML = html;
      // KaTeX's display scrolls a formula wider than its column; focusable so that a keyboard can scroll it too.
      const display = target.querySelector<HTMLElement>('.katex-display');
      if (display) {
        display.tabIndex = 0;
        display.setAttribute('role', 'group');
        display.setAttribute('aria-label', (target as HTMLElement).dataset['label'] ?? 'Key equation');
      }
    }
  },
  { rootMargin: '200px' },
);

/** The rows of the table: a label and what each entry shows in it. */
const ROWS: [string, (entry: CompareEntry) => Node][] = [
  ['Type', (entry) => document.createTextNode(entry.kind)],
  ['Stage', (entry) => link(entry.stageHref, entry.stage)],
  ['Supervision', (entry) => (entry.supervision ? document.createTextNode(entry.supervision) : none())],
  ['Published', (entry) => (entry.published ? document.createTextNode(entry.published) : none())],
  ['Needs', (entry) => (entry.needs.length ? list(entry.needs.map((need) => document.createTextNode(need))) : none())],
  [
    'Key equation',
    (entry) => {
      if (!entry.equation) return none();
      const cell = make('div');
      // KaTeX's markup, rendered at build time from the site's own content, is drawn when the row nears the screen:
      // its math fonts are then fetched only by a reader who scrolls to it.
      const math = make('div', 'min-h-16');
      pendingMath.set(math, entry.equation.html);
      mathWatcher.observe(math);
      // The name the formula's focusable scroller gets once drawn.
      math.dataset['label'] = `Key equation of ${entry.title}`;
      cell.append(math, link(entry.equation.href, 'In context'));
      return cell;
    },
  ],
  [
    'Reports',
    (entry) => {
      if (!entry.reports.length) return none();
      const items = entry.reports.map((report) => {
        const item = make('span');
        item.append(report.href ? link(report.href, report.benchmark) : document.createTextNode(report.benchmark));
        item.append(`: ${report.value}, ${report.model}`);
        if (report.setting) item.append(make('span', 'block text-xs text-muted dark:text-muted-dark', report.setting));
        return item;
      });
      const cell = make('div');
      cell.append(list(items));
      if (entry.moreReports > 0) cell.append(make('p', 'mt-1 text-xs', `${entry.moreReports} more on the entry page`));
      return cell;
    },
  ],
  [
    'Related',
    (entry) => {
      if (!entry.links.length) return none();
      const cell = make('dl', 'space-y-2');
      for (const group of groupLinks(entry.links)) {
        cell.append(make('dt', 'font-semibold', group.label));
        const dd = make('dd');
        group.links.forEach((other, index) => {
          if (index > 0) dd.append(', ');
          dd.append(link(other.href, other.title));
        });
        cell.append(dd);
      }
      return cell;
    },
  ],
];

function removeButton(entry: CompareEntry): HTMLButtonElement {
  const button = make('button', 'mt-1 text-xs text-muted underline dark:text-muted-dark', 'Remove');
  button.type = 'button';
  button.setAttribute('aria-label', `Remove ${entry.title}`);
  button.addEventListener('click', () => void show(shown.filter((id) => id !== entry.id)));
  return button;
}

function drawTable(entries: CompareEntry[]): void {
  // The previous table's formulas are no longer on the page.
  mathWatcher.disconnect();
  pendingMath.clear();
  const table = make('table', 'compare-table w-full table-fixed border-collapse font-sans text-sm');
  const caption = make('caption', 'sr-only', `Comparison of ${entries.map((entry) => entry.title).join(', ')}`);
  const head = make('thead');
  const headRow = make('tr');
  headRow.append(make('td', 'w-28'));
  for (const entry of entries) {
    const th = make('th', 'border-b border-rule p-2 text-left align-top dark:border-rule-dark');
    th.scope = 'col';
    th.append(link(entry.href, entry.title), make('p', 'mt-1 font-normal', entry.summary), removeButton(entry));
    headRow.append(th);
  }
  head.append(headRow);
  const body = make('tbody');
  for (const [label, cell] of ROWS) {
    const row = make('tr', 'border-b border-rule dark:border-rule-dark');
    const th = make('th', 'p-2 text-left align-top font-semibold', label);
    th.scope = 'row';
    row.append(th);
    for (const entry of entries) {
      const td = make('td', 'p-2 align-top');
      td.append(cell(entry));
      row.append(td);
    }
    body.append(row);
  }
  table.append(caption, head, body);
  // Each column keeps a readable width; the frame scrolls sideways on a narrow screen.
  table.style.minWidth = `${7 + entries.length * 14}rem`;
  tableFrame.replaceChildren(table);
}

function drawAmong(entries: CompareEntry[]): void {
  const sentences = relationsAmong(entries);
  among.hidden = entries.length < 2;
  const ul = among.querySelector('ul')!;
  ul.replaceChildren(
    ...(sentences.length ? sentences : ['No relation is recorded among these entries.']).map((sentence) =>
      make('li', '', sentence),
    ),
  );
}

/** Shows these entries, keeps the URL in step, and says what happened. */
async function show(ids: string[], notes: string[] = []): Promise<void> {
  shown = ids;
  const search = compareSearch(ids);
  history.replaceState(null, '', `${location.pathname}${search}${location.hash}`);
  start.hidden = ids.length > 0;
  clearButton.disabled = ids.length === 0;
  let entries: CompareEntry[];
  try {
    entries = await Promise.all(ids.map(entryData));
  } catch {
    compareStatus.textContent = 'The entries could not be loaded; reload the page to try again.';
    return;
  }
  if (shown !== ids) return; // A newer choice replaced this one while it loaded.
  tableFrame.hidden = entries.length === 0;
  if (entries.length) drawTable(entries);
  else tableFrame.replaceChildren();
  drawAmong(entries);
  const count =
    ids.length === 0
      ? 'Choose two to four entries.'
      : ids.length === 1
        ? `Showing ${entries[0]!.title}; add at least one more entry to compare.`
        : `Comparing ${ids.length} entries.`;
  compareStatus.textContent = [...notes, count].join(' ');
}

/** The entry a typed name means: an exact title or id, ignoring case. */
function resolve(typed: string): string | undefined {
  const wanted = typed.trim().toLowerCase();
  if (titles.has(wanted)) return wanted;
  for (const [id, title] of titles) if (title.toLowerCase() === wanted) return id;
  return undefined;
}

function add(): void {
  const typed = input.value;
  if (!typed.trim()) return;
  const id = resolve(typed);
  if (!id) {
    compareStatus.textContent = `No entry is called "${typed.trim()}"; pick a name from the list.`;
    return;
  }
  if (shown.includes(id)) {
    compareStatus.textContent = `${titles.get(id)} is already in the comparison.`;
    return;
  }
  if (shown.length >= MAX_COMPARED) {
    compareStatus.textContent = `At most ${MAX_COMPARED} entries fit side by side; remove one first.`;
    return;
  }
  input.value = '';
  void show([...shown, id]);
}

addButton.addEventListener('click', add);
input.addEventListener('keydown', (event) => {
  if (event.key === 'Enter') {
    event.preventDefault();
    add();
  }
});
clearButton.addEventListener('click', () => void show([]));

async function init(): Promise<void> {
  const response = await fetch(compareIndexHref());
  for (const [id, title] of (await response.json()) as [string, string][]) titles.set(id, title);
  options.replaceChildren(
    ...[...titles.values()].map((title) => {
      const option = make('option');
      option.value = title;
      return option;
    }),
  );
  const { ids, unknown, tooMany } = parseCompareIds(location.search, (id) => titles.has(id));
  const notes = [
    ...unknown.map((id) => `No entry "${id}"; left out.`),
    ...(tooMany.length ? [`At most ${MAX_COMPARED} entries fit side by side; left out ${tooMany.join(', ')}.`] : []),
  ];
  await show(ids, notes);
}

void init();
