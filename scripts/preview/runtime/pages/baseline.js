/*
 * The bench's baselines (see runtime/lwc/benchBaseline): ?mode=paged, a server-paged
 * lightning-datatable; otherwise a plain lightning-datatable given all the rows at once.
 * ?pageSize= and ?rows= set the page size and the all-rows count.
 */
import { mountPage } from '../shell.js';
import BenchBaseline from 'preview/benchBaseline';

export function start() {
  const config = globalThis.__PREVIEW__ ?? {};
  const params = new URLSearchParams(globalThis.location?.search ?? '');
  return mountPage({
    tag: 'preview-bench-baseline',
    Ctor: BenchBaseline,
    heading: config.heading,
    props: {
      recordId: config.recordId,
      mode: params.get('mode') === 'paged' ? 'paged' : 'all',
      pageSize: Number(params.get('pageSize') ?? 50),
      rowCount: Number(params.get('rows') ?? config.rowCount ?? 2000)
    }
  });
}
