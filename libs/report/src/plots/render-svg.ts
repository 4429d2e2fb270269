import type * as VegaNs from 'vega' with { 'resolution-mode': 'import' };
import type * as VegaLiteNs from 'vega-lite' with { 'resolution-mode': 'import' };

import { PlotRenderError } from '../errors';
import { THEME, type VlSpec } from './plot-theme';

type VegaModule = typeof VegaNs;
type VegaLiteModule = typeof VegaLiteNs;

let modules: Promise<[VegaModule, VegaLiteModule]> | undefined;

/** vega and vega-lite are ESM-only: loaded once, lazily, with a dynamic import. */
function loadVega(): Promise<[VegaModule, VegaLiteModule]> {
  modules ??= Promise.all([import('vega'), import('vega-lite')]);
  return modules;
}

/**
 * Compiles a Vega-Lite spec and renders it to an SVG string in Node (headless view, no canvas):
 * the SVG is inlined in the HTML, so nothing runs or loads at view time.
 */
export async function renderSvg(id: string, spec: VlSpec): Promise<string> {
  const [vega, vl] = await loadVega();
  try {
    const full = {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      config: THEME,
      ...spec,
    };
    const compiled = vl.compile(full as unknown as Parameters<VegaLiteModule['compile']>[0]).spec;
    const view = new vega.View(vega.parse(compiled), { renderer: 'none', logLevel: vega.Error });
    try {
      const svg = await view.toSVG();
      // Unique ids: several SVGs share one HTML document (clip paths, gradients).
      return svg.replace(
        /\b(id="|url\(#|href="#)([A-Za-z_][\w-]*)/g,
        (_m, pre: string, name: string) => `${pre}${id}-${name}`,
      );
    } finally {
      view.finalize();
    }
  } catch (cause) {
    throw new PlotRenderError(id, { cause });
  }
}
