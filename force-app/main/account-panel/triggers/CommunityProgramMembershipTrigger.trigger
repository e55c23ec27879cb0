trigger CommunityProgramMembershipTrigger on Community_Program_Membership__c(
  after insert,
  after update
) {
  new CommunityProgramMembershipTriggerHandler().run();
}
