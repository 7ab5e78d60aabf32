/**
 * The timeline's filters: entries of the chosen type and stage stay, months and years left empty are hidden, and
 * the status line says how many entries are shown.
 */
const filters = document.querySelector<HTMLElement>('[data-timeline-filters]')!;
const kind = filters.querySelector<HTMLSelectElement>('select[name="kind"]')!;
const stage = filters.querySelector<HTMLSelectElement>('select[name="stage"]')!;
const statusLine = document.querySelector<HTMLElement>('#timeline-status')!;

function apply(): void {
  let shown = 0;
  for (const item of document.querySelectorAll<HTMLElement>('[data-timeline-month] li')) {
    const visible =
      (!kind.value || item.dataset['kind'] === kind.value) && (!stage.value || item.dataset['stage'] === stage.value);
    item.hidden = !visible;
    if (visible) shown += 1;
  }
  for (const group of document.querySelectorAll<HTMLElement>('[data-timeline-month], [data-timeline-year]'))
    group.hidden = !group.querySelector('li:not([hidden])');
  const filtered = kind.value || stage.value;
  statusLine.textContent = filtered ? `${shown} ${shown === 1 ? 'entry' : 'entries'} shown` : '';
}

filters.addEventListener('change', apply);
// A reload keeps the browser's remembered choices: apply them.
apply();
