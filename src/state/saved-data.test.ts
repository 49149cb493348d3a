import { beforeEach, describe, expect, it } from 'vitest';
import { PART_TIME_RECOVERY_KEY_PREFIX } from './part-time-store';
import { RECOVERY_KEY_PREFIX } from './persistence';
import { recoveryCopyCount } from './saved-data';

beforeEach(() => localStorage.clear());

describe('recoveryCopyCount', () => {
  it('counts the copies of unreadable part-time data as well as of plans, and nothing else', () => {
    localStorage.setItem(`${RECOVERY_KEY_PREFIX}2026-11-25T10:00:00.000Z`, '{"state":');
    localStorage.setItem(`${PART_TIME_RECOVERY_KEY_PREFIX}2026-11-25T10:00:00.000Z`, '[');
    localStorage.setItem(`${PART_TIME_RECOVERY_KEY_PREFIX}2026-11-26T10:00:00.000Z`, '{');
    localStorage.setItem('pathway-part-time', '{}');
    localStorage.setItem('another-app:recovered:1', '{}');
    expect(recoveryCopyCount()).toBe(3);
  });
});
