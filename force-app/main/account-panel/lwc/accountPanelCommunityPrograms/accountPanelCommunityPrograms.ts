import { LightningElement, api } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import engageCommunityPrograms from '@salesforce/apex/ReferenceAccountPanelController.engageCommunityPrograms';
import askSalesSupportToFixOwner from '@salesforce/apex/ReferenceAccountPanelController.askSalesSupportToFixOwner';
import requestClosedLost from '@salesforce/apex/ReferenceAccountPanelController.requestClosedLost';
import { formatLabelOr } from 'c/ldsUtils';
import { text } from 'c/accountPanelFormat';
import { LABELS } from './labels';
import { membershipView, type MembershipView } from './membershipView';

type StoryMembership = Apex.ReferenceAccountPanelService.Membership;
type PostOutcome = Apex.CommunityProgramsChatterService.PostOutcome;

/** The Chatter actions of the Community programs section. */
export const CHATTER_ACTION = {
  ENGAGE: 'engage',
  FIX_OWNER: 'fixOwner',
  CLOSED_LOST: 'closedLost'
} as const;
export type ChatterAction = (typeof CHATTER_ACTION)[keyof typeof CHATTER_ACTION];

/** Detail of `posted`: the Chatter action that was posted, and the record it was about. */
export interface ChatterPostedDetail {
  action: ChatterAction;
  /** The Account (engage) or the Community_Program_Membership__c (fix owner, closed-lost). */
  targetId: string;
}

interface Composer {
  action: ChatterAction;
  targetId: string;
  title: string;
  noteLabel: string;
  noteRequired: boolean;
}

/**
 * The account's community program standing (Education, Open Source, Startups): each membership as
 * the server judged it, and the rules-of-engagement actions, each a Chatter post written in a
 * small composer. After a post it fires `posted` (ChatterPostedDetail) so the panel reads the
 * story again.
 */
export default class AccountPanelCommunityPrograms extends LightningElement {
  /** The Account the section belongs to (engaging the Community Programs team posts on it). */
  @api accountId?: string;
  /** The memberships of the account story. */
  @api memberships?: StoryMembership[] | null;
  /** The user may engage the Community Programs team. */
  @api canEngage = false;

  composer?: Composer;
  // Stryker disable next-line StringLiteral: never read before openComposer sets it
  note = '';
  posting = false;
  postError?: unknown;

  readonly labels = LABELS;

  get cards(): MembershipView[] {
    return (this.memberships ?? []).map(membershipView);
  }

  get hasMemberships(): boolean {
    return this.cards.length > 0;
  }

  handleEngage(): void {
    this.openComposer({
      action: CHATTER_ACTION.ENGAGE,
      targetId: text(this.accountId),
      title: LABELS.engage,
      noteLabel: LABELS.note,
      noteRequired: true
    });
  }

  handleFixOwner(event: Event): void {
    const membership = this.membershipOf(event);
    this.openComposer({
      action: CHATTER_ACTION.FIX_OWNER,
      targetId: membership.id,
      title: membership.fixOwnerText,
      noteLabel: LABELS.noteOptional,
      noteRequired: false
    });
  }

  handleClosedLost(event: Event): void {
    const membership = this.membershipOf(event);
    this.openComposer({
      action: CHATTER_ACTION.CLOSED_LOST,
      targetId: membership.id,
      title: membership.closedLostText,
      noteLabel: LABELS.noteOptional,
      noteRequired: false
    });
  }

  handleNoteChange(event: CustomEvent<{ value: string }>): void {
    this.note = event.detail.value ?? '';
  }

  handleCancelComposer(): void {
    this.composer = undefined;
    this.postError = undefined;
  }

  get postDisabled(): boolean {
    return this.posting || (this.composer?.noteRequired === true && !this.note.trim());
  }

  async handlePost(): Promise<void> {
    const composer = this.composer;
    if (!composer || this.postDisabled) {
      return;
    }
    this.posting = true;
    this.postError = undefined;
    try {
      const outcome = await this.post(composer);
      const mentioned = (outcome.mentionedNames ?? []).join(', ');
      this.dispatchEvent(
        new ShowToastEvent({
          title: formatLabelOr(LABELS.posted, LABELS.postedNoMentions, mentioned),
          message: (outcome.warnings ?? []).join(' '),
          variant: 'success'
        })
      );
      this.handleCancelComposer();
      this.dispatchEvent(
        new CustomEvent<ChatterPostedDetail>('posted', {
          detail: { action: composer.action, targetId: composer.targetId }
        })
      );
    } catch (error) {
      this.postError = error;
    } finally {
      this.posting = false;
    }
  }

  post(composer: Composer): Promise<PostOutcome> {
    const note = this.note.trim();
    switch (composer.action) {
      case CHATTER_ACTION.FIX_OWNER:
        return askSalesSupportToFixOwner({ membershipId: composer.targetId, note });
      case CHATTER_ACTION.CLOSED_LOST:
        return requestClosedLost({ membershipId: composer.targetId, note });
      default:
        return engageCommunityPrograms({ accountId: composer.targetId, note });
    }
  }

  openComposer(composer: Composer): void {
    this.composer = composer;
    this.note = '';
    this.postError = undefined;
    // Move focus to the note so keyboard and screen-reader users land in the form they opened.
    Promise.resolve().then(() => {
      this.template?.querySelector<HTMLElement>('lightning-textarea')?.focus();
    });
  }

  membershipOf(event: Event): MembershipView {
    const id = text((event.currentTarget as HTMLElement).dataset.id);
    return this.cards.find((membership) => membership.id === id) as MembershipView;
  }
}
