/** What the user has picked on the map or in the panel: one segment, flight or node at a time. */
export type PickKind = 'segment' | 'flight' | 'node';

export interface Pick {
  kind: PickKind;
  id: string;
  /** Where the popup points: the clicked position, or the feature's own anchor. */
  lngLat: [number, number];
}

export const selection = $state<{ picked: Pick | null; hovered: string | null }>({
  picked: null,
  hovered: null,
});
