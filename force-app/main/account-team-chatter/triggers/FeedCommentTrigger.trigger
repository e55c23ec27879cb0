trigger FeedCommentTrigger on FeedComment(after insert, after update, after delete) {
  new FeedCommentTriggerHandler().run();
}
