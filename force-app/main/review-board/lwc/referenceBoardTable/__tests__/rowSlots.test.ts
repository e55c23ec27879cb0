import { NO_SLOTS, assignRowSlots } from '../rowSlots';
import type { RowSlots } from '../rowSlots';

const slotsOf = (slots: RowSlots, ids: string[]): string[] =>
  ids.map((id) => slots.byId.get(id) ?? 'none');

describe('rowSlots', () => {
  it('gives a first page one new slot per response, in screen order', () => {
    const slots = assignRowSlots(NO_SLOTS, ['a', 'b', 'c']);
    expect(slotsOf(slots, ['a', 'b', 'c'])).toEqual(['slot-0', 'slot-1', 'slot-2']);
    expect(slots.made).toBe(3);
  });

  it('keeps the slot of a response still listed, wherever it moved', () => {
    const first = assignRowSlots(NO_SLOTS, ['a', 'b', 'c']);
    const reordered = assignRowSlots(first, ['c', 'a', 'b']);
    expect(slotsOf(reordered, ['a', 'b', 'c'])).toEqual(['slot-0', 'slot-1', 'slot-2']);
    expect(reordered.made).toBe(3);
  });

  it('hands the slots of responses no longer listed to the new ones, in screen order', () => {
    const first = assignRowSlots(NO_SLOTS, ['a', 'b', 'c', 'd']);
    const next = assignRowSlots(first, ['x', 'b', 'y', 'd']);
    expect(slotsOf(next, ['x', 'b', 'y', 'd'])).toEqual(['slot-0', 'slot-1', 'slot-2', 'slot-3']);
    expect(next.byId.has('a')).toBe(false);
    expect(next.made).toBe(4);
  });

  it('makes new slots once the freed ones are used up, never sharing one', () => {
    const first = assignRowSlots(NO_SLOTS, ['a', 'b']);
    const next = assignRowSlots(first, ['x', 'b', 'y', 'z']);
    expect(slotsOf(next, ['x', 'b', 'y', 'z'])).toEqual(['slot-0', 'slot-1', 'slot-2', 'slot-3']);
    expect(new Set(next.byId.values()).size).toBe(4);
    // a slot made earlier and then freed is not made again
    const fewer = assignRowSlots(next, ['b']);
    const again = assignRowSlots(fewer, ['b', 'p', 'q', 'r', 's']);
    expect(slotsOf(again, ['b', 'p', 'q', 'r', 's'])).toEqual([
      'slot-1',
      'slot-4',
      'slot-5',
      'slot-6',
      'slot-7'
    ]);
  });

  it('never hands the slot of the focused response to another', () => {
    const first = assignRowSlots(NO_SLOTS, ['a', 'b']);
    const next = assignRowSlots(first, ['x', 'y'], 'a');
    expect(slotsOf(next, ['x', 'y'])).toEqual(['slot-1', 'slot-2']);
    // a focused response that stays listed keeps its own slot
    const stays = assignRowSlots(first, ['b', 'a'], 'a');
    expect(slotsOf(stays, ['a', 'b'])).toEqual(['slot-0', 'slot-1']);
  });

  it('lists a response once however often it is given', () => {
    const slots = assignRowSlots(NO_SLOTS, ['a', 'a', 'b']);
    expect(slotsOf(slots, ['a', 'b'])).toEqual(['slot-0', 'slot-1']);
    expect(slots.made).toBe(2);
  });
});
