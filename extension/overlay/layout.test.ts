import { describe, expect, it } from 'vitest';
import {
  BIG_STEP,
  clampWidth,
  DEFAULT_PREFS,
  DEFAULT_WIDTH,
  MAX_WIDTH,
  MIN_WIDTH,
  otherSide,
  parsePrefs,
  STEP,
  samePrefs,
  widthAfterDrag,
  widthAfterKey,
} from './layout.ts';

describe('clampWidth', () => {
  it('keeps widths within 280–640 px, rounded', () => {
    expect(clampWidth(100)).toBe(MIN_WIDTH);
    expect(clampWidth(5000)).toBe(MAX_WIDTH);
    expect(clampWidth(400.6)).toBe(401);
    expect(clampWidth('512px')).toBe(512);
  });

  it('falls back to the default for anything that is not a number', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, 'large', null, undefined, {}]) {
      expect(clampWidth(value)).toBe(DEFAULT_WIDTH);
    }
  });
});

describe('parsePrefs', () => {
  it('reads stored prefs', () => {
    expect(parsePrefs({ collapsed: true, dock: 'left', width: 500 })).toEqual({
      collapsed: true,
      dock: 'left',
      width: 500,
    });
  });

  it('returns the defaults for nothing or garbage', () => {
    for (const value of [undefined, null, 'x', 42, []]) expect(parsePrefs(value)).toEqual(DEFAULT_PREFS);
  });

  it('repairs each field on its own', () => {
    expect(parsePrefs({ collapsed: 'yes', dock: 'top', width: 9999 })).toEqual({
      collapsed: false,
      dock: 'right',
      width: MAX_WIDTH,
    });
    expect(parsePrefs({ dock: 'left' })).toEqual({ ...DEFAULT_PREFS, dock: 'left' });
  });

  it('does not hand back the shared default object', () => {
    const prefs = parsePrefs(undefined);
    prefs.width = 300;
    expect(DEFAULT_PREFS.width).toBe(DEFAULT_WIDTH);
  });

  it('compares prefs by value', () => {
    expect(samePrefs(parsePrefs({}), DEFAULT_PREFS)).toBe(true);
    expect(samePrefs({ ...DEFAULT_PREFS, width: 300 }, DEFAULT_PREFS)).toBe(false);
    expect(otherSide('left')).toBe('right');
    expect(otherSide('right')).toBe('left');
  });
});

describe('resizing', () => {
  it('moves the separator in the arrow’s direction', () => {
    expect(widthAfterKey(400, 'right', 'ArrowLeft')).toBe(400 + STEP);
    expect(widthAfterKey(400, 'right', 'ArrowRight')).toBe(400 - STEP);
    expect(widthAfterKey(400, 'left', 'ArrowRight')).toBe(400 + STEP);
    expect(widthAfterKey(400, 'left', 'ArrowLeft', true)).toBe(400 - BIG_STEP);
  });

  it('jumps to the bounds with Home and End, stays within them, and ignores other keys', () => {
    expect(widthAfterKey(400, 'right', 'Home')).toBe(MIN_WIDTH);
    expect(widthAfterKey(400, 'right', 'End')).toBe(MAX_WIDTH);
    expect(widthAfterKey(MAX_WIDTH, 'right', 'ArrowLeft')).toBe(MAX_WIDTH);
    expect(widthAfterKey(MIN_WIDTH, 'left', 'ArrowLeft')).toBe(MIN_WIDTH);
    expect(widthAfterKey(400, 'right', 'ArrowUp')).toBeNull();
    expect(widthAfterKey(400, 'right', 'a')).toBeNull();
  });

  it('follows the pointer: docked right, dragging left widens', () => {
    expect(widthAfterDrag(400, 1000, 900, 'right')).toBe(500);
    expect(widthAfterDrag(400, 400, 450, 'left')).toBe(450);
    expect(widthAfterDrag(400, 1000, 0, 'right')).toBe(MAX_WIDTH);
    expect(widthAfterDrag(400, 400, 0, 'left')).toBe(MIN_WIDTH);
  });
});
