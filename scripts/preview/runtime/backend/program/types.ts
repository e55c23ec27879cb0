/*
 * The shapes the preview backend shares: the records of its in-memory store (the objects of the
 * sample data in scripts/data/, with the fields the stand-ins read or write), the program
 * configuration, the seed the preview server hands over, and the stand-in of an Apex method.
 *
 * What a stand-in returns to a component is the Apex DTO itself, `Apex.<Class>.<Dto>` of
 * types/apex.d.ts (generated from the @AuraEnabled Apex by npm run types:apex), and its
 * parameters are the Apex method's (ParamsOf): a DTO or a parameter changed in Apex fails the
 * backend's type check (the gate's typescript checker) until the preview follows.
 */
import type {
  GitLabSyncStatus,
  MembershipStatus,
  NominationStatus,
  Program,
  ReferenceType,
  ReviewStatus,
  VerificationRoute,
  Verdict
} from 'c/referenceProgram';
import type { Store } from './store.js';

/** Any record: its Id, then field API name → value, as the sample data's JSON holds it. */
export interface SObject {
  Id: string;
  [field: string]: unknown;
}

/** Fields the platform sets on every record it inserts (Store.create). */
interface Audited {
  OwnerId?: string;
  CreatedById?: string;
  CreatedDate?: string;
}

export interface User extends SObject {
  Name: string;
  Title?: string | null;
  Username?: string;
  IsActive?: boolean;
  /** Preview only: the setting field naming the public group the user belongs to. */
  Preview_Group__c?: string;
  /** Preview only: the user holds the Reference CRM permission set. */
  Preview_Crm__c?: boolean;
}

export interface Account extends SObject, Audited {
  Name: string;
}

export interface AccountTeamMember extends SObject {
  AccountId: string;
  UserId: string;
  TeamMemberRole?: string;
}

export interface Contact extends SObject {
  Name: string;
  FirstName?: string;
  LastName?: string;
  Email?: string | null;
  AccountId?: string | null;
}

export interface Lead extends SObject {
  Name: string;
  FirstName?: string;
  LastName?: string;
  Email?: string | null;
  Company?: string | null;
  ConvertedAccountId?: string | null;
}

export interface Campaign extends SObject, Audited {
  Name: string;
  IsActive?: boolean;
  Reference_Program__c?: Program | null;
  Last_Review_Date__c?: string | null;
  Last_Reviewed_By__c?: string | null;
}

/** A campaign response (CampaignMember) with the review fields of the package. */
export interface CampaignMember extends SObject {
  CampaignId: string;
  ContactId?: string | null;
  LeadId?: string | null;
  CreatedDate: string;
  Status?: string;
  Review_Status__c?: ReviewStatus | null;
  Status_Changed_On__c?: string | null;
  Account_Team_Asked_On__c?: string | null;
  Account_Team_Reply__c?: string | null;
  Account_Team_Reply_Author__c?: string | null;
  Account_Team_Replied_On__c?: string | null;
  Account_Team_Verdict__c?: Verdict | null;
  Verdict_Reason__c?: string | null;
  Verdict_Source__c?: string | null;
  Verdict_Reply_Author__c?: string | null;
  Verdict_Reply_Text__c?: string | null;
  Review_Notes__c?: string | null;
  Call_Date__c?: string | null;
  Call_Outcome__c?: string | null;
  Call_Notes__c?: string | null;
  Chatter_Post_Id__c?: string | null;
  Nomination__c?: string | null;
  /** Preview only (the seed): days after the sign-up the status last moved. */
  Preview_Moved_After_Days?: number;
  /** Preview only: the searched fields, lower case, computed on the first search. */
  Preview_Search?: string;
}

/** Reference_Nomination__c. */
export interface Nomination extends SObject, Audited {
  Name?: string;
  CreatedDate: string;
  Account__c: string;
  Champion_Contact__c?: string | null;
  Program__c: Program;
  Status__c: NominationStatus;
  Status_Reason__c?: string | null;
  Assigned_CRM__c?: string | null;
  Source_Campaign__c?: string | null;
  Source_Response_Id__c?: string | null;
  Sourced_From_Landing_Page__c?: boolean;
  Nominated_On__c?: string | null;
  Nominated_By__c?: string | null;
  Became_Active_On__c?: string | null;
  Notes__c?: string | null;
  Consent_Logo_Content__c?: boolean;
  Account_Team_Verdict__c?: Verdict | null;
  GitLab_Sync_Status__c?: GitLabSyncStatus | null;
  GitLab_Issue_IID__c?: number | null;
  GitLab_Issue_URL__c?: string | null;
  GitLab_Last_Error__c?: string | null;
  GitLab_Sync_Attempts__c?: number | null;
  Intro_Email_Sent_On__c?: string | null;
  Intro_Email_Sent_By__c?: string | null;
}

/** Nomination_Reference_Type__c. */
export interface NominationReferenceType extends SObject {
  Nomination__c: string;
  Reference_Type__c: ReferenceType;
}

/** Community_Program_Membership__c. */
export interface Membership extends SObject {
  Name?: string;
  Account__c: string;
  Program__c: Program;
  Status__c?: MembershipStatus | null;
  Transition_To_Paid__c?: boolean | null;
  Subscription_Start__c?: string | null;
  Subscription_End__c?: string | null;
  Verification_Route__c?: VerificationRoute | null;
  Seats__c?: number | null;
  Renewal_Opportunity__c?: string | null;
}

export interface Opportunity extends SObject {
  Name: string;
  OwnerId?: string | null;
  StageName?: string | null;
  CloseDate?: string | null;
  IsClosed?: boolean;
}

export interface FeedItem extends SObject, Audited {
  ParentId: string;
  Body: string;
}

export interface Task extends SObject, Audited {
  Subject: string;
  ActivityDate: string;
  TaskSubtype: 'Call' | 'Email';
  WhoId: string;
  WhatId: string | null;
  Status: string;
  Description?: string;
}

/** The store's tables by object API name, with the shape of their records. */
export interface Records {
  User: User;
  Account: Account;
  AccountTeamMember: AccountTeamMember;
  Contact: Contact;
  Lead: Lead;
  Campaign: Campaign;
  CampaignMember: CampaignMember;
  Reference_Nomination__c: Nomination;
  Nomination_Reference_Type__c: NominationReferenceType;
  Community_Program_Membership__c: Membership;
  Opportunity: Opportunity;
  FeedItem: FeedItem;
  Task: Task;
}
export type SObjectType = keyof Records;

/** A Reference_Program__mdt record (scripts/preview/metadata.mjs reads them from the package). */
export interface ProgramConfig {
  DeveloperName: string;
  MasterLabel: string;
  Review_Cadence_Days__c?: number | null;
  Reviewer_Group__c?: string | null;
  Default_CRM_Username__c?: string | null;
  GitLab_Project_Id__c?: string | null;
  GitLab_Project_Path__c?: string | null;
  [field: string]: unknown;
}

/** The Default Reference_Program_Setting__mdt record; the group fields name public groups. */
export interface ProgramSetting {
  CSM_Team_Role__c?: string | null;
  GitLab_Host__c?: string | null;
  Community_Programs_Group__c?: string | null;
  Sales_Support_Group__c?: string | null;
  [field: string]: unknown;
}
export type GroupSettingField = 'Community_Programs_Group__c' | 'Sales_Support_Group__c';

/** What the preview server hands the browser (scripts/preview/sample-data.mjs). */
export interface Seed {
  currentUserId: string;
  loadedAt?: string;
  config?: Partial<Record<Program, ProgramConfig>>;
  settings?: ProgramSetting;
  autoNumbers?: Record<string, string>;
  flows?: Record<string, unknown>;
  users?: User[];
  records?: SeedRecords;
}

/** The seed's records by object: the store's objects with their shape, any other as it comes. */
export type SeedRecords = { [K in SObjectType]?: Records[K][] } & Record<
  string,
  SObject[] | undefined
>;

/** An Apex method as types/apex.d.ts declares it: `typeof import('@salesforce/apex/C.m').default`. */
type ApexMethod = (params: never) => Promise<unknown>;

/** The parameters of an Apex method: each optional and nullable, as a component may send them. */
export type ParamsOf<Method extends ApexMethod> = Parameters<Method>[0];

/** The result of an Apex method: the Apex DTO a stand-in returns. */
export type ResultOf<Method extends ApexMethod> = Awaited<ReturnType<Method>>;

/**
 * A stand-in of the registry (backend/index.ts) and of each capability's `methods` map: the store
 * and the call's parameters. The registry holds stand-ins of many signatures and hands each the
 * parameters the component sent, as JSON (the platform's deserialisation checks no more), so
 * `params` is `any` here only; each stand-in declares its own parameter type.
 */
export type StandIn = (store: Store, params: any) => unknown;

/** The stand-in of an @AuraEnabled method: its parameters in, its DTO (or null, as Apex may) out. */
export type StandInFor<Method extends ApexMethod> = (
  store: Store,
  params: ParamsOf<Method>
) => ResultOf<Method> | null;

/**
 * A capability's stand-ins by method name (Class.method): an @AuraEnabled method's stand-in has
 * that method's signature (Apex.Methods, generated into types/apex.d.ts); a preview-only one is
 * named Preview….
 */
export type StandIns<Map> = {
  [Name in keyof Map]: Name extends keyof Apex.Methods
    ? StandInFor<Apex.Methods[Name]>
    : Name extends `Preview${string}`
      ? StandIn
      : never;
};

/**
 * A capability's stand-ins, checked by TypeScript against the Apex they stand in for (a stand-in
 * under another method's name, or of a method that no longer exists, fails the type check).
 */
export function standIns<Map extends StandIns<Map>>(methods: Map): Map {
  return methods;
}

/**
 * The registry of every stand-in (backend/index.ts): each @AuraEnabled method of Apex.Methods has
 * one, with its signature, so a method added in Apex without a stand-in fails the type check
 * instead of answering "has no stand-in" in the preview; preview-only stand-ins (Preview…) come
 * besides.
 */
export type Registry = { [Name in keyof Apex.Methods]: StandInFor<Apex.Methods[Name]> } & Record<
  string,
  StandIn
>;
