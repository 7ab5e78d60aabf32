/**
 * Sortable leaderboards: a header button sorts its column (numbers by their data-value, text alphabetically),
 * a second press reverses the order, and aria-sort tells assistive technology which column sorts the table.
 * Without JavaScript the tables stay in their server order, best result first.
 */
for (const table of document.querySelectorAll<HTMLTableElement>('table[data-leaderboard]')) {
  const headers = [...table.tHead!.rows[0]!.cells];
  headers.forEach((header, column) => {
    const button = header.querySelector<HTMLButtonElement>('button[data-sort]');
    if (!button) return;
    button.addEventListener('click', () => {
      const numeric = button.dataset['sort'] === 'number';
      const ascending = header.getAttribute('aria-sort') !== 'ascending';
      const key = (row: HTMLTableRowElement) => {
        const cell = row.cells[column]!;
        return numeric ? Number(cell.dataset['value']) : (cell.textContent ?? '').trim().toLowerCase();
      };
      const body = table.tBodies[0]!;
      const rows = [...body.rows].sort((a, b) => {
        const [x, y] = [key(a), key(b)];
        const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
        return ascending ? order : -order;
      });
      body.append(...rows);
      for (const other of headers) if (other.hasAttribute('aria-sort')) other.setAttribute('aria-sort', 'none');
      header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    });
  });
}
