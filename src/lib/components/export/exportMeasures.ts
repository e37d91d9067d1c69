import { defaults } from '../../export/timelineSvg.ts';
import { createTextMeasure } from '../chart/measureText.ts';

/** Text widths in the SVG export's own fonts, for its labels and lines (12px) and its heading. Browser only. */
export function createExportMeasures(): { measure: (text: string) => number; measureTitle: (text: string) => number } {
  return {
    measure: createTextMeasure(`12px ${defaults.font}`),
    measureTitle: createTextMeasure(`600 ${defaults.titleSize}px ${defaults.font}`),
  };
}
