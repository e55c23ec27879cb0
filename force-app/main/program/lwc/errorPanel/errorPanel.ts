import { LightningElement, api } from 'lwc';
import DEFAULT_MESSAGE from '@salesforce/label/c.Error_Panel_Default_Message';
import SHOW_DETAILS from '@salesforce/label/c.Error_Panel_Show_Details';
import HIDE_DETAILS from '@salesforce/label/c.Error_Panel_Hide_Details';
import ERROR_ICON_TEXT from '@salesforce/label/c.Error_Panel_Icon_Text';
import { reduceErrors } from 'c/ldsUtils';

/**
 * The one error panel of the UI: a short, friendly sentence, with the platform's messages one
 * click away so a user can pass them on without reading a stack trace.
 */
export default class ErrorPanel extends LightningElement {
  /** What went wrong, in the user's words; defaults to a generic label. */
  @api friendlyMessage: string = DEFAULT_MESSAGE;
  /** Any error or array of errors (see c/ldsUtils reduceErrors). */
  @api errors: unknown;

  detailsShown = false;
  readonly iconText = ERROR_ICON_TEXT;

  get messages(): string[] {
    return reduceErrors(this.errors);
  }

  get hasDetails(): boolean {
    return this.messages.length > 0;
  }

  get toggleLabel(): string {
    return this.detailsShown ? HIDE_DETAILS : SHOW_DETAILS;
  }

  get detailsExpanded(): string {
    return String(this.detailsShown);
  }

  handleToggle(): void {
    this.detailsShown = !this.detailsShown;
  }
}
