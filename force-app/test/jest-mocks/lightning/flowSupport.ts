/*
 * Stand-in for lightning/flowSupport that keeps the event arguments, so a flow screen's tests
 * can assert which attribute changed and to what.
 */
export const FLOW_ATTRIBUTE_CHANGE = 'lightning__flowattributechange';
export const FLOW_NAVIGATE_NEXT = 'lightning__flownavigationnext';
export const FLOW_NAVIGATE_BACK = 'lightning__flownavigationback';
export const FLOW_NAVIGATE_FINISH = 'lightning__flownavigationfinish';
export const FLOW_NAVIGATE_PAUSE = 'lightning__flownavigationpause';

const bubbling = { bubbles: true, composed: true, cancelable: false };

export class FlowAttributeChangeEvent extends CustomEvent<{
  attributeName: string;
  attributeValue: unknown;
}> {
  constructor(attributeName: string, attributeValue: unknown) {
    super(FLOW_ATTRIBUTE_CHANGE, { ...bubbling, detail: { attributeName, attributeValue } });
  }
}

export class FlowNavigationNextEvent extends CustomEvent<unknown> {
  constructor() {
    super(FLOW_NAVIGATE_NEXT, bubbling);
  }
}

export class FlowNavigationBackEvent extends CustomEvent<unknown> {
  constructor() {
    super(FLOW_NAVIGATE_BACK, bubbling);
  }
}

export class FlowNavigationFinishEvent extends CustomEvent<unknown> {
  constructor() {
    super(FLOW_NAVIGATE_FINISH, bubbling);
  }
}

export class FlowNavigationPauseEvent extends CustomEvent<unknown> {
  constructor() {
    super(FLOW_NAVIGATE_PAUSE, bubbling);
  }
}
