import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  SESSION_MODE_KEY,
  enterSessionMode,
  inSessionMode,
  leaveSessionMode,
  storageArea,
  subscribeToSessionMode,
} from './storage-area';

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

afterEach(() => vi.restoreAllMocks());

describe('storageArea', () => {
  it('is localStorage unless this tab runs a session for someone else', () => {
    expect(inSessionMode()).toBe(false);
    expect(storageArea()).toBe(localStorage);
  });

  it('is this tab’s sessionStorage during a session, with the flag kept there and not in localStorage', () => {
    expect(enterSessionMode()).toBe(true);
    expect(inSessionMode()).toBe(true);
    expect(storageArea()).toBe(sessionStorage);
    expect(sessionStorage.getItem(SESSION_MODE_KEY)).toBe('on');
    expect(localStorage.length).toBe(0);
  });

  it('stays in the session when the tab is reloaded, since the flag is read from sessionStorage', () => {
    sessionStorage.setItem(SESSION_MODE_KEY, 'on');
    expect(storageArea()).toBe(sessionStorage);
  });
});

describe('leaveSessionMode', () => {
  it('removes every Pathway key from sessionStorage, the flag too, and goes back to localStorage', () => {
    localStorage.setItem('pathway-plans', 'the person’s own plans');
    enterSessionMode();
    sessionStorage.setItem('pathway-plans', 'the session’s plans');
    sessionStorage.setItem('pathway-plans:recovered:2026-12-07T10:00:00.000Z', 'a copy');
    sessionStorage.setItem('another-app', 'kept');
    leaveSessionMode();
    expect(inSessionMode()).toBe(false);
    expect(storageArea()).toBe(localStorage);
    expect(Object.keys(sessionStorage)).toEqual(['another-app']);
    expect(localStorage.getItem('pathway-plans')).toBe('the person’s own plans');
  });
});

describe('subscribeToSessionMode', () => {
  it('tells listeners when the session starts and ends, until they stop listening', () => {
    const listener = vi.fn();
    const stop = subscribeToSessionMode(listener);
    enterSessionMode();
    leaveSessionMode();
    expect(listener).toHaveBeenCalledTimes(2);
    stop();
    enterSessionMode();
    expect(listener).toHaveBeenCalledTimes(2);
  });
});

describe('a browser that will not keep anything in the tab', () => {
  it('cannot start a session, and everything stays in localStorage', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(enterSessionMode()).toBe(false);
    expect(inSessionMode()).toBe(false);
    expect(storageArea()).toBe(localStorage);
  });

  it('is never in a session when sessionStorage cannot be reached', () => {
    vi.spyOn(window, 'sessionStorage', 'get').mockImplementation(() => {
      throw new DOMException('Access is denied.', 'SecurityError');
    });
    expect(inSessionMode()).toBe(false);
    expect(enterSessionMode()).toBe(false);
  });
});
