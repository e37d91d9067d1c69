/**
 * The story editor's edits as pure functions of the steps: each returns a new list and leaves its input alone. A story
 * may visit an event more than once, so steps are told apart by position, never by event id.
 */
import type { StoryStep } from './story.svelte.ts';

/** One of a step's buttons in the editor, or the "Add an event" menu after the last step is gone. */
export type StoryControl = { readonly step: number; readonly button: 'up' | 'down' | 'remove' } | { readonly add: true };

/** The steps with the one at `index` moved one place up (-1) or down (1); unchanged at either end. */
export function moveStep(steps: readonly StoryStep[], index: number, by: -1 | 1): readonly StoryStep[] {
  const to = index + by;
  if (index < 0 || index >= steps.length || to < 0 || to >= steps.length) return steps;
  const next = [...steps];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

export function removeStep(steps: readonly StoryStep[], index: number): readonly StoryStep[] {
  return steps.filter((_, i) => i !== index);
}

export function addStep(steps: readonly StoryStep[], eventId: string): readonly StoryStep[] {
  return [...steps, { eventId }];
}

/** The steps with the note of the one at `index` replaced; an empty note is no note. */
export function setStepNote(steps: readonly StoryStep[], index: number, note: string): readonly StoryStep[] {
  return steps.map((s, i) => (i === index ? { eventId: s.eventId, ...(note ? { note } : {}) } : s));
}

/**
 * Where focus goes after moving a step: the same button of the moved step, in its new place, or its other arrow once
 * it has reached an end (where that one is disabled).
 */
export function controlAfterMove(index: number, by: -1 | 1, count: number): StoryControl {
  const step = Math.max(0, Math.min(count - 1, index + by));
  const atEnd = by === -1 ? step === 0 : step === count - 1;
  const same = by === -1 ? 'up' : 'down';
  return { step, button: atEnd ? (same === 'up' ? 'down' : 'up') : same };
}

/** Where focus goes after removing step `index` of `count`: the step that took its place, the new last one, or Add. */
export function controlAfterRemove(index: number, count: number): StoryControl {
  const left = count - 1;
  return left === 0 ? { add: true } : { step: Math.min(index, left - 1), button: 'remove' };
}
