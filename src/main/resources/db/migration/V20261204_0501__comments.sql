-- Comments on any item of member content (a blog post, later an event or a proposal), named by its content
-- reference. A comment lives in its item's unit with its item's visibility, so neither is stored here: they follow
-- the item when its module moves it (a merged chapter's posts go to the survivor).
CREATE TABLE comment (
    id            UUID PRIMARY KEY,
    item_ref      TEXT NOT NULL,
    -- the first comment of the thread for a reply (replies to replies stay in the same thread), null for a thread
    thread_id     UUID REFERENCES comment (id),
    -- the comment answered, for "replying to X" (the thread's first comment or another reply)
    replying_to   UUID REFERENCES comment (id) ON DELETE SET NULL,
    -- null once the author's account is deleted: the comment then reads "former member"
    author_id     UUID REFERENCES member (id),
    body          TEXT NOT NULL,
    state         TEXT NOT NULL CHECK (state IN ('PUBLISHED', 'PENDING', 'HIDDEN', 'REMOVED')),
    state_reason  TEXT,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    edited_at     TIMESTAMP WITH TIME ZONE,
    -- deleted by its author while replies remained: "comment removed" stands in its place, its text is gone
    deleted_at    TIMESTAMP WITH TIME ZONE
);

-- an item's threads, oldest first, by keyset (created_at, id): the first 50 of 2,000 and "show more"
CREATE INDEX comment_threads_of_item ON comment (item_ref, created_at, id) WHERE thread_id IS NULL;
-- a thread's replies in order
CREATE INDEX comment_replies_of_thread ON comment (thread_id, created_at, id) WHERE thread_id IS NOT NULL;
CREATE INDEX comment_replying_to ON comment (replying_to) WHERE replying_to IS NOT NULL;
-- a member's comments, for the data export and erasure
CREATE INDEX comment_by_author ON comment (author_id, created_at) WHERE author_id IS NOT NULL;

-- Mention suggestions: members whose display name starts with what the writer typed, ignoring case.
CREATE INDEX member_display_name_prefix_idx ON member (lower(display_name) text_pattern_ops)
    WHERE deleted_at IS NULL AND NOT hidden;
