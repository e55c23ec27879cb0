trigger ReferenceNominationTrigger on Reference_Nomination__c(
  before insert,
  before update,
  after insert,
  after update
) {
  new ReferenceNominationTriggerHandler().run();
}
