import TITLE from '@salesforce/label/c.Attribution_Title';
import PROGRAM from '@salesforce/label/c.Attribution_Program';
import FUNNEL_TITLE from '@salesforce/label/c.Attribution_Funnel_Title';
import TREND_TITLE from '@salesforce/label/c.Attribution_Trend_Title';
import SHARE from '@salesforce/label/c.Attribution_Share';
import DROPOFF from '@salesforce/label/c.Attribution_Dropoff';
import COLUMN_STEP from '@salesforce/label/c.Attribution_Column_Step';
import COLUMN_COUNT from '@salesforce/label/c.Attribution_Column_Count';
import COLUMN_SHARE from '@salesforce/label/c.Attribution_Column_Share';
import COLUMN_DROPOFF from '@salesforce/label/c.Attribution_Column_Dropoff';
import COLUMN_DROPOFF_SHARE from '@salesforce/label/c.Attribution_Column_Dropoff_Share';
import PERCENT from '@salesforce/label/c.Attribution_Percent';
import FUNNEL_STEP_SUMMARY from '@salesforce/label/c.Attribution_Funnel_Step_Summary';
import FUNNEL_STEP_SUMMARY_UNNAMED from '@salesforce/label/c.Attribution_Funnel_Step_Summary_Unnamed';
import COLUMN_MONTH from '@salesforce/label/c.Attribution_Column_Month';
import COLUMN_ADDED from '@salesforce/label/c.Attribution_Column_Added';
import COLUMN_ACTIVE from '@salesforce/label/c.Attribution_Column_Active';
import LEGEND_ADDED from '@salesforce/label/c.Attribution_Legend_Added';
import LEGEND_ACTIVE from '@salesforce/label/c.Attribution_Legend_Active';
import SHOW_TABLE from '@salesforce/label/c.Attribution_Show_Table';
import HIDE_TABLE from '@salesforce/label/c.Attribution_Hide_Table';
import FUNNEL_SUMMARY from '@salesforce/label/c.Attribution_Funnel_Summary';
import TREND_SUMMARY from '@salesforce/label/c.Attribution_Trend_Summary';

/** What the attribution chart says: titles, the tables' columns, the text alternatives. */
export const LABELS = {
  TITLE,
  PROGRAM,
  FUNNEL_TITLE,
  TREND_TITLE,
  SHARE,
  DROPOFF,
  COLUMN_STEP,
  COLUMN_COUNT,
  COLUMN_SHARE,
  COLUMN_DROPOFF,
  COLUMN_DROPOFF_SHARE,
  PERCENT,
  FUNNEL_STEP_SUMMARY,
  FUNNEL_STEP_SUMMARY_UNNAMED,
  COLUMN_MONTH,
  COLUMN_ADDED,
  COLUMN_ACTIVE,
  LEGEND_ADDED,
  LEGEND_ACTIVE,
  SHOW_TABLE,
  HIDE_TABLE,
  FUNNEL_SUMMARY,
  TREND_SUMMARY
} as const;
