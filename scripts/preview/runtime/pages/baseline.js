/*
 * The bench's baseline: what a user would otherwise have, a plain lightning-datatable given all the
 * rows at once (see runtime/lwc/benchBaseline).
 */
import { mountPage } from '../shell.js';
import BenchBaseline from 'preview/benchBaseline';

export function start() {
  const config = globalThis.__PREVIEW__ ?? {};
  return mountPage({
    tag: 'preview-bench-baseline',
    Ctor: BenchBaseline,
    heading: config.heading,
    props: { recordId: config.recordId, rowCount: Number(config.rowCount ?? 2000) }
  });
}
