-- The followers of a topic, its category and its forum are read in member id order, a page at a time, when a new topic
-- or reply is announced to them (the audience forums.followers): the target index carries the member id.
CREATE INDEX forum_subscription_target_member_idx ON forum_subscription (target_type, target_id, member_id);
DROP INDEX forum_subscription_target_idx;
