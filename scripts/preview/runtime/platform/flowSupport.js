/*
 * lightning/flowSupport in the preview: the events a flow screen component fires. The wizard page
 * of the preview plays the Flow runtime: it keeps the attribute values and moves between screens.
 */
const options = { bubbles: true, composed: true, cancelable: true };

export class FlowAttributeChangeEvent extends CustomEvent {
  constructor(attributeName, attributeValue) {
    super('lightning__flowattributechange', {
      ...options,
      detail: { attributeName, attributeValue }
    });
  }
}
export class FlowNavigationNextEvent extends CustomEvent {
  constructor() {
    super('lightning__flownavigationnext', { ...options, detail: {} });
  }
}
export class FlowNavigationBackEvent extends CustomEvent {
  constructor() {
    super('lightning__flownavigationback', { ...options, detail: {} });
  }
}
export class FlowNavigationFinishEvent extends CustomEvent {
  constructor() {
    super('lightning__flownavigationfinish', { ...options, detail: {} });
  }
}
export class FlowNavigationPauseEvent extends CustomEvent {
  constructor() {
    super('lightning__flownavigationpause', { ...options, detail: {} });
  }
}
