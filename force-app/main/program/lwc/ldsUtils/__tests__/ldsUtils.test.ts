import { formatLabel, formatLabelOr, reduceErrors } from 'c/ldsUtils';

describe('c/ldsUtils reduceErrors', () => {
  it('returns nothing for nothing', () => {
    expect(reduceErrors(undefined)).toEqual([]);
    expect(reduceErrors(null)).toEqual([]);
    expect(reduceErrors([])).toEqual([]);
    expect(reduceErrors(42)).toEqual([]);
  });

  it('keeps a plain string', () => {
    expect(reduceErrors('Something failed')).toEqual(['Something failed']);
  });

  it('reads a JavaScript error', () => {
    expect(reduceErrors(new TypeError('x is undefined'))).toEqual(['x is undefined']);
  });

  it('reads an Apex error body (AuraHandledException)', () => {
    expect(reduceErrors({ body: { message: 'You need the permission set.' } })).toEqual([
      'You need the permission set.'
    ]);
  });

  it('reads an array body (wire errors)', () => {
    expect(reduceErrors({ body: [{ message: 'First' }, { message: 'Second' }, {}] })).toEqual([
      'First',
      'Second'
    ]);
    // a hole in the list is skipped, not a crash of the error panel
    expect(reduceErrors({ body: [null, { message: 'First' }] })).toEqual(['First']);
  });

  it('reads the message of an error whose body is a bare string', () => {
    expect(reduceErrors({ body: 'Bad Gateway', message: 'Request failed' })).toEqual([
      'Request failed'
    ]);
  });

  it('reads page and field errors of a DML failure', () => {
    const error = {
      body: {
        message: 'generic',
        pageErrors: [{ message: 'Page problem' }],
        fieldErrors: { Name: [{ message: 'Name problem' }] }
      }
    };
    expect(reduceErrors(error)).toEqual(['Page problem', 'Name problem']);
  });

  it('reads UI API output errors', () => {
    const error = {
      body: {
        message: 'An error occurred while trying to update the record.',
        output: {
          errors: [{ message: 'Record problem' }],
          fieldErrors: { Status: [{ message: 'Status problem' }] }
        }
      }
    };
    expect(reduceErrors(error)).toEqual(['Record problem', 'Status problem']);
  });

  it('falls back to the status text of a network error', () => {
    expect(reduceErrors({ body: null, statusText: 'Service Unavailable' })).toEqual([
      'Service Unavailable'
    ]);
    expect(reduceErrors({ body: {}, message: 'Fallback' })).toEqual(['Fallback']);
  });

  it('flattens several errors, dropping blanks and repeats', () => {
    expect(
      reduceErrors([{ body: { message: 'Same' } }, new Error('Same'), '  ', { body: {} }])
    ).toEqual(['Same']);
  });
});

describe('c/ldsUtils formatLabel', () => {
  it('fills placeholders in order and keeps those without a value', () => {
    expect(formatLabel('{0} done, {1} refused', 3, 0)).toBe('3 done, 0 refused');
    expect(formatLabel('{1} by {0}', 'Ada')).toBe('{1} by Ada');
    expect(formatLabel('{0}', null)).toBe('{0}');
    expect(formatLabel('No placeholder')).toBe('No placeholder');
    const eleven = Array.from({ length: 11 }, (_, index) => `v${index}`);
    expect(formatLabel('{0} … {10}', ...eleven)).toBe('v0 … v10');
  });
});

describe('c/ldsUtils formatLabelOr', () => {
  const named = 'Failed: {0}. Retry {1}.';
  const variant = 'Failed. Retry {1}.';

  it('fills the label when every value is there', () => {
    expect(formatLabelOr(named, variant, '403', 'now')).toBe('Failed: 403. Retry now.');
    expect(formatLabelOr('{0} left', 'None left', 0)).toBe('0 left');
  });

  it('uses the variant, with the values that are there, when one is missing or blank', () => {
    expect(formatLabelOr(named, variant, null, 'now')).toBe('Failed. Retry now.');
    expect(formatLabelOr(named, variant, undefined, 'now')).toBe('Failed. Retry now.');
    expect(formatLabelOr(named, variant, ' ', 'now')).toBe('Failed. Retry now.');
    expect(formatLabelOr(named, variant, '', 'now')).toBe('Failed. Retry now.');
    expect(formatLabelOr('{0} and {1}', 'Neither', 'Ada', '')).toBe('Neither');
  });
});
