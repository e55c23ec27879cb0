import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { toolRoot, walk } from '../../lib/project.mjs';
import {
  coverageVerdict,
  latestVersionAlias,
  packagingProblems,
  planPackageVersion,
  planSubcommands
} from '../package-version.mjs';
import { validateProjectFiles } from '../project-schemas.mjs';
import { tempProject } from './helpers.mjs';

const readJson = (file) => JSON.parse(readFileSync(join(toolRoot, file), 'utf8'));

test('config/project-scratch-def.json and sfdx-project.json validate against the CLI schemas', () => {
  assert.deepEqual(validateProjectFiles(toolRoot), []);
});

test('the scratch definition enables what the package needs', () => {
  const definition = readJson('config/project-scratch-def.json');
  assert.equal(definition.settings.chatterSettings.enableChatter, true);
  assert.equal(definition.settings.accountSettings.enableAccountTeams, true);
  assert.ok(definition.features.includes('MarketingUser'));
});

test('planted defects in the project files are caught by the schemas', () => {
  const project = readJson('sfdx-project.json');
  const withoutVersion = structuredClone(project);
  delete withoutVersion.packageDirectories[0].versionNumber;
  const { root, cleanup } = tempProject({
    'config/project-scratch-def.json': {
      edition: 'Developerr',
      features: ['ChatterEverywhere']
    },
    'sfdx-project.json': { ...withoutVersion, sourceApiVersion: 64, packagePath: 'x' }
  });
  try {
    const problems = validateProjectFiles(root);
    const of = (file) =>
      problems
        .filter((p) => p.file === file)
        .map((p) => p.message)
        .join('\n');
    assert.match(
      of('config/project-scratch-def.json'),
      /\/edition must be equal to one of the allowed values/
    );
    assert.match(of('config/project-scratch-def.json'), /\/features\/0/);
    assert.match(of('sfdx-project.json'), /\/sourceApiVersion must be string/);
    assert.match(of('sfdx-project.json'), /additionalProperty":"packagePath"/);
    assert.match(of('sfdx-project.json'), /missingProperty":"versionNumber"/);
  } finally {
    cleanup();
  }
});

test('sfdx-project.json defines the unlocked package without an ancestor', () => {
  const project = readJson('sfdx-project.json');
  assert.deepEqual(packagingProblems(project), []);
  const dir = project.packageDirectories[0];
  assert.equal(dir.path, 'force-app');
  assert.equal(dir.default, true);
  assert.equal(dir.package, 'Customer Reference Program');
  assert.match(dir.versionNumber, /^\d+\.\d+\.\d+\.NEXT$/);
  assert.ok(project.packageAliases, 'packageAliases is there for sf package create to fill');
});

test('an ancestor or a bad version number is refused before sf is called', () => {
  const project = readJson('sfdx-project.json');
  const planted = structuredClone(project);
  planted.packageDirectories[0].ancestorVersion = 'HIGHEST';
  planted.packageDirectories[0].versionNumber = '0.1';
  const problems = packagingProblems(planted).join('\n');
  assert.match(problems, /ancestorVersion is set: unlocked packages take no ancestor/);
  assert.match(problems, /versionNumber 0\.1 is not/);
});

test('package:version creates the package only when packageAliases lacks it', () => {
  const project = readJson('sfdx-project.json');
  const fresh = { ...project, packageAliases: {} };
  assert.deepEqual(planSubcommands(planPackageVersion({ hub: 'hub' }, fresh)), [
    'org display',
    'package create',
    'npm run build',
    'package version create'
  ]);
  const created = {
    ...project,
    packageAliases: { 'Customer Reference Program': '0HoXX0000000001' }
  };
  const steps = planPackageVersion({ hub: 'hub' }, created);
  assert.deepEqual(planSubcommands(steps), [
    'org display',
    'npm run build',
    'package version create'
  ]);
  assert.equal(
    steps.at(-1).argv.join(' '),
    'sf package version create --package Customer Reference Program --installation-key-bypass ' +
      '--code-coverage --wait 60 --target-dev-hub hub'
  );
  assert.equal(
    steps[1].argv.slice(0, 9).join(' '),
    'sf package create --name Customer Reference Program --package-type Unlocked --path force-app'
  );
  const aliases = {
    'Customer Reference Program': '0HoXX0000000001',
    'Customer Reference Program@0.1.0-1': '04tXX0000000001',
    'Customer Reference Program@0.1.0-2': '04tXX0000000002'
  };
  assert.deepEqual(latestVersionAlias({ packageAliases: aliases }, 'Customer Reference Program'), [
    'Customer Reference Program@0.1.0-2',
    '04tXX0000000002'
  ]);
});

test('CI: the offline job gates the org job, which deletes its scratch org always', () => {
  const workflow = parse(readFileSync(join(toolRoot, '.github/workflows/ci.yml'), 'utf8'));
  const { offline, org } = workflow.jobs;
  const runs = (job) => job.steps.map((step) => step.run ?? step.uses ?? '').join('\n');
  assert.equal(
    offline.steps.find((s) => s.uses?.startsWith('actions/setup-node')).with['node-version'],
    20
  );
  assert.match(runs(offline), /openjdk-17-jdk-headless/);
  assert.match(runs(offline), /npm ci[^\n]*\n[\s\S]*npm test/);
  assert.equal(org.needs, 'offline');
  assert.match(org.if, /needs\.offline\.outputs\.org-secrets == 'true'/);
  assert.match(runs(org), /org login jwt/);
  assert.match(runs(org), /npm run org:setup/);
  assert.match(runs(org), /npm run test:org/);
  const last = org.steps.at(-1);
  assert.equal(last.if, 'always()');
  assert.match(last.run, /org delete scratch/);
  assert.ok(
    org.steps.some((s) => s.uses?.startsWith('actions/upload-artifact') && s.if === 'always()')
  );
  for (const secret of ['SF_JWT_KEY', 'SF_CLIENT_ID', 'SF_DEVHUB_USERNAME']) {
    assert.match(
      readFileSync(join(toolRoot, '.github/workflows/ci.yml'), 'utf8'),
      new RegExp(`secrets\\.${secret}`)
    );
  }
});

test('what the org owns is outside the package: an upgrade cannot overwrite it', () => {
  // "If an upgraded component has the same API name as a component already in the target org,
  // the component is overwritten" (Salesforce DX Developer Guide, "Upgrade a Version of an
  // Unlocked Package"): the program records and the GitLab URL must not be package components.
  const project = readJson('sfdx-project.json');
  const packaged = project.packageDirectories.find((dir) => dir.package);
  const files = (dir) =>
    walk(join(toolRoot, dir)).map((file) => file.slice(join(toolRoot, dir).length + 1));
  const ownedByTheOrg = (file) =>
    file.endsWith('.md-meta.xml') || file.endsWith('.namedCredential-meta.xml');
  assert.deepEqual(files(packaged.path).filter(ownedByTheOrg), []);
  const unpackaged = files(packaged.unpackagedMetadata.path).filter(ownedByTheOrg).sort();
  assert.ok(
    unpackaged.includes('main/gitlab-issue/namedCredentials/GitLab.namedCredential-meta.xml'),
    unpackaged.join('\n')
  );
  assert.ok(
    unpackaged.includes('main/program/customMetadata/Reference_Program_Setting.Default.md-meta.xml')
  );
  // the version build deploys them for the tests, and every deploy of the source carries them
  assert.ok(
    project.packageDirectories.some((dir) => dir.path === packaged.unpackagedMetadata.path),
    'the unpackaged directory is a package directory of its own (deployed by org:setup)'
  );
});

test('the version build org has the scratch org features (Account Teams, Chatter)', () => {
  const packaged = readJson('sfdx-project.json').packageDirectories.find((dir) => dir.package);
  assert.equal(packaged.definitionFile, 'config/project-scratch-def.json');
  const definition = readJson(packaged.definitionFile);
  assert.equal(definition.settings.accountSettings.enableAccountTeams, true);
});

test('CI builds a package version with code coverage in the org job, on tags and manual runs only', () => {
  const workflow = parse(readFileSync(join(toolRoot, '.github/workflows/ci.yml'), 'utf8'));
  const { org } = workflow.jobs;
  const build = org.steps.find((step) => /npm run package:version/.test(step.run ?? ''));
  assert.ok(build, 'the org job (skipped without Dev Hub secrets) builds a version');
  assert.match(build.run, /--target-dev-hub devhub --existing-package-only/);
  // Each version build spends a daily Dev Hub allocation: never on an ordinary push (main included).
  assert.equal(
    build.if,
    "startsWith(github.ref, 'refs/tags/') || github.event_name == 'workflow_dispatch'"
  );
  const push = workflow.on.push;
  assert.ok(push === null || Array.isArray(push.tags), 'a tag push runs the workflow');
  const names = org.steps.map((step) => step.name ?? step.uses);
  assert.ok(names.indexOf(build.name) > names.findIndex((n) => /Apex tests/.test(n ?? '')));
  const project = readJson('sfdx-project.json');
  const versionCreate = planPackageVersion({ hub: 'devhub' }, project).at(-1).argv;
  assert.ok(versionCreate.includes('--code-coverage'));
});

test('the coverage of a built version decides whether it can be promoted', () => {
  const report = (result) => ({ status: 0, json: { status: 0, result } });
  assert.deepEqual(
    coverageVerdict(
      report({ HasPassedCodeCoverageCheck: true, CodeCoverage: { apexCodeCoveragePercentage: 86 } })
    ),
    { ok: true, coverage: 86, message: 'Apex code coverage 86%: can be promoted' }
  );
  const low = coverageVerdict(
    report({ HasPassedCodeCoverageCheck: false, CodeCoverage: { apexCodeCoveragePercentage: 61 } })
  );
  assert.equal(low.ok, false);
  assert.match(low.message, /61%: below the 75%/);
  assert.equal(coverageVerdict(report({ CodeCoverage: null })).ok, false);
  assert.equal(coverageVerdict({ status: 1, json: null }).ok, false);
});

test('the GitLab permission set gives Read on User External Credentials, nothing more (issue 20)', () => {
  // Salesforce Help, "Permission Concepts for User External Credentials": a user makes a Named
  // Credential callout only with access to the User External Credential object; custom profiles
  // lack it, so the permission set that grants the principal grants it too.
  const xml = readFileSync(
    join(
      toolRoot,
      'force-app/main/gitlab-issue/permissionsets/Reference_GitLab_Integration.permissionset-meta.xml'
    ),
    'utf8'
  );
  const block =
    /<objectPermissions>((?:(?!<\/objectPermissions>)[\s\S])*<object>UserExternalCredential<\/object>[\s\S]*?)<\/objectPermissions>/.exec(
      xml
    )?.[1];
  assert.ok(block, 'an objectPermissions entry for UserExternalCredential');
  assert.match(block, /<allowRead>true<\/allowRead>/);
  for (const write of [
    'allowCreate',
    'allowEdit',
    'allowDelete',
    'modifyAllRecords',
    'viewAllRecords'
  ]) {
    assert.match(block, new RegExp(`<${write}>false</${write}>`), write);
  }
  assert.match(xml, /<externalCredentialPrincipal>GitLab-GitLab_Integration</);
});
