import { LightningElement, api, wire } from 'lwc';
import { refreshApex } from '@salesforce/apex';
import getAccountStory from '@salesforce/apex/ReferenceAccountPanelController.getAccountStory';
import AskAccountTeamModal from 'c/askAccountTeamModal';
import NominationWizardModal, { WIZARD_FINISHED } from 'c/nominationWizardModal';
import { formatLabelOr } from 'c/ldsUtils';
import type { AskAccountTeamDetail, NominateDetail } from 'c/accountPanelResponses';
import { LABELS } from './labels';

// The Chatter actions now live with the section that posts them; still exported from here.
export { CHATTER_ACTION } from 'c/accountPanelCommunityPrograms';
export type { ChatterAction } from 'c/accountPanelCommunityPrograms';

type AccountStory = Apex.ReferenceAccountPanelService.AccountStory;

/**
 * The Account page panel: the account's reference story (the account team, landing-page
 * responses, nominations with their GitLab issue) and its community program standing
 * (memberships judged on the server, rules of engagement). The panel reads the story and hands
 * each part to a child; the children report what the user did with typed events, and the panel
 * opens the modals of the other capabilities and reads the story again when something changed.
 */
export default class ReferenceAccountPanel extends LightningElement {
  /** The Account record (set by the record page). */
  @api recordId?: string;

  @wire(getAccountStory, { accountId: '$recordId' })
  story?: Apex.WireResult<AccountStory>;

  readonly labels = LABELS;

  get data(): AccountStory | undefined {
    return this.story?.data;
  }

  get isLoading(): boolean {
    return !this.data && !this.story?.error;
  }

  get loadError(): unknown {
    return this.data ? undefined : this.story?.error;
  }

  get warnings(): string[] {
    return this.data?.warnings ?? [];
  }

  get hasWarnings(): boolean {
    return this.warnings.length > 0;
  }

  get moreResponses(): boolean {
    return this.data?.moreResponses === true;
  }

  get canNominateAccount(): boolean {
    return this.data?.canNominate === true;
  }

  get canEngage(): boolean {
    return this.data?.canEngageCommunityPrograms === true;
  }

  handleAskAccountTeam(event: CustomEvent<AskAccountTeamDetail>): Promise<void> {
    const { responseId } = event.detail;
    return this.refreshAfter(async () => {
      const outcomes = await AskAccountTeamModal.open({
        size: 'medium',
        label: LABELS.askAccountTeam,
        responseIds: [responseId]
      });
      return Boolean(outcomes);
    });
  }

  handleNominate(event: CustomEvent<NominateDetail>): Promise<void> {
    const { responseId, nomineeName } = event.detail;
    return this.refreshAfter(async () => {
      const result = await NominationWizardModal.open({
        size: 'large',
        label: formatLabelOr(LABELS.nominateTitle, LABELS.nominate, nomineeName),
        responseId,
        accountId: this.recordId
      });
      return result === WIZARD_FINISHED;
    });
  }

  /** A child changed the story on the server (a GitLab retry, a Chatter post). */
  handleStoryChange(): Promise<void> {
    return this.refresh();
  }

  /** Runs what the user started and reads the story again when it reports a change. */
  async refreshAfter(action: () => Promise<boolean>): Promise<void> {
    if (await action()) {
      await this.refresh();
    }
  }

  refresh(): Promise<void> {
    return refreshApex(this.story);
  }
}
