/*
 * Brings the @sa11y/jest matcher types (expect(element).toBeAccessible()) into the type check;
 * jest.setup.js registers the matcher at run time.
 */
import type {} from '@sa11y/jest';
