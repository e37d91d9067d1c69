/** What a key does in the presentation. Pure, so that the key map is tested apart from the view. */
export type PresenterCommand = 'next' | 'previous' | 'first' | 'last' | 'leave';

/** The parts of a keydown that decide its command. */
export interface PresenterKey {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
}

/** Presentation clickers send PageDown / PageUp; keyboards use the arrows and Space (Shift+Space back, as in slides). */
const commands: Readonly<Record<string, PresenterCommand>> = {
  ArrowRight: 'next',
  ' ': 'next',
  PageDown: 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  Escape: 'leave',
};

/**
 * The command of a key, or undefined for keys the presentation leaves alone: those with Alt, Ctrl or Meta (the
 * browser's and the system's), and a plain Space on a button, which presses that button.
 */
export function presenterCommand(e: PresenterKey, onButton: boolean): PresenterCommand | undefined {
  if (e.altKey || e.ctrlKey || e.metaKey) return undefined;
  if (e.key === ' ') return e.shiftKey ? 'previous' : onButton ? undefined : 'next';
  return commands[e.key];
}
