/*
 * The "did you mean" distance of the metadata-schema checker: insertions, deletions, substitutions
 * and a swap of two neighbours each cost one; a near miss is the same name in another case or at
 * most one typo per four characters (at least one).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { editDistance, isNearMiss } from '../metadata-schema/edit-distance.mjs';

describe('editDistance', () => {
  test('an empty side costs the other side’s length', () => {
    assert.equal(editDistance('', ''), 0);
    assert.equal(editDistance('', 'abc'), 3);
    assert.equal(editDistance('abcd', ''), 4);
  });

  test('equal strings cost nothing', () => {
    assert.equal(editDistance('label', 'label'), 0);
  });

  test('one insertion, deletion or substitution costs one', () => {
    assert.equal(editDistance('labl', 'label'), 1);
    assert.equal(editDistance('label', 'labl'), 1);
    assert.equal(editDistance('label', 'lapel'), 1);
    assert.equal(editDistance('xlabel', 'label'), 1);
    assert.equal(editDistance('label', 'labelx'), 1);
  });

  test('a swap of two neighbours costs one, anywhere in the word', () => {
    assert.equal(editDistance('lable', 'label'), 1);
    assert.equal(editDistance('ba', 'ab'), 1);
    assert.equal(editDistance('alabel', 'laabel'), 1);
    assert.equal(editDistance('abcd', 'acbd'), 1);
  });

  test('a swap that is not of neighbours costs two substitutions', () => {
    assert.equal(editDistance('abc', 'cba'), 2);
  });

  test('mixed edits add up', () => {
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('flaw', 'lawn'), 2);
    assert.equal(editDistance('abc', 'xyz'), 3);
    assert.equal(editDistance('ca', 'abc'), 3);
    assert.equal(editDistance('Label', 'label'), 1);
  });
});

describe('isNearMiss', () => {
  test('the same name in another case is a near miss', () => {
    assert.equal(isNearMiss('LABEL', 'label'), true);
    assert.equal(isNearMiss('fullname', 'fullName'), true);
  });

  test('a short name allows one typo, not two', () => {
    assert.equal(isNearMiss('nme', 'name'), true);
    assert.equal(isNearMiss('typ', 'type'), true);
    assert.equal(isNearMiss('tpe', 'type'), true);
    assert.equal(isNearMiss('ab', 'xy'), false);
    assert.equal(isNearMiss('abc', 'axy'), false);
  });

  test('one typo per four characters of the name as written', () => {
    // 8 characters: two typos pass, three do not
    assert.equal(isNearMiss('lebalxyz', 'labelxyz'), true);
    assert.equal(isNearMiss('abcdefgh', 'abcdefXY'), true);
    assert.equal(isNearMiss('abcdefgh', 'abcdeXYZ'), false);
    // 7 characters: one typo only
    assert.equal(isNearMiss('abcdefg', 'abcdeXg'), true);
    assert.equal(isNearMiss('abcdefg', 'abcdeXY'), false);
    // the allowance comes from the name as written, not from the known name
    assert.equal(isNearMiss('abcd', 'abcdXY'), false);
    assert.equal(isNearMiss('abcdXYef', 'abcdef'), true);
  });

  test('a distant name is no near miss', () => {
    assert.equal(isNearMiss('description', 'label'), false);
  });
});
