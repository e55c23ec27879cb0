/*
 * lightning/platformShowToastEvent in the preview: the same event the platform listens for; the
 * preview shell shows it as an SLDS toast and keeps it in window.__previewToasts for the tests.
 */
export class ShowToastEvent extends CustomEvent {
  constructor(detail) {
    super('lightning__showtoast', { bubbles: true, composed: true, cancelable: true, detail });
  }
}
