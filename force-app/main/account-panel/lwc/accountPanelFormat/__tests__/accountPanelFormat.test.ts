import { programText, recordUrl, text } from 'c/accountPanelFormat';

describe('c/accountPanelFormat', () => {
  it('turns a missing value into an empty text', () => {
    expect(text(null)).toBe('');
    expect(text(undefined)).toBe('');
    expect(text('Acme')).toBe('Acme');
  });

  it('links a record to its record page, and nothing to no record', () => {
    expect(recordUrl('001000000000001AAA')).toBe('/lightning/r/001000000000001AAA/view');
    expect(recordUrl(null)).toBe('');
    expect(recordUrl('')).toBe('');
  });

  it('labels a known program and passes an unknown one through', () => {
    expect(programText('Open_Source')).toBe('Open Source');
    expect(programText('Future_Program')).toBe('Future_Program');
    expect(programText(null)).toBe('');
  });
});
