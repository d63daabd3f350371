import { useCallback, useEffect, useState } from 'react';
import type { ChannelOutput } from '../../../shared/contract';
import { call } from '../api/client';

export type PanelView = ChannelOutput<'panel/get'>;
export type AggregatedRow = PanelView['aggregation'][number];
export type Member = PanelView['members'][number];

/** The panel of one assessment: members, state and aggregation, replaced by every write. */
export function usePanel(id: string) {
  const [panel, setPanel] = useState<PanelView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(async () => {
    try {
      setPanel(await call('panel/get', { id }));
      setError(null);
    } catch (err) {
      setError(err);
    }
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);
  return { panel, setPanel, error, load };
}

/** The latest rating of each member for each item (the aggregation already keeps the latest round). */
export function ratedCount(panel: PanelView, memberId: string): number {
  return panel.aggregation.filter((a) => a.ratings.some((r) => r.memberId === memberId && r.direction !== null)).length;
}
