/*
 * The report check of the integrity checker (scripts/gate/integrity/reports.mjs), in process on a
 * copy of the project: each planted defect in a report type, report or dashboard is reported with
 * its file; the project as it is passes. (integrity.test.mjs proves the checker runs it.)
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Schema } from '../integrity/schema.mjs';
import { checkReports } from '../integrity/reports.mjs';
import { copyProject } from './project-copy.mjs';

const ATTRIBUTION = 'force-app/main/attribution';
const REPORT_TYPE = `${ATTRIBUTION}/reportTypes/Reference_Campaign_Responses.reportType-meta.xml`;
const ADDITIONS = `${ATTRIBUTION}/reports/Reference_Program/Landing_Page_Additions_By_Month.report-meta.xml`;
const BACKLOG = `${ATTRIBUTION}/reports/Reference_Program/Review_Backlog.report-meta.xml`;
const FUNNEL = `${ATTRIBUTION}/reports/Reference_Program/Landing_Page_Funnel_1_Account_Team.report-meta.xml`;
const DASHBOARD = `${ATTRIBUTION}/dashboards/Reference_Program/Reference_Program.dashboard-meta.xml`;

describe('integrity: reports, report types and dashboards', () => {
  let copy;
  const originals = new Map();

  before(() => {
    copy = copyProject();
  });
  after(() => copy?.dispose());

  /** Applies `changes` ({ path: text => text }), runs the check, restores the files. */
  function planted(changes) {
    for (const [path, change] of Object.entries(changes)) {
      if (!originals.has(path)) originals.set(path, copy.read(path));
      copy.write(path, change(originals.get(path)));
    }
    try {
      return checkReports(new Schema(copy.dir), copy.dir).problems;
    } finally {
      for (const path of Object.keys(changes)) copy.write(path, originals.get(path));
    }
  }

  const expectProblem = (problems, file, text) =>
    assert.ok(
      problems.some((problem) => problem.file === file && problem.message.includes(text)),
      `expected "${text}" in ${file}:\n${JSON.stringify(problems, null, 2)}`
    );

  test('the project as it is passes', () => {
    assert.deepEqual(planted({}), []);
  });

  test('a report type column that is no field of its table', () => {
    const problems = planted({
      [REPORT_TYPE]: (xml) =>
        xml.replace('<field>Call_Date__c</field>', '<field>Call_Day__c</field>')
    });
    expectProblem(problems, REPORT_TYPE, 'CampaignMember has no field Call_Day__c');
  });

  test('a report type joined through a relationship that does not exist', () => {
    const problems = planted({
      [REPORT_TYPE]: (xml) =>
        xml.replace(
          '<relationship>CampaignMembers</relationship>',
          '<relationship>Members</relationship>'
        )
    });
    expectProblem(problems, REPORT_TYPE, 'no child relationship Members');
  });

  test('a lookup followed to a field its parent does not have', () => {
    const problems = planted({
      [REPORT_TYPE]: (xml) =>
        xml.replace(
          '<field>Nomination__c.Status__c</field>',
          '<field>Nomination__c.State__c</field>'
        )
    });
    expectProblem(problems, REPORT_TYPE, 'Reference_Nomination__c has no field State__c');
  });

  test('report columns, filters and groupings that are not columns of the report type', () => {
    const problems = planted({
      [ADDITIONS]: (xml) =>
        xml
          .replace(
            '<field>Reference_Nomination__c$Status__c</field>',
            '<field>Reference_Nomination__c$Notes__c</field>'
          )
          .replace(
            '<column>Reference_Nomination__c$Sourced_From_Landing_Page__c</column>',
            '<column>Reference_Nomination__c$Sourced_From_Page__c</column>'
          ),
      [BACKLOG]: (xml) =>
        xml.replace(
          '<field>Campaign.CampaignMembers$Review_Status__c</field>',
          '<field>Campaign$Review_Status__c</field>'
        )
    });
    // Notes__c exists on the object but the report type does not offer it
    expectProblem(problems, ADDITIONS, 'Reference_Nomination__c$Notes__c is not a column');
    expectProblem(problems, ADDITIONS, 'Sourced_From_Page__c is not a column');
    expectProblem(problems, BACKLOG, 'Campaign$Review_Status__c is not a column');
  });

  test('a summary formula naming a field its report type does not offer, or in the column form', () => {
    const problems = planted({
      [FUNNEL]: (xml) =>
        xml
          .replace(
            'RowCount - CampaignMember.Funnel_Asked__c:SUM',
            'RowCount - CampaignMember.Funnel_Askd__c:SUM'
          )
          .replace(
            '(RowCount - CampaignMember.Funnel_Asked__c:SUM) / RowCount',
            '(RowCount - Campaign.Funnel_Asked__c:SUM) / RowCount'
          )
    });
    expectProblem(problems, FUNNEL, 'CampaignMember.Funnel_Askd__c is not a column');
    // the field exists, but on the response (CampaignMember), not on the campaign
    expectProblem(problems, FUNNEL, 'Campaign.Funnel_Asked__c is not a column');
    assert.equal(
      problems.filter((problem) => problem.file === FUNNEL).length,
      2,
      `only the two planted references: ${JSON.stringify(problems, null, 2)}`
    );
  });

  test('a report of a report type that does not exist, or in a folder without its file', () => {
    const problems = planted({
      [ADDITIONS]: (xml) =>
        xml.replace(
          '<reportType>Reference_Nominations__c</reportType>',
          '<reportType>Nominations__c</reportType>'
        ),
      [`${ATTRIBUTION}/reports/Reference_Program.reportFolder-meta.xml`]: () => ''
    });
    expectProblem(problems, ADDITIONS, 'report type Nominations__c does not exist');
    copy.remove(`${ATTRIBUTION}/reports/Reference_Program.reportFolder-meta.xml`);
    try {
      const missingFolder = checkReports(new Schema(copy.dir), copy.dir).problems;
      expectProblem(missingFolder, BACKLOG, 'has no Reference_Program.reportFolder-meta.xml');
    } finally {
      copy.write(
        `${ATTRIBUTION}/reports/Reference_Program.reportFolder-meta.xml`,
        originals.get(`${ATTRIBUTION}/reports/Reference_Program.reportFolder-meta.xml`)
      );
    }
  });

  test('a dashboard naming a missing report, a column its report lacks, or a running user', () => {
    const problems = planted({
      [DASHBOARD]: (xml) =>
        xml
          .replace(
            '<report>Reference_Program/Review_Backlog</report>',
            '<report>Reference_Program/Backlog</report>'
          )
          .replace(
            '<groupingColumn>Reference_Nomination__c$Nominated_On__c</groupingColumn>',
            '<groupingColumn>Reference_Nomination__c$Notes__c</groupingColumn>'
          )
          .replace(
            '<dashboardType>LoggedInUser</dashboardType>',
            '<dashboardType>SpecifiedUser</dashboardType>\n  <runningUser>admin@example.com</runningUser>'
          )
    });
    expectProblem(problems, DASHBOARD, 'report Reference_Program/Backlog does not exist');
    expectProblem(
      problems,
      DASHBOARD,
      'Reference_Nomination__c$Notes__c is not a column of report'
    );
    expectProblem(problems, DASHBOARD, 'must run as the viewer');
  });
});
