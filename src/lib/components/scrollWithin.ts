/**
 * Scrolls `container` (not the page) so that `element` is in view: centred, or only as far as needed.
 * `scrollIntoView` would also scroll the window, making the chart jump away when an event is chosen.
 */
export function scrollWithin(container: HTMLElement, element: HTMLElement, block: 'center' | 'nearest'): void {
  const box = container.getBoundingClientRect();
  const target = element.getBoundingClientRect();
  const top = target.top - box.top + container.scrollTop;
  if (block === 'center') {
    container.scrollTop = top - (container.clientHeight - target.height) / 2;
  } else if (target.top < box.top) {
    container.scrollTop = top;
  } else if (target.bottom > box.bottom) {
    container.scrollTop = top + target.height - container.clientHeight;
  }
}
