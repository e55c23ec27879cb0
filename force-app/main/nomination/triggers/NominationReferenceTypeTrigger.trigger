trigger NominationReferenceTypeTrigger on Nomination_Reference_Type__c(
  before insert,
  before update
) {
  new NominationReferenceTypeTriggerHandler().run();
}
