import { LightningElement, api } from 'lwc';
import { formatLabel, formatLabelOr } from 'c/ldsUtils';
import { isReviewStatus, reviewStatusLabel } from 'c/referenceProgram';
import { programText, recordUrl, text } from 'c/accountPanelFormat';
import { LABELS } from './labels';

type StoryResponse = Apex.ReferenceAccountPanelService.Response;

/** Detail of `askaccountteam`: the response whose account team the user wants to ask. */
export interface AskAccountTeamDetail {
  responseId: string;
}

/**
 * Detail of `nominate`: the response to nominate (undefined when the user nominates the account
 * itself) and the nominee's name (the person's, or the account's), which titles the wizard.
 */
export interface NominateDetail {
  responseId: string | undefined;
  nomineeName: string;
}

interface ResponseView {
  key: string;
  id: string;
  personName: string;
  personUrl: string;
  program: string;
  reviewStatus: string;
  hasReply: boolean;
  reply: string;
  replyBy: string;
  replyOn: string | null;
  canAsk: boolean;
  canNominate: boolean;
  askText: string;
  nominateText: string;
}

function responseView(response: StoryResponse): ResponseView {
  const personName = text(response.personName);
  return {
    key: text(response.id),
    id: text(response.id),
    personName,
    personUrl: recordUrl(response.personId),
    program: programText(response.program),
    reviewStatus: isReviewStatus(response.reviewStatus)
      ? reviewStatusLabel(response.reviewStatus)
      : text(response.reviewStatus),
    hasReply: Boolean(response.latestReply),
    reply: text(response.latestReply),
    replyBy: response.latestReplyAuthorName
      ? formatLabel(LABELS.replyBy, response.latestReplyAuthorName)
      : '',
    replyOn: response.latestReplyOn,
    canAsk: response.canAskAccountTeam === true,
    canNominate: response.canNominate === true,
    askText: personName.trim() ? `${LABELS.askAccountTeam}: ${personName}` : LABELS.askAccountTeam,
    nominateText: formatLabelOr(LABELS.nominateTitle, LABELS.nominate, personName)
  };
}

/**
 * The account's landing-page responses with the account team's latest reply, and the actions on
 * them. It runs no action itself: it fires `askaccountteam` (AskAccountTeamDetail) and `nominate`
 * (NominateDetail), and the panel opens the modal and reads the story again.
 */
export default class AccountPanelResponses extends LightningElement {
  /** The responses of the account story. */
  @api responses?: StoryResponse[] | null;
  /** The server holds more responses than it sent. */
  @api moreResponses = false;
  /** The user may nominate the account without a response. */
  @api canNominateAccount = false;
  /** The account's name, for the nomination wizard's title. */
  @api accountName?: string | null;

  readonly labels = LABELS;

  get rows(): ResponseView[] {
    return (this.responses ?? []).map(responseView);
  }

  get hasResponses(): boolean {
    return this.rows.length > 0;
  }

  get moreResponsesText(): string {
    return this.moreResponses ? formatLabel(LABELS.moreResponses, this.rows.length) : '';
  }

  handleAsk(event: Event): void {
    this.dispatchEvent(
      new CustomEvent<AskAccountTeamDetail>('askaccountteam', {
        detail: { responseId: this.dataIdOf(event) }
      })
    );
  }

  handleNominate(event: Event): void {
    const responseId = this.dataIdOf(event);
    const row = this.rows.find((candidate) => candidate.id === responseId);
    this.fireNominate({ responseId, nomineeName: row?.personName ?? '' });
  }

  handleNominateAccount(): void {
    this.fireNominate({ responseId: undefined, nomineeName: text(this.accountName) });
  }

  fireNominate(detail: NominateDetail): void {
    this.dispatchEvent(new CustomEvent<NominateDetail>('nominate', { detail }));
  }

  dataIdOf(event: Event): string {
    return text((event.currentTarget as HTMLElement).dataset.id);
  }
}
