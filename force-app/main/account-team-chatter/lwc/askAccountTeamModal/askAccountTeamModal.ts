/*
 * "Ask account team" in a modal: previews the Chatter post of each account (who is mentioned, what
 * the reviewer should know), takes an optional note, posts, and shows each response's outcome.
 *
 *   const outcomes = await AskAccountTeamModal.open({ size: 'medium', label, responseIds });
 *   if (outcomes) { ...refresh the rows... }
 *
 * It resolves the outcomes (Apex.AccountTeamChatterController.ResponseOutcome[]) once the user
 * closes it after posting, and undefined when the user cancels.
 */
import LightningModal from 'lightning/modal';
import { api } from 'lwc';
import previewAsk from '@salesforce/apex/AccountTeamChatterController.previewAsk';
import askAccountTeam from '@salesforce/apex/AccountTeamChatterController.askAccountTeam';
import LOADING from '@salesforce/label/c.Ask_Modal_Loading';
import POSTING from '@salesforce/label/c.Ask_Modal_Posting';
import POSTS_HEADING from '@salesforce/label/c.Ask_Modal_Posts_Heading';
import RESPONSES_HEADING from '@salesforce/label/c.Ask_Modal_Responses_Heading';
import RESULTS_HEADING from '@salesforce/label/c.Ask_Modal_Results_Heading';
import MENTIONED from '@salesforce/label/c.Ask_Modal_Mentioned';
import NEW_POST from '@salesforce/label/c.Ask_Modal_New_Post';
import COMMENT from '@salesforce/label/c.Ask_Modal_Comment';
import NOTE_LABEL from '@salesforce/label/c.Ask_Modal_Note_Label';
import NOTE_HELP from '@salesforce/label/c.Ask_Modal_Note_Help';
import NOTHING_TO_POST from '@salesforce/label/c.Ask_Modal_Nothing_To_Post';
import POST from '@salesforce/label/c.Ask_Modal_Post';
import CANCEL from '@salesforce/label/c.Ask_Modal_Cancel';
import CLOSE from '@salesforce/label/c.Ask_Modal_Close';
import OUTCOME_ASKED from '@salesforce/label/c.Ask_Modal_Outcome_Asked';
import OUTCOME_COMMENTED from '@salesforce/label/c.Ask_Modal_Outcome_Commented';
import OUTCOME_REFUSED from '@salesforce/label/c.Ask_Modal_Outcome_Refused';
import ERROR_PREVIEW from '@salesforce/label/c.Ask_Modal_Error_Preview';
import ERROR_POST from '@salesforce/label/c.Ask_Modal_Error_Post';

type AskPreview = Apex.AccountTeamChatterController.AskPreview;
type ResponseOutcome = Apex.AccountTeamChatterController.ResponseOutcome;

/** The outcomes AccountTeamChatterController reports (AccountTeamChatterService.OUTCOME_*). */
export const OUTCOME = { asked: 'asked', commented: 'commented', refused: 'refused' } as const;

/** Options of AskAccountTeamModal.open(). */
export interface AskAccountTeamOptions {
  size?: 'small' | 'medium' | 'large' | 'full';
  label?: string;
  description?: string;
  responseIds: string[];
}

/** A planned post as the template shows it. */
interface PostRow {
  key: string;
  accountName: string;
  kindLabel: string;
  mentionedText: string;
  warnings: string[];
  text: string;
}

/** A response as the template shows it, planned or done. */
interface ResponseRow {
  key: string;
  person: string;
  outcome: string;
  outcomeLabel: string;
  message: string;
  badgeClass: string;
}

/** A planned response: before posting only a refusal carries a badge. */
interface PlannedRow extends ResponseRow {
  showBadge: boolean;
}

const OUTCOME_LABELS: Record<string, string> = {
  [OUTCOME.asked]: OUTCOME_ASKED,
  [OUTCOME.commented]: OUTCOME_COMMENTED,
  [OUTCOME.refused]: OUTCOME_REFUSED
};

export default class AskAccountTeamModal extends LightningModal {
  // Provided by LightningModal at run time; @salesforce/lightning-types does not declare it.
  declare static open: (options: AskAccountTeamOptions) => Promise<ResponseOutcome[] | undefined>;

  /** The campaign responses (CampaignMember Ids) whose account teams are asked. */
  @api responseIds: string[] = [];

  preview?: AskPreview;
  outcomes?: ResponseOutcome[];
  note = '';
  // Stryker disable next-line BooleanLiteral: connectedCallback sets it before the first render
  isLoading = false;
  isPosting = false;
  error?: unknown;
  errorTitle = ERROR_PREVIEW;
  private previewedNote?: string;
  // After a post the footer's buttons change (or Post was disabled): focus is put back inside.
  private focusAfterPost?: 'close' | 'post';

  labels = {
    postsHeading: POSTS_HEADING,
    responsesHeading: RESPONSES_HEADING,
    resultsHeading: RESULTS_HEADING,
    mentioned: MENTIONED,
    noteLabel: NOTE_LABEL,
    noteHelp: NOTE_HELP,
    nothingToPost: NOTHING_TO_POST,
    post: POST,
    cancel: CANCEL,
    close: CLOSE
  };

  connectedCallback(): void {
    this.loadPreview();
  }

  get heading(): string {
    return this.label || POSTS_HEADING;
  }

  get isBusy(): boolean {
    return this.isLoading || this.isPosting;
  }

  get busyText(): string {
    return this.isPosting ? POSTING : LOADING;
  }

  get showPreview(): boolean {
    return this.preview !== undefined && this.outcomes === undefined;
  }

  get showOutcomes(): boolean {
    return this.outcomes !== undefined;
  }

  get postRows(): PostRow[] {
    return (this.preview?.posts ?? []).map((post, index) => ({
      key: String(index),
      accountName: post.accountName ?? '',
      kindLabel: post.outcome === OUTCOME.commented ? COMMENT : NEW_POST,
      mentionedText: (post.mentioned ?? []).join(', '),
      warnings: post.warnings ?? [],
      text: post.text ?? ''
    }));
  }

  get hasPosts(): boolean {
    return this.postRows.length > 0;
  }

  /** Before posting nothing is asked yet: only a refusal carries a badge. */
  get responseRows(): PlannedRow[] {
    return this.plannedResponses.map((response, index) => {
      const row = this.row(index, response.responseId, response.outcome, response.message);
      return { ...row, showBadge: response.outcome === OUTCOME.refused };
    });
  }

  get outcomeRows(): ResponseRow[] {
    return (this.outcomes ?? []).map((outcome, index) =>
      this.row(index, outcome.responseId, outcome.outcome, outcome.message)
    );
  }

  private get plannedResponses(): Apex.AccountTeamChatterController.ResponsePreview[] {
    // Stryker disable next-line OptionalChaining: read only once the preview is shown (and Post needs it)
    return this.preview?.responses ?? [];
  }

  get postDisabled(): boolean {
    return this.isBusy || !this.hasPosts;
  }

  handleNoteChange(event: CustomEvent<{ value?: string }>): void {
    this.note = event.detail.value ?? '';
  }

  /** The note changes the post text: refresh the preview once the user leaves the field. */
  handleNoteBlur(): void {
    if (this.note !== this.previewedNote) {
      this.loadPreview();
    }
  }

  async handlePost(): Promise<void> {
    this.isPosting = true;
    this.disableClose = true;
    this.error = undefined;
    try {
      this.outcomes = await askAccountTeam({ responseIds: this.responseIds, note: this.note });
      this.focusAfterPost = 'close';
    } catch (error) {
      this.errorTitle = ERROR_POST;
      this.error = error;
      this.focusAfterPost = 'post';
    } finally {
      this.isPosting = false;
      this.disableClose = false;
    }
  }

  renderedCallback(): void {
    // Stryker disable next-line ConditionalExpression: without the guard it queries "lightning-button.undefined", which matches nothing
    if (this.focusAfterPost) {
      // Stryker disable next-line OptionalChaining: LightningModal types template as nullable; it is set once rendered
      const target = this.template?.querySelector<HTMLElement>(
        `lightning-button.${this.focusAfterPost}`
      );
      this.focusAfterPost = undefined;
      // Stryker disable next-line OptionalChaining: the button named is rendered with the outcomes (Close) or the failure (Post)
      target?.focus();
    }
  }

  handleCancel(): void {
    this.close(undefined);
  }

  handleClose(): void {
    this.close(this.outcomes);
  }

  private async loadPreview(): Promise<void> {
    this.isLoading = true;
    this.error = undefined;
    const note = this.note;
    try {
      this.preview = await previewAsk({ responseIds: this.responseIds, note });
      this.previewedNote = note;
    } catch (error) {
      this.errorTitle = ERROR_PREVIEW;
      this.error = error;
    } finally {
      this.isLoading = false;
    }
  }

  private row(
    index: number,
    responseId: string | null,
    outcome: string | null,
    message: string | null
  ): ResponseRow {
    const planned = this.plannedResponses.find((response) => response.responseId === responseId);
    const person = [planned?.name, planned?.accountName].filter(Boolean).join(' · ');
    const value = outcome ?? '';
    return {
      key: String(index),
      person: person || (responseId ?? ''),
      outcome: value,
      outcomeLabel: OUTCOME_LABELS[value] ?? value,
      message: message ?? '',
      badgeClass: value === OUTCOME.refused ? 'slds-theme_warning' : 'slds-theme_success'
    };
  }
}
