-- Likes on any item of member content, one per member and item: the primary key makes a second like (or two at once)
-- count once. Counted per page of items with one grouped query over the key.
CREATE TABLE reaction (
    item_ref   TEXT NOT NULL,
    member_id  UUID NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (item_ref, member_id)
);
CREATE INDEX reaction_by_member ON reaction (member_id);

-- When the author of an item was last told of its likes: at most once an hour per item ("3 people liked your post").
CREATE TABLE reaction_notice (
    item_ref    TEXT PRIMARY KEY,
    notified_at TIMESTAMP WITH TIME ZONE NOT NULL
);
