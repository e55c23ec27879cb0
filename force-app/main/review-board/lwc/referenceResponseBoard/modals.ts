import AskAccountTeamModal, { OUTCOME } from 'c/askAccountTeamModal';
import NominationWizardModal, { WIZARD_FINISHED } from 'c/nominationWizardModal';
import { ACTION, actionLabel } from 'c/referenceReviewActions';
import type { RowResult } from 'c/referenceReviewActions';

/*
 * The modals of other capabilities that the board opens: asking the account team lives in
 * account-team-chatter, the nomination wizard (a Flow) in nomination. The board only opens them,
 * reads how they ended and refreshes.
 */

/**
 * Asks the account teams of the responses in Chatter. Resolves to a result per response, or
 * undefined when the modal was closed before asking.
 */
export async function askAccountTeams(responseIds: string[]): Promise<RowResult[] | undefined> {
  const outcomes = await AskAccountTeamModal.open({
    size: 'medium',
    label: actionLabel(ACTION.ASK),
    responseIds
  });
  return outcomes?.map((outcome) => ({
    responseId: outcome.responseId,
    ok: outcome.outcome !== OUTCOME.refused,
    message: outcome.message,
    personName: null
  }));
}

/** Runs the nomination wizard for one response; resolves to true when it was finished. */
export async function nominateInWizard(responseId: string, accountId: string): Promise<boolean> {
  const result = await NominationWizardModal.open({
    size: 'large',
    label: actionLabel(ACTION.NOMINATE),
    responseId,
    accountId
  });
  return result === WIZARD_FINISHED;
}
