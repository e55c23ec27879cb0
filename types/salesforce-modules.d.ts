/*
 * Declarations for the platform modules that @salesforce/lightning-types does not cover.
 * They describe what the platform provides at run time; Jest maps each one to a stub in
 * force-app/test/jest-mocks.
 */

declare module '@salesforce/apex' {
  export function refreshApex(wiredValue: unknown): Promise<void>;
}

/*
 * Each @AuraEnabled method is declared in types/apex.d.ts, generated from the Apex
 * (npm run types:apex): importing a method that does not exist fails the type check.
 */
declare namespace Apex {
  /** An @AuraEnabled method called imperatively. */
  type Call<Params, Result> = (params: Params) => Promise<Result>;
  /** A cacheable @AuraEnabled method: callable, and a wire adapter that provides { data, error }. */
  type Wireable<Params, Result> = Call<Params, Result> & {
    adapter: import('lwc').WireAdapterConstructor<Params, WireResult<Result>>;
  };
  interface WireResult<Result> {
    data?: Result;
    error?: unknown;
  }
}

declare module '@salesforce/schema/*' {
  const fieldOrObject: { objectApiName: string; fieldApiName?: string };
  export default fieldOrObject;
}

declare module '@salesforce/label/*' {
  const label: string;
  export default label;
}

declare module '@salesforce/i18n/*' {
  const value: string;
  export default value;
}

declare module '@salesforce/customPermission/*' {
  const hasPermission: boolean;
  export default hasPermission;
}

declare module 'lightning/platformShowToastEvent' {
  export type ToastVariant = 'info' | 'success' | 'warning' | 'error';
  export interface ToastEventDetail {
    title: string;
    message?: string;
    variant?: ToastVariant;
    mode?: 'dismissible' | 'pester' | 'sticky';
    messageData?: unknown[];
  }
  export class ShowToastEvent extends CustomEvent<ToastEventDetail> {
    constructor(detail: ToastEventDetail);
  }
}

declare module 'lightning/navigation' {
  export interface PageReference {
    type: string;
    attributes?: Record<string, unknown>;
    state?: Record<string, unknown>;
  }
  type Constructor<T = object> = abstract new (...args: any[]) => T;
  interface NavigationMixinApi {
    <T extends Constructor>(base: T): T;
    readonly Navigate: unique symbol;
    readonly GenerateUrl: unique symbol;
  }
  export const NavigationMixin: NavigationMixinApi;
  export const CurrentPageReference: (config?: unknown) => unknown;
}

declare module 'lightning/uiRecordApi' {
  export interface RecordFieldValue {
    value: unknown;
    displayValue: string | null;
  }
  export interface RecordRepresentation {
    id: string;
    apiName: string;
    fields: Record<string, RecordFieldValue>;
  }
  export interface RecordInput {
    apiName?: string;
    fields: Record<string, unknown>;
  }
  export const getRecord: (config?: unknown) => unknown;
  export function getFieldValue(
    record: RecordRepresentation | undefined,
    field: { fieldApiName?: string; objectApiName: string } | string
  ): unknown;
  export function getFieldDisplayValue(
    record: RecordRepresentation | undefined,
    field: { fieldApiName?: string; objectApiName: string } | string
  ): string | null;
  export function createRecord(recordInput: RecordInput): Promise<RecordRepresentation>;
  export function updateRecord(recordInput: RecordInput): Promise<RecordRepresentation>;
  export function deleteRecord(recordId: string): Promise<void>;
  export function notifyRecordUpdateAvailable(items: Array<{ recordId: string }>): Promise<void>;
}

declare module 'lightning/flowSupport' {
  export class FlowAttributeChangeEvent extends CustomEvent<{
    attributeName: string;
    attributeValue: unknown;
  }> {
    constructor(attributeName: string, attributeValue: unknown);
  }
  export class FlowNavigationNextEvent extends CustomEvent<unknown> {
    constructor();
  }
  export class FlowNavigationBackEvent extends CustomEvent<unknown> {
    constructor();
  }
  export class FlowNavigationFinishEvent extends CustomEvent<unknown> {
    constructor();
  }
  export class FlowNavigationPauseEvent extends CustomEvent<unknown> {
    constructor();
  }
}
