trigger FeedItemTrigger on FeedItem(after delete) {
  new FeedItemTriggerHandler().run();
}
