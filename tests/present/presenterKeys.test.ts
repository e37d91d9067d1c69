// The presenter's keys: what slide software and clickers send.
import { describe, expect, test } from 'vitest';
import { presenterCommand, type PresenterKey } from '../../src/lib/components/present/presenterKeys.ts';

const press = (key: string, modifiers: Partial<PresenterKey> = {}): PresenterKey => ({ key, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...modifiers });

describe('presenterCommand', () => {
  test('→, Space and Page Down go forward; ←, Page Up go back; Home, End and Esc', () => {
    expect(['ArrowRight', ' ', 'PageDown', 'ArrowLeft', 'PageUp', 'Home', 'End', 'Escape'].map((k) => presenterCommand(press(k), false))).toEqual([
      'next',
      'next',
      'next',
      'previous',
      'previous',
      'first',
      'last',
      'leave',
    ]);
  });

  test('Shift+Space goes back, as in slide software, on a button too', () => {
    expect(presenterCommand(press(' ', { shiftKey: true }), false)).toBe('previous');
    expect(presenterCommand(press(' ', { shiftKey: true }), true)).toBe('previous');
  });

  test('a plain Space on a button is left to press that button', () => {
    expect(presenterCommand(press(' '), true)).toBeUndefined();
    expect(presenterCommand(press('ArrowRight'), true)).toBe('next');
  });

  test('keys with Alt, Ctrl or Meta, and other keys, are left alone', () => {
    expect(presenterCommand(press('ArrowLeft', { altKey: true }), false)).toBeUndefined();
    expect(presenterCommand(press('End', { ctrlKey: true }), false)).toBeUndefined();
    expect(presenterCommand(press(' ', { metaKey: true }), false)).toBeUndefined();
    expect(presenterCommand(press('a'), false)).toBeUndefined();
  });
});
