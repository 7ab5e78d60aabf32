/** Ordering and navigation between chapters. */

export interface Ordered {
  id: string;
  data: { order: number };
}

/** Chapters in reading order (a collection comes back in no defined order). */
export function sortChapters<T extends Ordered>(chapters: readonly T[]): T[] {
  return [...chapters].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** The chapters before and after `id` in reading order; absent at either end. */
export function neighbours<T extends Ordered>(chapters: readonly T[], id: string): { prev?: T; next?: T } {
  const sorted = sortChapters(chapters);
  const index = sorted.findIndex((chapter) => chapter.id === id);
  if (index === -1) throw new Error(`neighbours: no chapter "${id}"`);
  const prev = sorted[index - 1];
  const next = sorted[index + 1];
  return { ...(prev ? { prev } : {}), ...(next ? { next } : {}) };
}
