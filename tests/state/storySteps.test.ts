// The story editor's edits, on a story that comes back to an event (A, B, A): steps are told apart by position.
import { describe, expect, test } from 'vitest';
import { addStep, controlAfterMove, controlAfterRemove, moveStep, removeStep, setStepNote } from '../../src/lib/state/storySteps.ts';

const revisit = [{ eventId: 'a', note: 'first' }, { eventId: 'b' }, { eventId: 'a', note: 'again' }] as const;

describe('editing a story that visits an event twice', () => {
  test('moveStep swaps a step with its neighbour, the repeated event keeping each visit’s note', () => {
    expect(moveStep(revisit, 2, -1)).toEqual([{ eventId: 'a', note: 'first' }, { eventId: 'a', note: 'again' }, { eventId: 'b' }]);
    expect(moveStep(revisit, 0, 1)).toEqual([{ eventId: 'b' }, { eventId: 'a', note: 'first' }, { eventId: 'a', note: 'again' }]);
  });

  test('moveStep leaves the steps as they are past either end', () => {
    expect(moveStep(revisit, 0, -1)).toBe(revisit);
    expect(moveStep(revisit, 2, 1)).toBe(revisit);
  });

  test('removeStep removes that visit only', () => {
    expect(removeStep(revisit, 2)).toEqual([{ eventId: 'a', note: 'first' }, { eventId: 'b' }]);
    expect(removeStep(revisit, 0)).toEqual([{ eventId: 'b' }, { eventId: 'a', note: 'again' }]);
  });

  test('addStep adds a step at the end', () => {
    expect(addStep(revisit, 'c')).toEqual([...revisit, { eventId: 'c' }]);
  });

  test('setStepNote changes the note of that visit only, and an empty note is no note', () => {
    expect(setStepNote(revisit, 2, 'third')[2]).toEqual({ eventId: 'a', note: 'third' });
    expect(setStepNote(revisit, 2, 'third')[0]).toEqual({ eventId: 'a', note: 'first' });
    expect(setStepNote(revisit, 0, '')[0]).toEqual({ eventId: 'a' });
  });

  test('no edit changes the steps it is given', () => {
    const before = JSON.stringify(revisit);
    moveStep(revisit, 1, 1);
    removeStep(revisit, 1);
    addStep(revisit, 'c');
    setStepNote(revisit, 1, 'x');
    expect(JSON.stringify(revisit)).toBe(before);
  });
});

describe('where focus goes after an edit', () => {
  test('after a move, to the same arrow of the moved step in its new place', () => {
    expect(controlAfterMove(1, 1, 4)).toEqual({ step: 2, button: 'down' });
    expect(controlAfterMove(2, -1, 4)).toEqual({ step: 1, button: 'up' });
  });

  test('after a move to an end, to the other arrow, as that one is disabled', () => {
    expect(controlAfterMove(2, 1, 4)).toEqual({ step: 3, button: 'up' });
    expect(controlAfterMove(1, -1, 4)).toEqual({ step: 0, button: 'down' });
  });

  test('after a removal, to the step that took its place, the new last one, or the Add menu', () => {
    expect(controlAfterRemove(1, 3)).toEqual({ step: 1, button: 'remove' });
    expect(controlAfterRemove(2, 3)).toEqual({ step: 1, button: 'remove' });
    expect(controlAfterRemove(0, 1)).toEqual({ add: true });
  });
});
