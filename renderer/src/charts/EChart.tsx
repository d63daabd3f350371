import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Flex } from 'antd';
import type { EChartsOption } from 'echarts';
import { BarChart, HeatmapChart, LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

// Only what the app's charts use, to keep the bundle small.
echarts.use([
  HeatmapChart,
  BarChart,
  ScatterChart,
  LineChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
]);

/** Characters Windows does not allow in file names. */
const fileSafe = (name: string) => name.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 120) || 'chart';

/**
 * A chart from an ECharts option (see shared/charts): initialised on a div, updated when the
 * option changes, resized with its container, disposed on unmount; "导出图片" saves it as PNG.
 * `onItemClick` reports a click on a bar or point by its index in the series data (drill-down).
 */
export function EChart({
  option,
  height,
  title,
  fileName,
  testId,
  onItemClick,
}: {
  option: EChartsOption;
  height: number;
  /** What the chart shows, for screen readers and the export button. */
  title: string;
  /** Without extension. */
  fileName: string;
  testId?: string;
  onItemClick?: (dataIndex: number) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  // The options are plain data: skip redrawing when an edit elsewhere (typing a rationale)
  // rebuilt an identical option.
  const applied = useRef('');
  // The latest handler, so a new closure on each render does not rebind the chart's listener.
  const clickHandler = useRef(onItemClick);
  clickHandler.current = onItemClick;

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const instance = echarts.init(el, null, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (params: { componentType?: string; dataIndex?: number }) => {
      if (params.componentType === 'series' && typeof params.dataIndex === 'number') clickHandler.current?.(params.dataIndex);
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
      applied.current = '';
    };
  }, []);

  useEffect(() => {
    const json = JSON.stringify(option);
    if (!chart.current || json === applied.current) return;
    applied.current = json;
    // notMerge: series come and go as impacts are scored, so replace rather than merge.
    chart.current.setOption(option, { notMerge: true });
  }, [option]);

  useEffect(() => {
    chart.current?.resize();
  }, [height]);

  function exportPng() {
    const instance = chart.current;
    if (!instance) return;
    try {
      const url = instance.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
      const a = document.createElement('a');
      a.href = url;
      a.download = `${fileSafe(fileName)}.png`;
      document.body.appendChild(a);
      a.click();
      a.remove();
    } catch {
      void message.error(t('scoring.chart.exportFailed'));
    }
  }

  return (
    <div>
      <Flex justify="flex-end">
        <Button size="small" type="text" icon={<DownloadOutlined />} aria-label={t('scoring.chart.exportLabel', { title })} onClick={exportPng}>
          {t('scoring.chart.exportImage')}
        </Button>
      </Flex>
      <div ref={box} role="img" aria-label={title} data-testid={testId} style={{ width: '100%', height }} />
    </div>
  );
}
