/**
 * A reading path's progress: which steps the reader marked as read, kept in this browser only (localStorage),
 * restored on the next visit, and counted in the status line.
 */
const list = document.querySelector<HTMLElement>('[data-reading-path]')!;
const progress = document.querySelector<HTMLElement>('#path-progress')!;
const boxes = [...list.querySelectorAll<HTMLInputElement>('input[data-step]')];
const key = `atlas-path-${list.dataset['readingPath']}`;

function load(): Set<number> {
  try {
    const stored = JSON.parse(localStorage.getItem(key) ?? '[]') as unknown;
    return new Set(Array.isArray(stored) ? stored.filter((item): item is number => typeof item === 'number') : []);
  } catch {
    return new Set(); // Storage may be disabled; progress is a convenience.
  }
}

function save(done: Set<number>): void {
  try {
    if (done.size > 0) localStorage.setItem(key, JSON.stringify([...done].sort((a, b) => a - b)));
    else localStorage.removeItem(key);
  } catch {
    // Without storage the marks last as long as the page.
  }
}

function report(done: Set<number>): void {
  progress.textContent = `${done.size} of ${boxes.length} steps read`;
}

const done = load();
for (const box of boxes) {
  const step = Number(box.dataset['step']);
  box.checked = done.has(step);
  box.addEventListener('change', () => {
    if (box.checked) done.add(step);
    else done.delete(step);
    save(done);
    report(done);
  });
}
report(done);
