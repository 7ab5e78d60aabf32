/**
 * Preview cards open on hover and focus through CSS alone. This adds what CSS cannot: a first tap on a touch
 * screen opens the card instead of following the link (a second tap follows it), Escape dismisses any card, and
 * a card near the right edge of the screen is shifted left so it stays in view.
 */
const OPEN = 'data-open';
const DISMISSED = 'data-dismissed';

function closeAll(except?: Element): void {
  for (const preview of document.querySelectorAll(`[data-preview][${OPEN}]`)) {
    if (preview !== except) preview.removeAttribute(OPEN);
  }
}

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('[data-preview] > a');
  const preview = link?.parentElement;
  if (!preview) {
    closeAll();
    return;
  }
  if (lastPointer === 'touch' && !preview.hasAttribute(OPEN)) {
    event.preventDefault();
    closeAll(preview);
    preview.removeAttribute(DISMISSED);
    preview.setAttribute(OPEN, '');
    keepInView(preview);
  }
});

let lastPointer = '';

/** Shifts an open card left by as much as it would overflow the viewport's right edge. */
function keepInView(preview: Element): void {
  const card = preview.querySelector<HTMLElement>(':scope > .preview-card');
  // A card fixed to its link (in a table, global.css) is kept in view by the browser.
  if (!card || getComputedStyle(card).position === 'fixed') return;
  card.style.left = '';
  const overflow = card.getBoundingClientRect().right - (document.documentElement.clientWidth - 8);
  if (overflow > 0) card.style.left = `${-overflow}px`;
}

for (const type of ['pointerover', 'focusin'] as const) {
  document.addEventListener(type, (event) => {
    const preview = (event.target as Element | null)?.closest?.('[data-preview]');
    if (preview) requestAnimationFrame(() => keepInView(preview));
  });
}
document.addEventListener('pointerdown', (event) => (lastPointer = event.pointerType), { capture: true });

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  for (const preview of document.querySelectorAll('[data-preview]')) {
    if (preview.matches(':hover, :focus-within') || preview.hasAttribute(OPEN)) {
      preview.removeAttribute(OPEN);
      preview.setAttribute(DISMISSED, '');
    }
  }
});

// A dismissed card may open again once the pointer or focus has left it.
for (const type of ['pointerout', 'focusout'] as const) {
  document.addEventListener(type, (event) => {
    const preview = (event.target as Element | null)?.closest?.('[data-preview]');
    const next = (event as PointerEvent | FocusEvent).relatedTarget as Node | null;
    if (preview && !(next && preview.contains(next))) preview.removeAttribute(DISMISSED);
  });
}
