/**
 * The map's filter by type: entries of other types are dimmed in the drawings (so the layout stays where the reader
 * learnt it) and hidden from the lists; a relation stays bright only when both its ends are shown. The status line
 * says how many entries match.
 */
const kindSelect = document.querySelector<HTMLSelectElement>('[data-map-filter] select[name="kind"]')!;
const mapStatus = document.querySelector<HTMLElement>('#map-status')!;

function applyKind(): void {
  const kind = kindSelect.value;
  const matches = (element: Element) => !kind || (element as HTMLElement).dataset['kind'] === kind;
  let shown = 0;
  for (const item of document.querySelectorAll<HTMLElement>('[data-map-stage] li[data-kind]')) {
    item.hidden = !matches(item);
    if (!item.hidden) shown += 1;
  }
  for (const diagram of document.querySelectorAll('[data-map-diagram]')) {
    const dimmed = new Set<string>();
    for (const node of diagram.querySelectorAll<SVGElement>('[data-node]')) {
      const off = !matches(node);
      node.classList.toggle('dim', off);
      if (off) dimmed.add(node.dataset['node']!);
    }
    for (const edge of diagram.querySelectorAll<SVGElement>('path[data-from]'))
      edge.classList.toggle('dim', dimmed.has(edge.dataset['from']!) || dimmed.has(edge.dataset['to']!));
  }
  for (const stage of document.querySelectorAll<HTMLElement>('[data-map-stage]'))
    stage.querySelector<HTMLElement>('[data-map-none]')!.hidden = !!stage.querySelector('li[data-kind]:not([hidden])');
  mapStatus.textContent = kind ? `${shown} ${shown === 1 ? 'entry' : 'entries'} of this type` : '';
}

kindSelect.addEventListener('change', applyKind);
// A reload keeps the browser's remembered choice: apply it.
applyKind();
