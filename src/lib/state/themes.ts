/**
 * The colour themes as data: one palette per theme, the only place colours are defined. The app puts a palette on
 * <html> and the custom element on its shadow root's wrapper, both as CSS custom properties, so the components'
 * `var(--bg)` and the canvas (which reads them) follow. A test checks each palette against WCAG AA.
 */
import type { Theme } from '../share/viewState.ts';

export type { Theme };

export interface Palette {
  readonly bg: string;
  readonly text: string;
  readonly muted: string;
  readonly 'chart-bg': string;
  readonly mark: string;
  readonly 'mark-stroke': string;
  readonly 'mark-hover': string;
  readonly selected: string;
  readonly 'selected-bg': string;
  readonly 'hover-bg': string;
  readonly focus: string;
  readonly 'accent-text': string;
  readonly 'mark-bg': string;
  readonly 'tooltip-bg': string;
  readonly 'tooltip-text': string;
  readonly warn: string;
  readonly 'warn-bg': string;
}

export const palettes: Readonly<Record<Theme, Palette>> = {
  light: {
    bg: '#fbfbfa', text: '#1d1f23', muted: '#555c69', 'chart-bg': '#f0f2f5', mark: '#3b6fd8', 'mark-stroke': '#1f4aa8',
    'mark-hover': '#2855b8', selected: '#c2410c', 'selected-bg': '#fff1e8', 'hover-bg': '#eef1f6', focus: '#0b57d0',
    'accent-text': '#1f4aa8', 'mark-bg': '#ffe58a', 'tooltip-bg': '#1d1f23', 'tooltip-text': '#ffffff', warn: '#b35c00',
    'warn-bg': '#fff4e0',
  },
  dark: {
    bg: '#16181c', text: '#e8eaed', muted: '#a3aab5', 'chart-bg': '#20242b', mark: '#6d9bff', 'mark-stroke': '#a9c2ff',
    'mark-hover': '#8fb2ff', selected: '#ff8a4c', 'selected-bg': '#3a2618', 'hover-bg': '#262b33', focus: '#8ab4ff',
    'accent-text': '#a9c2ff', 'mark-bg': '#6b5300', 'tooltip-bg': '#e8eaed', 'tooltip-text': '#16181c', warn: '#ffb561',
    'warn-bg': '#3a2a12',
  },
  // High contrast: pure black and white with saturated accents, every pair well above AA (most above AAA).
  contrast: {
    bg: '#000000', text: '#ffffff', muted: '#e0e0e0', 'chart-bg': '#000000', mark: '#ffff00', 'mark-stroke': '#ffffff',
    'mark-hover': '#ffffff', selected: '#00ffff', 'selected-bg': '#003a3a', 'hover-bg': '#1a1a1a', focus: '#ff00ff',
    'accent-text': '#ffff00', 'mark-bg': '#0000aa', 'tooltip-bg': '#ffffff', 'tooltip-text': '#000000', warn: '#ffb000',
    'warn-bg': '#000000',
  },
};

export const paletteKeys = Object.keys(palettes.light) as (keyof Palette)[];

/**
 * The custom properties of a theme, `--bg: #fbfbfa`. With a `publicPrefix`, each value defers to a public property
 * (`--event-timeline-bg`) that a host page may set, so pages theme the embed without reaching into it.
 */
export function themeProperties(theme: Theme, publicPrefix?: string): [string, string][] {
  const palette = palettes[theme];
  return paletteKeys.map((key) => [`--${key}`, publicPrefix ? `var(--${publicPrefix}${key}, ${palette[key]})` : palette[key]]);
}

/** Sets a theme's custom properties on an element (CSSOM, so a strict CSP without 'unsafe-inline' allows it). */
export function applyTheme(element: HTMLElement, theme: Theme, publicPrefix?: string): void {
  for (const [name, value] of themeProperties(theme, publicPrefix)) element.style.setProperty(name, value);
  element.dataset.theme = theme;
  element.style.colorScheme = theme === 'light' ? 'light' : 'dark';
}

/** WCAG 2 contrast ratio of two #rrggbb colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
