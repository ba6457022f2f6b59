-- Member blogs: posts published to one unit, their revisions, translations, and what units feature.
CREATE TABLE blog_post (
    id            UUID PRIMARY KEY,
    -- null once the author's account is erased: the post then reads "former member"
    author_id     UUID REFERENCES member (id) ON DELETE SET NULL,
    unit_id       UUID NOT NULL REFERENCES units (id) ON DELETE CASCADE,
    visibility    TEXT NOT NULL CHECK (visibility IN ('PUBLIC', 'MEMBERS', 'UNIT')),
    -- DRAFT: only the author sees it; the others are content.ContentState
    state         TEXT NOT NULL CHECK (state IN ('DRAFT', 'PUBLISHED', 'PENDING', 'HIDDEN', 'REMOVED')),
    language      TEXT NOT NULL,
    title         TEXT NOT NULL,
    body          TEXT NOT NULL,
    hidden_reason TEXT,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    -- when it first left the drafts (published or held): the order of every list
    published_at  TIMESTAMP WITH TIME ZONE,
    -- the last change by its author or a moderator after publishing: the "edited" mark
    edited_at     TIMESTAMP WITH TIME ZONE,
    version       INT NOT NULL DEFAULT 0
);
-- keyset pages of a unit's blog and a member's blog, newest first, at any size
CREATE INDEX blog_post_unit_idx ON blog_post (unit_id, published_at DESC, id DESC) WHERE state = 'PUBLISHED';
CREATE INDEX blog_post_author_idx ON blog_post (author_id, published_at DESC, id DESC) WHERE state = 'PUBLISHED';
CREATE INDEX blog_post_unit_language_idx ON blog_post (unit_id, language, published_at DESC, id DESC)
    WHERE state = 'PUBLISHED';
CREATE INDEX blog_post_drafts_idx ON blog_post (author_id, created_at DESC) WHERE state IN ('DRAFT', 'PENDING');

-- Every published text of a post, the first one included; a moderator's edit is a revision by the moderator.
CREATE TABLE blog_post_revision (
    post_id    UUID NOT NULL REFERENCES blog_post (id) ON DELETE CASCADE,
    version    INT NOT NULL,
    editor_id  UUID REFERENCES member (id) ON DELETE SET NULL,
    title      TEXT NOT NULL,
    body       TEXT NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (post_id, version)
);
CREATE INDEX blog_post_revision_editor_idx ON blog_post_revision (editor_id);

-- A post in another language, by any member, credited to them; one per post and language.
CREATE TABLE blog_post_translation (
    post_id       UUID NOT NULL REFERENCES blog_post (id) ON DELETE CASCADE,
    language      TEXT NOT NULL,
    translator_id UUID REFERENCES member (id) ON DELETE SET NULL,
    state         TEXT NOT NULL CHECK (state IN ('PUBLISHED', 'PENDING')),
    title         TEXT NOT NULL,
    body          TEXT NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (post_id, language)
);
CREATE INDEX blog_post_translation_translator_idx ON blog_post_translation (translator_id);

-- The posts a unit's admins feature on its page, in their order; a post from a unit below is "promoted".
CREATE TABLE blog_featured (
    unit_id       UUID NOT NULL REFERENCES units (id) ON DELETE CASCADE,
    post_id       UUID NOT NULL REFERENCES blog_post (id) ON DELETE CASCADE,
    position      INT NOT NULL,
    featured_by   UUID REFERENCES member (id) ON DELETE SET NULL,
    featured_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (unit_id, post_id)
);
CREATE INDEX blog_featured_post_idx ON blog_featured (post_id);

-- Who featured, promoted, moved or unfeatured what, when: shown to the unit's admins.
CREATE TABLE blog_feature_log (
    id        UUID PRIMARY KEY,
    unit_id   UUID NOT NULL REFERENCES units (id) ON DELETE CASCADE,
    post_id   UUID NOT NULL REFERENCES blog_post (id) ON DELETE CASCADE,
    actor_id  UUID REFERENCES member (id) ON DELETE SET NULL,
    action    TEXT NOT NULL CHECK (action IN ('FEATURED', 'PROMOTED', 'MOVED', 'UNFEATURED')),
    at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX blog_feature_log_unit_idx ON blog_feature_log (unit_id, at DESC);
CREATE INDEX blog_feature_log_actor_idx ON blog_feature_log (actor_id);
