import FILTER_STATUS from '@salesforce/label/c.Board_Filter_Status';
import ALL_STATUSES from '@salesforce/label/c.Board_All_Statuses';
import FILTER_VIEW from '@salesforce/label/c.Board_Filter_View';
import VIEW_ALL from '@salesforce/label/c.Board_View_All';
import NEEDS_ACTION from '@salesforce/label/c.Board_Needs_Action';
import NEW_SINCE_REVIEW from '@salesforce/label/c.Board_New_Since_Review';
import OVERDUE from '@salesforce/label/c.Board_Overdue';
import SEARCH from '@salesforce/label/c.Board_Search';
import SEARCH_PLACEHOLDER from '@salesforce/label/c.Board_Search_Placeholder';
import SORT from '@salesforce/label/c.Board_Sort';
import OLDEST_FIRST from '@salesforce/label/c.Board_Oldest_First';
import NEWEST_FIRST from '@salesforce/label/c.Board_Newest_First';
import NEEDS_ACTION_FIRST from '@salesforce/label/c.Board_Needs_Action_First';

/** What the board's filter bar shows: status, view, sort and search. */
export const LABELS = {
  FILTER_STATUS,
  ALL_STATUSES,
  FILTER_VIEW,
  VIEW_ALL,
  NEEDS_ACTION,
  NEW_SINCE_REVIEW,
  OVERDUE,
  SEARCH,
  SEARCH_PLACEHOLDER,
  SORT,
  OLDEST_FIRST,
  NEWEST_FIRST,
  NEEDS_ACTION_FIRST
} as const;
