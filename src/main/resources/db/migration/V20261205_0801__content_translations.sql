-- One store of translations for every kind of member content (blog posts, forum topics): keyed by the original's
-- content ref and the language. The blogs' own table moves here.
CREATE TABLE content_translation (
    id            UUID PRIMARY KEY,
    original_type TEXT NOT NULL,
    original_id   UUID NOT NULL,
    language      TEXT NOT NULL,
    -- null once the translator's account is erased: the translation then reads "former member"
    translator_id UUID REFERENCES member (id) ON DELETE SET NULL,
    state         TEXT NOT NULL CHECK (state IN ('PUBLISHED', 'PENDING', 'HIDDEN', 'REMOVED')),
    hidden_reason TEXT,
    title         TEXT NOT NULL,
    body          TEXT NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    -- one translation per language (a removed one is deleted before another takes its language)
    UNIQUE (original_type, original_id, language)
);
CREATE INDEX content_translation_translator_idx ON content_translation (translator_id) WHERE translator_id IS NOT NULL;

INSERT INTO content_translation (id, original_type, original_id, language, translator_id, state, title, body,
                                 created_at, updated_at)
SELECT gen_random_uuid(), 'blogs.post', post_id, language, translator_id, state, title, body, created_at, updated_at
FROM blog_post_translation;

DROP TABLE blog_post_translation;
