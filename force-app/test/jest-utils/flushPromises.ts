/**
 * Lets every pending promise settle and LWC re-render: a macrotask runs after all queued
 * microtasks, however deep their chain (Apex mock resolves → component awaits → template renders).
 */
export function flushPromises(): Promise<void> {
  // eslint-disable-next-line @lwc/lwc/no-async-operation
  return new Promise((resolve) => setTimeout(resolve, 0));
}
