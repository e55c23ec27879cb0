/*
 * `@salesforce/apex/Class.method` in the preview: a function that calls the in-memory backend,
 * and (like a cacheable method on the platform) a wire adapter at `.adapter`, so `@wire(method,
 * { param: '$prop' })` works. `refreshApex(wiredValue)` re-runs the wire that provided the value.
 */
import { call } from '../backend/index.js';

const adapterByValue = new WeakMap();

export function apexMethod(name) {
  const method = (params) => call(name, params);
  method.adapter = class ApexWireAdapter {
    constructor(dataCallback) {
      this.dataCallback = dataCallback;
      this.config = undefined;
      this.connected = false;
    }
    connect() {
      this.connected = true;
    }
    disconnect() {
      this.connected = false;
    }
    update(config) {
      this.config = config;
      // On the platform a wire with an undefined reactive parameter does not call the server.
      if (Object.values(config ?? {}).some((value) => value === undefined)) return;
      this.fetch();
    }
    fetch() {
      return call(name, this.config).then(
        (data) => this.provide({ data, error: undefined }),
        (error) => this.provide({ data: undefined, error })
      );
    }
    provide(value) {
      adapterByValue.set(value, this);
      this.dataCallback(value);
    }
  };
  return method;
}

/** Re-runs the wire whose provided value is `wiredValue`. */
export function refreshApex(wiredValue) {
  const adapter = wiredValue && adapterByValue.get(wiredValue);
  return adapter ? adapter.fetch().then(() => undefined) : Promise.resolve();
}

export function getSObjectValue(record, field) {
  const name = typeof field === 'string' ? field : field?.fieldApiName;
  return name ? name.split('.').reduce((value, part) => value?.[part], record) : undefined;
}
