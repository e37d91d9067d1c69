/**
 * `measure(text)` for the layout: text widths in pixels for a CSS font, from a canvas context, cached because the
 * same titles and tick labels are measured frame after frame while zooming.
 */
export function createTextMeasure(font: string, limit = 20_000): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return (text) => text.length * 7;
  context.font = font;
  const cache = new Map<string, number>();
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      if (cache.size >= limit) cache.clear();
      width = context.measureText(text).width;
      cache.set(text, width);
    }
    return width;
  };
}
