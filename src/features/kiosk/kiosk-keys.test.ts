import { describe, expect, it } from 'vitest';
import { commandForKey } from './kiosk-keys';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('kiosk keys', () => {
  it('clicker and arrow keys move between slides', () => {
    expect(['ArrowRight', 'ArrowDown', 'PageDown', ' '].map((k) => commandForKey(key(k)))).toEqual([
      'next',
      'next',
      'next',
      'next',
    ]);
    expect(['ArrowLeft', 'ArrowUp', 'PageUp'].map((k) => commandForKey(key(k)))).toEqual([
      'previous',
      'previous',
      'previous',
    ]);
    expect(commandForKey(key('Home'))).toBe('first');
    expect(commandForKey(key('End'))).toBe('last');
  });

  it('pause keys, full screen, and keys left to the browser', () => {
    expect(commandForKey(key('p'))).toBe('toggle');
    expect(commandForKey(key('b'))).toBe('toggle');
    expect(commandForKey(key('f'))).toBe('fullscreen');
    expect(commandForKey(key('Tab'))).toBeNull();
    expect(commandForKey(key('Enter'))).toBeNull();
    expect(commandForKey(key('ArrowRight', { altKey: true }))).toBeNull();
    expect(commandForKey(key('r', { ctrlKey: true }))).toBeNull();
  });
});
