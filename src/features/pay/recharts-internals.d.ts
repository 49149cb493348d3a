// Two Recharts 3 modules its package index does not export, used by release-recharts.ts to free what
// a chart leaves at module level. Recharts is pinned to an exact version; check these on an upgrade.

declare module 'recharts/es6/zIndex/zIndexSelectors.js' {
  /** A reselect selector: the chart's layer element for a z-index, remembered as its last result. */
  export const selectZIndexPortalElement: (
    state: { readonly zIndex: { readonly zIndexMap: Readonly<Record<number, unknown>> } },
    zIndex: number | undefined,
    isPanorama: boolean,
  ) => Element | undefined;
}

declare module 'recharts/es6/util/DOMUtils.js' {
  /** Empties the module-level cache of measured text sizes. */
  export function clearStringCache(): void;
}
