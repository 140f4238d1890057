import { describe, expect, it, vi } from 'vitest';
import {
  ariaShortcut,
  chordLabel,
  isEditable,
  matchesChord,
  resolveShortcuts,
  toCode,
} from './shortcuts.js';

const key = (init: KeyboardEventInit & { keyCode?: number }) => {
  const event = new KeyboardEvent('keydown', init);
  if (init.keyCode !== undefined) Object.defineProperty(event, 'keyCode', { value: init.keyCode });
  return event;
};

describe('matchesChord', () => {
  it('is Alt+Shift on Windows/Linux and Control+Shift on macOS, by physical key', () => {
    expect(matchesChord(key({ code: 'KeyY', altKey: true, shiftKey: true }), 'KeyY', false)).toBe(
      true,
    );
    expect(matchesChord(key({ code: 'KeyY', ctrlKey: true, shiftKey: true }), 'KeyY', true)).toBe(
      true,
    );
    expect(matchesChord(key({ code: 'KeyY', ctrlKey: true, shiftKey: true }), 'KeyY', false)).toBe(
      false,
    );
    expect(matchesChord(key({ code: 'KeyY', altKey: true, shiftKey: true }), 'KeyY', true)).toBe(
      false,
    );
  });

  it('never matches bare keys, extra modifiers or IME composition', () => {
    expect(matchesChord(key({ code: 'KeyY' }), 'KeyY', false)).toBe(false);
    expect(matchesChord(key({ code: 'KeyY', shiftKey: true }), 'KeyY', false)).toBe(false);
    expect(
      matchesChord(
        key({ code: 'KeyY', altKey: true, shiftKey: true, ctrlKey: true }),
        'KeyY',
        false,
      ),
    ).toBe(false);
    expect(
      matchesChord(
        key({ code: 'KeyY', altKey: true, shiftKey: true, metaKey: true }),
        'KeyY',
        false,
      ),
    ).toBe(false);
    expect(
      matchesChord(
        key({ code: 'KeyY', altKey: true, shiftKey: true, isComposing: true }),
        'KeyY',
        false,
      ),
    ).toBe(false);
    expect(
      matchesChord(
        key({ code: 'KeyY', altKey: true, shiftKey: true, keyCode: 229 }),
        'KeyY',
        false,
      ),
    ).toBe(false);
  });
});

describe('shortcut data', () => {
  it('labels chords for people and for aria-keyshortcuts', () => {
    expect(chordLabel('Equal', false)).toBe('Alt+Shift+=');
    expect(chordLabel('KeyY', true)).toBe('Control+Shift+Y');
    expect(ariaShortcut('Minus', false)).toBe('Alt+Shift+Minus');
  });

  it("names keys as printed on the reader's layout when the browser tells it", () => {
    const german = new Map([
      ['KeyY', 'z'],
      ['KeyZ', 'y'],
    ]);
    expect(chordLabel('KeyY', false, german)).toBe('Alt+Shift+Z');
    expect(chordLabel('KeyH', false, german)).toBe('Alt+Shift+H');
  });

  it('accepts remapping in several spellings', () => {
    expect(toCode('l')).toBe('KeyL');
    expect(toCode('KeyL')).toBe('KeyL');
    expect(toCode('7')).toBe('Digit7');
    expect(toCode('=')).toBe('Equal');
    expect(toCode('¿')).toBeUndefined();
  });

  it('resolves overrides, drops "off" and refuses a key used twice', () => {
    const conflict = vi.fn();
    const out = resolveShortcuts(
      [
        { command: 'help', code: 'KeyA' },
        { command: 'guide', code: 'KeyB' },
        { command: 'elder', code: 'KeyC' },
      ],
      { guide: 'off', elder: 'a' },
      conflict,
    );
    expect(out).toEqual([{ command: 'help', code: 'KeyA' }]);
    expect(conflict).toHaveBeenCalledWith('elder', 'KeyA');
  });

  it('treats text fields and contenteditable as editable, buttons as not', () => {
    const input = document.createElement('input');
    const check = document.createElement('input');
    check.type = 'checkbox';
    const div = document.createElement('div');
    div.contentEditable = 'true';
    document.body.append(div);
    expect(isEditable(input)).toBe(true);
    expect(isEditable(check)).toBe(false);
    expect(isEditable(document.createElement('textarea'))).toBe(true);
    expect(isEditable(document.createElement('button'))).toBe(false);
    expect(isEditable(null)).toBe(false);
  });
});
