import type { EChartsOption } from 'echarts';
import { LineChart } from 'echarts/charts';
import { MarkLineComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { useEffect, useRef } from 'react';
import { EChart } from '../charts/EChart';

// The app's chart component registers only what the scoring charts use; the coverage charts
// also draw a trend line and target lines. Registering twice is harmless.
echarts.use([LineChart, MarkLineComponent]);

/**
 * The app's EChart (export button, resizing) plus a click on a bar or point, reported by its
 * index in the data, for drilling down. EChart has no click prop, so the handler is attached to
 * the instance it created on its div (children's effects run before ours, so it exists).
 */
export function ClickableChart({
  onClick,
  ...chart
}: {
  option: EChartsOption;
  height: number;
  title: string;
  fileName: string;
  testId?: string;
  onClick: (dataIndex: number) => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const handler = useRef(onClick);
  useEffect(() => {
    handler.current = onClick;
  }, [onClick]);

  useEffect(() => {
    // The chart's own div (the export button's icon is a span with role img too).
    const el = box.current?.querySelector<HTMLElement>('div[role="img"]');
    const instance = el ? echarts.getInstanceByDom(el) : undefined;
    if (!instance) return;
    const listener = (params: { dataIndex?: number; componentType?: string }) => {
      if (params.componentType === 'series' && typeof params.dataIndex === 'number') handler.current(params.dataIndex);
    };
    instance.on('click', listener);
    return () => {
      instance.off('click', listener);
    };
  }, []);

  return (
    <div ref={box}>
      <EChart {...chart} />
    </div>
  );
}
