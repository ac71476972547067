// The report shows an alert's level once: the engine's own level prefix is dropped
// from the text (the first pass showed "警告 【警告】…").
import { describe, expect, it } from 'vitest';
import { alertBody } from '../../src/game/alertText';

describe('alertBody', () => {
  it('drops the level (and starts the rest with a capital) the engine writes in front, in both languages', () => {
    expect(alertBody('【警告】差评率 3.0%，超过 2.0%')).toBe('差评率 3.0%，超过 2.0%');
    expect(alertBody('【严重】现金只够 2 周')).toBe('现金只够 2 周');
    expect(alertBody('Warning: complaint rate 3.0%, above 2.0%')).toBe('Complaint rate 3.0%, above 2.0%');
    expect(alertBody('Critical: cash for 2 weeks')).toBe('Cash for 2 weeks');
    expect(alertBody('Watch: rating 4.1')).toBe('Rating 4.1');
  });

  it('leaves text without a level prefix alone', () => {
    expect(alertBody('Rating falling 【note】')).toBe('Rating falling 【note】');
    expect(alertBody('Watchlist: x')).toBe('Watchlist: x');
    expect(alertBody('')).toBe('');
  });
});
