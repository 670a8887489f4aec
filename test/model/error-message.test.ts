import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../src/model/error-message.js';

describe('errorMessage', () => {
  it('gives the first line of an error message, or the thrown value as text', () => {
    expect(errorMessage(new Error('bad indentation of a mapping entry (3:5)\n\n 1 | title: x\n 2 |   y'))).toBe('bad indentation of a mapping entry (3:5)');
    expect(errorMessage('  plain text  ')).toBe('plain text');
    expect(errorMessage(404)).toBe('404');
  });
});
