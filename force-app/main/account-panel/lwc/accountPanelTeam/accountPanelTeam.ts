import { LightningElement, api } from 'lwc';
import { text } from 'c/accountPanelFormat';
import { LABELS } from './labels';

type Person = Apex.ReferenceAccountPanelService.Person;

interface PersonView {
  key: string;
  fullName: string;
  isInactive: boolean;
}

function personView(person: Person): PersonView {
  return {
    key: text(person.userId),
    fullName: text(person.name),
    isInactive: person.isActive === false
  };
}

/** The account team of the account panel: the Account Owner and the Customer Success Managers. */
export default class AccountPanelTeam extends LightningElement {
  /** The Account Owner, as the account story has it. */
  @api owner?: Person | null;
  /** The account's Customer Success Managers. */
  @api customerSuccessManagers?: Person[] | null;

  readonly labels = LABELS;

  get ownerView(): PersonView | null {
    return this.owner ? personView(this.owner) : null;
  }

  get csms(): PersonView[] {
    return (this.customerSuccessManagers ?? []).map(personView);
  }

  get hasCsms(): boolean {
    return this.csms.length > 0;
  }
}
