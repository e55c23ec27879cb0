import statusesOf from '@salesforce/apex/GitLabIssueController.statusesOf';

type IssueStatus = Apex.GitLabIssueStatus;

interface Waiting {
  resolve: (answer: IssueStatus | undefined) => void;
  reject: (error: unknown) => void;
}

/** GitLabIssueService.MAX_STATUSES: the most rows one statusesOf call answers. */
export const MAX_PER_CALL = 200;

/** The questions of this task by Id key; each key keeps the Id as its first row gave it. */
let waitingById = new Map<string, { id: string; waiting: Waiting[] }>();
let flushScheduled = false;

/** Ids compared by their first 15 characters, so a 15- and an 18-character Id meet. */
function keyOf(id: string): string {
  return id.slice(0, 15);
}

function settle(
  keys: string[],
  batch: Map<string, { waiting: Waiting[] }>,
  answer: (waiting: Waiting, key: string) => void
): void {
  for (const key of keys) {
    // Stryker disable next-line OptionalChaining,ArrayDeclaration: the keys are the batch's own
    for (const waiting of batch.get(key)?.waiting ?? []) answer(waiting, key);
  }
}

/** Sends every question asked in this task in as few calls as the server allows (200 rows each). */
function flush(): void {
  const batch = waitingById;
  waitingById = new Map();
  flushScheduled = false;
  const keys = [...batch.keys()];
  for (let start = 0; start < keys.length; start += MAX_PER_CALL) {
    const chunk = keys.slice(start, start + MAX_PER_CALL);
    statusesOf({ nominationIds: chunk.map((key) => batch.get(key)!.id) })
      .then((statuses) => {
        const byId = new Map<string, IssueStatus>();
        // Stryker disable next-line ArrayDeclaration,StringLiteral: an answer without a nomination Id matches no row either way
        for (const answer of statuses ?? []) byId.set(keyOf(answer.nominationId ?? ''), answer);
        settle(chunk, batch, (waiting, key) => waiting.resolve(byId.get(key)));
      })
      .catch((error: unknown) => settle(chunk, batch, (waiting) => waiting.reject(error)));
  }
}

/**
 * Where one nomination's GitLab issue stands for the running user (GitLabIssueController.statusOf's
 * answer). Every row of a page asks while the page renders, in one task: the questions are gathered
 * and sent as one statusesOf call for the page, not one call per row.
 * @returns the status, or undefined when the user cannot read the nomination
 */
export function requestStatus(nominationId: string): Promise<IssueStatus | undefined> {
  return new Promise((resolve, reject) => {
    const key = keyOf(nominationId);
    const question = waitingById.get(key) ?? { id: nominationId, waiting: [] };
    question.waiting.push({ resolve, reject });
    waitingById.set(key, question);
    // Stryker disable next-line ConditionalExpression: extra flushes find the batch taken and send nothing; the flag only saves them
    if (!flushScheduled) {
      // Stryker disable next-line BooleanLiteral: as above, a flush per question sends the same calls
      flushScheduled = true;
      Promise.resolve()
        .then(flush)
        .catch(() => undefined);
    }
  });
}
