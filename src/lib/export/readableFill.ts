import { contrastRatio } from '../state/themes.ts';

/** `top` at `opacity` over the opaque `bottom`, both #rrggbb: the one colour seen there. */
export function mixColors(top: string, bottom: string, opacity: number): string {
  const channel = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  return hexColor([0, 1, 2].map((i) => channel(top, i) * opacity + channel(bottom, i) * (1 - opacity)));
}

/** Red, green and blue (0–255, rounded here) as #rrggbb, the form the contrast helpers read. */
export function hexColor([r, g, b]: readonly number[]): string {
  return `#${[r!, g!, b!].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The opacity to fill a shape that text is written on: `opacity` (the chart's look) where `text` reads on it at
 * `least`:1 (WCAG AA for normal text), else the strongest that does, a step of 0.05 at a time. A strong accent under
 * a light text (the selected span in the dark and high-contrast themes) is what it has to lighten.
 */
export function readableOpacity(fill: string, under: string, text: string, opacity: number, least = 4.5): number {
  let chosen = opacity;
  while (chosen > 0 && contrastRatio(text, mixColors(fill, under, chosen)) < least) chosen = Math.max(0, Math.round((chosen - 0.05) * 100) / 100);
  return chosen;
}
