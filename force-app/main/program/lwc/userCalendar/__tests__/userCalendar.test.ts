import { addDays, formatDay, userDay, userToday } from 'c/userCalendar';

// The user's Salesforce time zone: far east of the browser's (Jest runs in UTC or anywhere).
jest.mock('@salesforce/i18n/timeZone', () => ({ default: 'Pacific/Kiritimati' }), {
  virtual: true
});
jest.mock('@salesforce/i18n/locale', () => ({ default: 'en-US' }), { virtual: true });

describe('c/userCalendar', () => {
  it("gives the user's day, not the browser's: 20:00 UTC is already the next day at UTC+14", () => {
    expect(userDay(new Date('2026-11-04T20:00:00Z'))).toBe('2026-11-05');
    expect(userDay(new Date('2026-11-04T09:00:00Z'))).toBe('2026-11-04');
  });

  it("today is the user's day of now", () => {
    expect(userToday(new Date('2026-12-31T11:00:00Z'))).toBe('2027-01-01');
  });

  it('formats a Datetime on the user day with the board options', () => {
    expect(formatDay('2026-11-04T20:00:00.000Z')).toBe('Nov 5, 2026');
  });

  it('formats a Date as its calendar day, never shifted by the zone', () => {
    expect(formatDay('2026-11-19')).toBe('Nov 19, 2026');
  });

  it('adds calendar days across a month and a year end, and goes back', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-02-28', 365)).toBe('2027-02-28');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('formats nothing as nothing', () => {
    expect(formatDay(null)).toBe('');
    expect(formatDay(undefined)).toBe('');
    expect(formatDay('')).toBe('');
  });
});
