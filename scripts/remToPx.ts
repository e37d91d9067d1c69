/**
 * Rem lengths rewritten as px, for the embed build (vite.embed.config.ts). A rem is the font size of the page's
 * <html>, which a publisher's CSS sets (`html { font-size: 62.5% }` is common) and which reaches into a shadow root;
 * in the embed, `1rem` is to mean what it means in the app with the browser's default size: 16px.
 */

/** A number followed by `rem`, not part of a longer word (`gap-2rem`, `1remedy`); a minus sign before it stays. */
const remLength = /(?<![\w.]|[\w.]-)(\d*\.?\d+)rem(?![\w-])/g;

/** `css` with every rem length as px, at `rootPx` to the rem. */
export function remToPx(css: string, rootPx = 16): string {
  // Rounded so that 0.15rem is 2.4px, not 2.4000000000000004px.
  return css.replace(remLength, (_, n: string) => `${Number((parseFloat(n) * rootPx).toFixed(4))}px`);
}
