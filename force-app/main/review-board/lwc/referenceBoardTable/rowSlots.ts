/**
 * The key of each row of the table, chosen so that a new page reuses the rows already on screen.
 *
 * Keyed by response Id, a sort or a view that lists other responses unmounts every row and mounts
 * new ones: each row's lightning-button-menu, icon and dates are components, created and destroyed
 * fifty at a time (profiled: about three quarters of the table's script time on "newest first",
 * and more style work than patching the rows in place; README, bench). Keyed by a slot instead:
 * - a response still listed keeps its slot, so its row moves with it (as with Id keys);
 * - a response newly listed takes the slot of a response no longer listed, in screen order, so
 *   its row is patched in place rather than rebuilt;
 * - the row that holds the focus is never handed to another response: it leaves with its response
 *   (as with Id keys), so focus never lands on a control that now acts on someone else.
 * What a row holds for one response only (c-git-lab-issue-status's retry state) is keyed by that
 * response's nomination inside the row, so it is recreated when the row changes hands.
 */
export interface RowSlots {
  /** Each listed response's slot key. */
  byId: Map<string, string>;
  /** Slots made so far: the next new slot is `slot-<made>`. */
  made: number;
}

export const NO_SLOTS: RowSlots = { byId: new Map(), made: 0 };

/**
 * The slots of `ids` (the responses now listed, in screen order) after `previous`, whose
 * responses were listed in screen order; `focusedId` is the response whose row holds the focus.
 */
export function assignRowSlots(
  previous: RowSlots,
  ids: string[],
  focusedId: string | null = null
): RowSlots {
  const listed = new Set(ids);
  const free = [...previous.byId]
    .filter(([id]) => !listed.has(id) && id !== focusedId)
    .map(([, slot]) => slot);
  const byId = new Map<string, string>();
  let made = previous.made;
  for (const id of ids) {
    if (byId.has(id)) continue;
    const slot = previous.byId.get(id) ?? free.shift() ?? `slot-${made++}`;
    byId.set(id, slot);
  }
  return { byId, made };
}
