/*
 * The report check of the integrity checker (scripts/gate/integrity/reports.mjs), in process on a
 * copy of the project: each planted defect in a report type, report or dashboard is reported with
 * its file; the project as it is passes. (integrity.test.mjs proves the checker runs it.)
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { Schema } from '../integrity/schema.mjs';
import { checkReports } from '../integrity/reports.mjs';
import { copyProject, fixture } from './project-copy.mjs';

const ATTRIBUTION = 'force-app/main/attribution';
const REPORT_TYPE = `${ATTRIBUTION}/reportTypes/Reference_Campaign_Responses.reportType-meta.xml`;
const ADDITIONS = `${ATTRIBUTION}/reports/Reference_Program/Landing_Page_Additions_By_Month.report-meta.xml`;
const BACKLOG = `${ATTRIBUTION}/reports/Reference_Program/Review_Backlog.report-meta.xml`;
const FUNNEL = `${ATTRIBUTION}/reports/Reference_Program/Landing_Page_Funnel_1_Account_Team.report-meta.xml`;
const DASHBOARD = `${ATTRIBUTION}/dashboards/Reference_Program/Reference_Program.dashboard-meta.xml`;
const REPORT_FOLDER = `${ATTRIBUTION}/reports/Reference_Program`;
// fixtures: a matrix report using every part a report can name a column in, a report type joined
// two levels deep, a report on a standard report type, a dashboard in the Classic layout
const MATRIX = `${REPORT_FOLDER}/Response_Reply_Matrix.report-meta.xml`;
const STANDARD_TYPE_REPORT = `${REPORT_FOLDER}/Nominations_By_Program.report-meta.xml`;
const CLASSIC = `${ATTRIBUTION}/dashboards/Reference_Program/Reference_Program_Classic.dashboard-meta.xml`;
// outside reportTypes/: source format takes any folder, the suffix gives the type
const NESTED_TYPE = `${ATTRIBUTION}/reporting/Campaign_Nomination_Types.reportType-meta.xml`;
// a report and a dashboard folder nested one level down (`reports/Parent/Child/X` is `Parent/Child/X`)
const REPORT_FOLDER_FILE = `${ATTRIBUTION}/reports/Reference_Program.reportFolder-meta.xml`;
const DASHBOARD_FOLDER_FILE = `${ATTRIBUTION}/dashboards/Reference_Program.dashboardFolder-meta.xml`;
const NESTED_FOLDER = `${REPORT_FOLDER}/Funnels.reportFolder-meta.xml`;
const NESTED_REPORT = `${REPORT_FOLDER}/Funnels/Deep_Backlog.report-meta.xml`;
const NESTED_DASHBOARD_FOLDER = `${ATTRIBUTION}/dashboards/Reference_Program/Board.dashboardFolder-meta.xml`;
const NESTED_DASHBOARD = `${ATTRIBUTION}/dashboards/Reference_Program/Board/Nested.dashboard-meta.xml`;
const RUNS_AS_NAMED_USER =
  'runs as a named user: it must run as the viewer (dashboardType LoggedInUser, no runningUser; a username differs in every org)';

/** `xml` with `from` replaced by `to`; fails when `from` is not there (a defect that was not planted). */
function swap(xml, from, to) {
  assert.ok(xml.includes(from), `${from} is not in the file`);
  return xml.replace(from, to);
}

/** Line (1-based) of `snippet` in `xml`. */
function lineIn(xml, snippet) {
  const index = xml.indexOf(snippet);
  assert.notEqual(index, -1, `${snippet} is not in the file`);
  return xml.slice(0, index).split('\n').length;
}

/** Every file of the project copy under `dir` whose name ends with one of `suffixes`. */
function countFiles(dir, suffixes) {
  return readdirSync(dir, { recursive: true }).filter((name) =>
    suffixes.some((suffix) => String(name).endsWith(suffix))
  ).length;
}

describe('integrity: reports, report types and dashboards', () => {
  let copy;
  const originals = new Map();

  before(() => {
    copy = copyProject();
  });
  after(() => copy?.dispose());

  /**
   * Applies `changes` ({ path: text => text }; the text is null for a file the project lacks, and
   * a change that returns null removes the file), runs the check, restores the files.
   */
  function plantedRun(changes) {
    for (const [path, change] of Object.entries(changes)) {
      if (!originals.has(path)) {
        originals.set(path, existsSync(copy.path(path)) ? copy.read(path) : null);
      }
      const text = change(originals.get(path));
      if (text === null) copy.remove(path);
      else copy.write(path, text);
    }
    try {
      return checkReports(new Schema(copy.dir), copy.dir);
    } finally {
      for (const path of Object.keys(changes)) {
        if (originals.get(path) === null) copy.remove(path);
        else copy.write(path, originals.get(path));
      }
    }
  }
  const planted = (changes) => plantedRun(changes).problems;
  /** The Classic dashboard as `xml`, with the standard-type report its left section shows. */
  const classic = (xml) => ({
    [STANDARD_TYPE_REPORT]: () => fixture('Nominations_By_Program.report-meta.xml'),
    [CLASSIC]: () => xml
  });

  /** The problems reported on `file` are exactly `expected` ([line, message] pairs, any order). */
  const expectExactly = (problems, file, expected) => {
    const byText = (a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b));
    assert.deepEqual(
      problems
        .filter((problem) => problem.file === file)
        .map(({ line, message }) => [line, message])
        .sort(byText),
      [...expected].sort(byText),
      JSON.stringify(problems, null, 2)
    );
  };

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

  test('a report naming its own formulas and buckets and every column part of its type passes', () => {
    // row-level formula in columns, bucket in groupingsDown and the chart, summary formula in the
    // chart, the bucket's source column, groupingsAcross, time frame, sort: all resolve
    assert.deepEqual(
      planted({ [MATRIX]: () => fixture('Response_Reply_Matrix.report-meta.xml') }),
      []
    );
  });

  test('each part of a report naming no column of its report type is reported at its line', () => {
    const parts = [
      ['field', 'Campaign.CampaignMembers$FirstName', 'Campaign.CampaignMembers$First_Name__c'],
      ['column', 'Campaign.CampaignMembers$Review_Status__c', 'Campaign.CampaignMembers$Stage__c'],
      ['field', 'Campaign.CampaignMembers$CreatedDate', 'Campaign.CampaignMembers$Created_On__c'],
      ['field', 'Campaign$Reference_Program__c', 'Campaign$Program__c'],
      ['field', 'Days_To_Reply_Band', 'Days_To_Reply_Bands'],
      [
        'dateColumn',
        'Campaign.CampaignMembers$Account_Team_Replied_On__c',
        'Campaign$Replied_On__c'
      ],
      ['sortColumn', 'Campaign.CampaignMembers$LastName', 'Campaign.CampaignMembers$Surname__c'],
      ['groupingColumn', 'Campaign$Reference_Program__c', 'Campaign$Programme__c'],
      ['secondaryGroupingColumn', 'Days_To_Reply_Band', 'Days_To_Reply_Banding'],
      ['column', 'Reply_Rate', 'Reply_Ratio'],
      [
        'sourceColumnName',
        'Campaign.CampaignMembers$Days_To_Replied__c',
        'Campaign.CampaignMembers$Days_To_Reply__c'
      ]
    ];
    let xml = fixture('Response_Reply_Matrix.report-meta.xml');
    for (const [tag, good, bad] of parts) xml = swap(xml, `<${tag}>${good}<`, `<${tag}>${bad}<`);
    // the table path where a summary formula names the object
    xml = swap(
      xml,
      'CampaignMember.Funnel_Replied__c:SUM',
      'Campaign.CampaignMembers.Funnel_Replied__c:SUM'
    );
    const report = 'report Reference_Program/Response_Reply_Matrix';
    expectExactly(planted({ [MATRIX]: () => xml }), MATRIX, [
      ...parts.map(([tag, , bad]) => [
        lineIn(xml, `<${tag}>${bad}<`),
        `${report}: ${bad} is not a column of report type Reference_Campaign_Responses__c`
      ]),
      [
        lineIn(xml, 'Campaign.CampaignMembers.Funnel_Replied__c'),
        `${report}: summary formula reference Campaign.CampaignMembers.Funnel_Replied__c is not a column of report type Reference_Campaign_Responses__c (Object.Field, the object of one of its tables)`
      ]
    ]);
  });

  test('a column tag holding elements (malformed; the metadata checker reads XML shapes) names no column', () => {
    const xml = swap(
      fixture('Response_Reply_Matrix.report-meta.xml'),
      '<sortColumn>Campaign.CampaignMembers$LastName</sortColumn>',
      '<sortColumn><field>Campaign.CampaignMembers$LastName</field></sortColumn>'
    );
    assert.deepEqual(planted({ [MATRIX]: () => xml }), []);
  });

  test('a report of a standard report type is not held to a custom one, even on a custom object', () => {
    const onCustomObject = fixture('Nominations_By_Program.report-meta.xml');
    assert.deepEqual(planted({ [STANDARD_TYPE_REPORT]: () => onCustomObject }), []);
    const onLeads = swap(
      onCustomObject,
      '<reportType>CustomEntity$Reference_Nomination__c<',
      '<reportType>LeadList<'
    );
    assert.deepEqual(planted({ [STANDARD_TYPE_REPORT]: () => onLeads }), []);
  });

  test('a report without its reportType, or of an unknown custom type, is reported at its line', () => {
    const untyped = swap(
      fixture('Nominations_By_Program.report-meta.xml'),
      '  <reportType>CustomEntity$Reference_Nomination__c</reportType>\n',
      ''
    );
    const unknownType = (xml) =>
      swap(
        xml,
        '<reportType>Reference_Nominations__c</reportType>',
        '<reportType>Reference_Nomination__c</reportType>'
      );
    // a typo in the suffix is no standard report type either
    const misspelt = (xml) =>
      swap(
        xml,
        '<reportType>Reference_Campaign_Responses__c</reportType>',
        '<reportType>Reference_Campaign_Responses__cc</reportType>'
      );
    const problems = planted({
      [STANDARD_TYPE_REPORT]: () => untyped,
      [ADDITIONS]: unknownType,
      [BACKLOG]: misspelt
    });
    expectExactly(problems, STANDARD_TYPE_REPORT, [
      [
        lineIn(untyped, '<Report'),
        'report Reference_Program/Nominations_By_Program names no reportType'
      ]
    ]);
    expectExactly(problems, ADDITIONS, [
      [
        lineIn(unknownType(copy.read(ADDITIONS)), '<reportType>Reference_Nomination__c<'),
        'report Reference_Program/Landing_Page_Additions_By_Month: report type Reference_Nomination__c does not exist in the project'
      ]
    ]);
    expectExactly(problems, BACKLOG, [
      [
        lineIn(misspelt(copy.read(BACKLOG)), '<reportType>Reference_Campaign_Responses__cc<'),
        'report Reference_Program/Review_Backlog: report type Reference_Campaign_Responses__cc does not exist in the project'
      ]
    ]);
  });

  test('a report in a folder without its folder file is reported on its root element', () => {
    const folderFile = `${ATTRIBUTION}/reports/Reference_Program.reportFolder-meta.xml`;
    const problems = planted({ [folderFile]: () => null });
    expectExactly(problems, BACKLOG, [
      [
        lineIn(copy.read(BACKLOG), '<Report'),
        'report Reference_Program/Review_Backlog: its folder Reference_Program has no Reference_Program.reportFolder-meta.xml'
      ]
    ]);
  });

  test('a report type joined two levels deep, in any folder, resolves its tables', () => {
    const problems = planted({
      [NESTED_TYPE]: () => fixture('Campaign_Nomination_Types.reportType-meta.xml')
    });
    assert.deepEqual(problems, []);
  });

  test('a report type in any folder: a wrong nested join, field or table is reported at its line', () => {
    const original = fixture('Campaign_Nomination_Types.reportType-meta.xml');
    const prefix = 'report type Campaign_Nomination_Types';
    const nestedTable = 'Campaign.Reference_Nominations__r.Reference_Types__r';
    const wrongJoin = swap(
      original,
      '<relationship>Reference_Types__r</relationship>',
      '<relationship>Reference_Type__r</relationship>'
    );
    expectExactly(planted({ [NESTED_TYPE]: () => wrongJoin }), NESTED_TYPE, [
      [
        lineIn(wrongJoin, '<relationship>Reference_Type__r<'),
        `${prefix}: Reference_Nomination__c has no child relationship Reference_Type__r`
      ],
      [
        lineIn(wrongJoin, `<table>${nestedTable}<`),
        `${prefix}: table ${nestedTable} is neither its base object nor one of its joins`
      ]
    ]);
    const wrongField = swap(
      original,
      '<field>Reference_Type__c</field>',
      '<field>Reference_Kind__c</field>'
    );
    expectExactly(planted({ [NESTED_TYPE]: () => wrongField }), NESTED_TYPE, [
      [
        lineIn(wrongField, '<field>Reference_Kind__c<'),
        `${prefix}: Reference_Kind__c of ${nestedTable}: Nomination_Reference_Type__c has no field Reference_Kind__c`
      ]
    ]);
  });

  test('a report type missing its base object, a relationship, a table or a field: line 1, named', () => {
    const original = fixture('Campaign_Nomination_Types.reportType-meta.xml');
    const prefix = 'report type Campaign_Nomination_Types';
    const schema = new Schema(copy.dir);
    const unknownBase = swap(original, '<baseObject>Campaign<', '<baseObject>Campaigns<');
    const problems = planted({ [NESTED_TYPE]: () => unknownBase });
    assert.deepEqual(
      problems.find((problem) => problem.file === NESTED_TYPE),
      {
        file: NESTED_TYPE,
        line: lineIn(unknownBase, '<baseObject>'),
        message: `${prefix}: ${schema.unknownObject('Campaigns')}`
      },
      JSON.stringify(problems, null, 2)
    );
    const noBase = swap(original, '<baseObject>Campaign</baseObject>', '');
    assert.deepEqual(
      planted({ [NESTED_TYPE]: () => noBase }).find((problem) => problem.file === NESTED_TYPE),
      { file: NESTED_TYPE, line: 1, message: `${prefix}: ${schema.unknownObject('')}` }
    );
    const noRelationship = swap(
      original,
      '<relationship>Reference_Nominations__r</relationship>',
      ''
    );
    assert.deepEqual(
      planted({ [NESTED_TYPE]: () => noRelationship }).find(
        (problem) => problem.file === NESTED_TYPE
      ),
      { file: NESTED_TYPE, line: 1, message: `${prefix}: Campaign has no child relationship ` }
    );
    const noTable = swap(original, '<table>Campaign</table>', '');
    expectExactly(planted({ [NESTED_TYPE]: () => noTable }), NESTED_TYPE, [
      [1, `${prefix}: table  is neither its base object nor one of its joins`]
    ]);
    const noField = swap(original, '<field>Name</field>', '');
    expectExactly(planted({ [NESTED_TYPE]: () => noField }), NESTED_TYPE, [
      [1, `${prefix}:  of Campaign: Campaign has no field `]
    ]);
  });

  test('a Classic dashboard with a standard-type report and a Visualforce page passes', () => {
    const problems = planted(classic(fixture('Reference_Program_Classic.dashboard-meta.xml')));
    assert.deepEqual(problems, []);
  });

  test('each section of a Classic dashboard: a missing report or a column its report lacks', () => {
    let xml = fixture('Reference_Program_Classic.dashboard-meta.xml');
    const missingLeft = 'Reference_Program/Nominations_By_Programme';
    const missingRight = 'Reference_Program/GitLab_Issues_Not_Raised';
    const grouping = 'Campaign.CampaignMembers$Created_On__c';
    const summary = 'Campaign.CampaignMembers$Days_To_Ask__c';
    xml = swap(xml, '<report>Reference_Program/Nominations_By_Program<', `<report>${missingLeft}<`);
    xml = swap(
      xml,
      '<groupingColumn>Campaign.CampaignMembers$CreatedDate<',
      `<groupingColumn>${grouping}<`
    );
    xml = swap(xml, '<column>Campaign.CampaignMembers$Days_To_Asked__c<', `<column>${summary}<`);
    xml = swap(
      xml,
      '<report>Reference_Program/GitLab_Issues_Not_Created<',
      `<report>${missingRight}<`
    );
    const dashboard = 'dashboard Reference_Program/Reference_Program_Classic';
    const lacks = (column) =>
      `${dashboard}: ${column} is not a column of report Reference_Program/Days_To_Each_Step`;
    expectExactly(planted(classic(xml)), CLASSIC, [
      [
        lineIn(xml, `<report>${missingLeft}<`),
        `${dashboard}: report ${missingLeft} does not exist in the project`
      ],
      [lineIn(xml, `>${grouping}<`), lacks(grouping)],
      [lineIn(xml, `>${summary}<`), lacks(summary)],
      [
        lineIn(xml, `<report>${missingRight}<`),
        `${dashboard}: report ${missingRight} does not exist in the project`
      ]
    ]);
  });

  test('a dashboard run as a named user, by type or by running user, is reported at that line', () => {
    const original = fixture('Reference_Program_Classic.dashboard-meta.xml');
    const message =
      'dashboard Reference_Program/Reference_Program_Classic runs as a named user: it must run as the viewer (dashboardType LoggedInUser, no runningUser; a username differs in every org)';
    const specified = swap(
      original,
      '<dashboardType>LoggedInUser<',
      '<dashboardType>SpecifiedUser<'
    );
    const byRunningUser = swap(
      swap(original, '<dashboardType>LoggedInUser<', '<dashboardType>MyTeamUser<'),
      '  <textColor>',
      '  <runningUser>admin@example.com</runningUser>\n  <textColor>'
    );
    const problems = planted(classic(specified));
    expectExactly(problems, CLASSIC, [[lineIn(specified, '<dashboardType>'), message]]);
    expectExactly(planted(classic(byRunningUser)), CLASSIC, [
      [lineIn(byRunningUser, '<runningUser>'), message]
    ]);
    // a dynamic dashboard the viewer runs for their team names no user: sound
    const myTeam = swap(original, '<dashboardType>LoggedInUser<', '<dashboardType>MyTeamUser<');
    expectExactly(planted(classic(myTeam)), CLASSIC, []);
  });

  test('a dashboard in a folder without its folder file is reported on its root element', () => {
    const folderFile = `${ATTRIBUTION}/dashboards/Reference_Program.dashboardFolder-meta.xml`;
    expectExactly(planted({ [folderFile]: () => null }), DASHBOARD, [
      [
        lineIn(copy.read(DASHBOARD), '<Dashboard'),
        'dashboard Reference_Program/Reference_Program: its folder Reference_Program has no Reference_Program.dashboardFolder-meta.xml'
      ]
    ]);
  });

  describe('reports, dashboards and their folders are named as the Salesforce CLI names them', () => {
    /** The dashboard showing, instead of Review_Backlog, the report named `name`. */
    const pointAt = (name) => (xml) =>
      swap(xml, '<report>Reference_Program/Review_Backlog<', `<report>${name}<`);
    /** A folder file like the project's, for the folder `label`. */
    const folderFile = (path, label) => () =>
      swap(copy.read(path), '<name>Reference Program</name>', `<name>${label}</name>`);
    /** Review_Backlog, nested in Reference_Program/Funnels, with its folder file. */
    const nestedReport = (xml = copy.read(BACKLOG)) => ({
      [NESTED_FOLDER]: folderFile(REPORT_FOLDER_FILE, 'Funnels'),
      [NESTED_REPORT]: () => xml
    });
    const notUnder = (noun, directory) =>
      `is not under a ${directory}/ folder: the Salesforce CLI names a ${noun} from its path after ${directory}/ and cannot convert it anywhere else`;

    test('a report, a dashboard or a folder file outside reports/ or dashboards/ is reported at its root element, and a dashboard naming that report finds none', () => {
      const outside = {
        report: `${ATTRIBUTION}/reporting/Reference_Program/Misplaced_Backlog.report-meta.xml`,
        reportFolder: `${ATTRIBUTION}/reporting/Reference_Program.reportFolder-meta.xml`,
        // the CLI matches the whole folder name, and its case
        typesFolder: `${ATTRIBUTION}/reportTypes/Reference_Program/Typed_Backlog.report-meta.xml`,
        capitalised: `${ATTRIBUTION}/Reports/Reference_Program/Capital_Backlog.report-meta.xml`,
        // a dashboard and its folder file under reports/ are outside dashboards/
        dashboard: `${REPORT_FOLDER}/Misfiled.dashboard-meta.xml`,
        dashboardFolder: `${ATTRIBUTION}/reports/Reference_Program.dashboardFolder-meta.xml`
      };
      const backlog = copy.read(BACKLOG);
      const problems = planted({
        [outside.report]: () => backlog,
        [outside.reportFolder]: () => copy.read(REPORT_FOLDER_FILE),
        [outside.typesFolder]: () => backlog,
        [outside.capitalised]: () => backlog,
        [outside.dashboard]: () => copy.read(DASHBOARD),
        [outside.dashboardFolder]: () => copy.read(DASHBOARD_FOLDER_FILE),
        [DASHBOARD]: pointAt('Reference_Program/Misplaced_Backlog')
      });
      const reportLine = lineIn(backlog, '<Report');
      expectExactly(problems, outside.report, [
        [reportLine, `report Misplaced_Backlog ${notUnder('report', 'reports')}`]
      ]);
      expectExactly(problems, outside.reportFolder, [
        [
          lineIn(copy.read(REPORT_FOLDER_FILE), '<ReportFolder'),
          `report folder Reference_Program ${notUnder('report folder', 'reports')}`
        ]
      ]);
      expectExactly(problems, outside.typesFolder, [
        [reportLine, `report Typed_Backlog ${notUnder('report', 'reports')}`]
      ]);
      expectExactly(problems, outside.capitalised, [
        [reportLine, `report Capital_Backlog ${notUnder('report', 'reports')}`]
      ]);
      expectExactly(problems, outside.dashboard, [
        [
          lineIn(copy.read(DASHBOARD), '<Dashboard'),
          `dashboard Misfiled ${notUnder('dashboard', 'dashboards')}`
        ]
      ]);
      expectExactly(problems, outside.dashboardFolder, [
        [
          lineIn(copy.read(DASHBOARD_FOLDER_FILE), '<DashboardFolder'),
          `dashboard folder Reference_Program ${notUnder('dashboard folder', 'dashboards')}`
        ]
      ]);
      const pointing = pointAt('Reference_Program/Misplaced_Backlog')(copy.read(DASHBOARD));
      expectExactly(problems, DASHBOARD, [
        [
          lineIn(pointing, '<report>Reference_Program/Misplaced_Backlog<'),
          'dashboard Reference_Program/Reference_Program: report Reference_Program/Misplaced_Backlog does not exist in the project'
        ]
      ]);
      assert.equal(problems.length, 7, JSON.stringify(problems, null, 2));
    });

    test('a report in a nested folder is Parent/Child/Name: a dashboard naming it so passes, by its last folder or its top folder only does not', () => {
      assert.deepEqual(
        planted({
          ...nestedReport(),
          [DASHBOARD]: pointAt('Reference_Program/Funnels/Deep_Backlog')
        }),
        []
      );
      for (const wrong of ['Funnels/Deep_Backlog', 'Reference_Program/Deep_Backlog']) {
        const change = pointAt(wrong);
        expectExactly(planted({ ...nestedReport(), [DASHBOARD]: change }), DASHBOARD, [
          [
            lineIn(change(copy.read(DASHBOARD)), `<report>${wrong}<`),
            `dashboard Reference_Program/Reference_Program: report ${wrong} does not exist in the project`
          ]
        ]);
      }
      // the report's own problems carry its whole name
      const badColumn = swap(
        copy.read(BACKLOG),
        '<field>Campaign.CampaignMembers$Review_Status__c</field>',
        '<field>Campaign$Review_Status__c</field>'
      );
      expectExactly(planted(nestedReport(badColumn)), NESTED_REPORT, [
        [
          lineIn(badColumn, '<field>Campaign$Review_Status__c<'),
          'report Reference_Program/Funnels/Deep_Backlog: Campaign$Review_Status__c is not a column of report type Reference_Campaign_Responses__c'
        ]
      ]);
    });

    test('a dashboard in a nested folder is Parent/Child/Name', () => {
      const namedUser = swap(
        copy.read(DASHBOARD),
        '<dashboardType>LoggedInUser<',
        '<dashboardType>SpecifiedUser<'
      );
      const problems = planted({
        [NESTED_DASHBOARD_FOLDER]: folderFile(DASHBOARD_FOLDER_FILE, 'Board'),
        [NESTED_DASHBOARD]: () => namedUser
      });
      expectExactly(problems, NESTED_DASHBOARD, [
        [
          lineIn(namedUser, '<dashboardType>'),
          `dashboard Reference_Program/Board/Nested ${RUNS_AS_NAMED_USER}`
        ]
      ]);
      assert.equal(problems.length, 1, JSON.stringify(problems, null, 2));
    });

    test('each level of a nested folder needs its folder file, reported at the file that sits in it', () => {
      const backlog = copy.read(BACKLOG);
      expectExactly(planted({ [NESTED_REPORT]: () => backlog }), NESTED_REPORT, [
        [
          lineIn(backlog, '<Report'),
          'report Reference_Program/Funnels/Deep_Backlog: its folder Reference_Program/Funnels has no Reference_Program/Funnels.reportFolder-meta.xml'
        ]
      ]);
      const withoutTop = planted({ ...nestedReport(), [REPORT_FOLDER_FILE]: () => null });
      expectExactly(withoutTop, NESTED_FOLDER, [
        [
          lineIn(copy.read(REPORT_FOLDER_FILE), '<ReportFolder'),
          'report folder Reference_Program/Funnels: its parent folder Reference_Program has no Reference_Program.reportFolder-meta.xml'
        ]
      ]);
      expectExactly(withoutTop, NESTED_REPORT, []);

      const dashboard = copy.read(DASHBOARD);
      expectExactly(planted({ [NESTED_DASHBOARD]: () => dashboard }), NESTED_DASHBOARD, [
        [
          lineIn(dashboard, '<Dashboard'),
          'dashboard Reference_Program/Board/Nested: its folder Reference_Program/Board has no Reference_Program/Board.dashboardFolder-meta.xml'
        ]
      ]);
      const withoutTopBoard = planted({
        [NESTED_DASHBOARD_FOLDER]: folderFile(DASHBOARD_FOLDER_FILE, 'Board'),
        [NESTED_DASHBOARD]: () => dashboard,
        [DASHBOARD_FOLDER_FILE]: () => null
      });
      expectExactly(withoutTopBoard, NESTED_DASHBOARD_FOLDER, [
        [
          lineIn(copy.read(DASHBOARD_FOLDER_FILE), '<DashboardFolder'),
          'dashboard folder Reference_Program/Board: its parent folder Reference_Program has no Reference_Program.dashboardFolder-meta.xml'
        ]
      ]);
      expectExactly(withoutTopBoard, NESTED_DASHBOARD, []);
    });

    test('a report or dashboard directly in reports/ or dashboards/ sits in no folder', () => {
      const loose = {
        report: `${ATTRIBUTION}/reports/Loose_Backlog.report-meta.xml`,
        dashboard: `${ATTRIBUTION}/dashboards/Loose.dashboard-meta.xml`
      };
      const problems = planted({
        [loose.report]: () => copy.read(BACKLOG),
        [loose.dashboard]: () => copy.read(DASHBOARD)
      });
      expectExactly(problems, loose.report, [
        [
          lineIn(copy.read(BACKLOG), '<Report'),
          'report Loose_Backlog sits in no folder: the platform keeps a report in a folder (reports/<Folder>/ with its <Folder>.reportFolder-meta.xml)'
        ]
      ]);
      expectExactly(problems, loose.dashboard, [
        [
          lineIn(copy.read(DASHBOARD), '<Dashboard'),
          'dashboard Loose sits in no folder: the platform keeps a dashboard in a folder (dashboards/<Folder>/ with its <Folder>.dashboardFolder-meta.xml)'
        ]
      ]);
      assert.equal(problems.length, 2, JSON.stringify(problems, null, 2));
    });

    test('near misses: reports/ deeper in a capability, or twice in a path (the last one names it), pass', () => {
      const backlog = copy.read(BACKLOG);
      const deeper = `${ATTRIBUTION}/analytics/reports/Reference_Program/Elsewhere.report-meta.xml`;
      const twice = `${ATTRIBUTION}/reports/Archive/reports/Reference_Program/Archived.report-meta.xml`;
      const both = (xml) =>
        swap(
          pointAt('Reference_Program/Elsewhere')(xml),
          '<report>Reference_Program/Landing_Page_Additions_By_Month<',
          '<report>Reference_Program/Archived<'
        );
      assert.deepEqual(
        planted({
          [deeper]: () => backlog,
          [twice]: () => copy.read(ADDITIONS),
          [DASHBOARD]: both
        }),
        []
      );
    });
  });

  test('the count is every report type, report and dashboard checked', () => {
    const suffixes = ['.reportType-meta.xml', '.report-meta.xml', '.dashboard-meta.xml'];
    const inProject = countFiles(copy.path('force-app'), suffixes);
    assert.ok(inProject >= 3, `the project has reports: ${inProject}`);
    assert.equal(plantedRun({}).count, inProject);
    const withClassic = plantedRun(
      classic(fixture('Reference_Program_Classic.dashboard-meta.xml'))
    );
    assert.equal(withClassic.count, inProject + 2);
  });
});
