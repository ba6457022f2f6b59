package org.iops.blogs.posts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iops.blogs.PostId;
import org.iops.content.ContentTranslations;
import org.iops.shared.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What the blogs keep of a member: their posts (drafts included) and their translations, exported; on erasure the
 * drafts are deleted and what they published stays, by "former member" (others' comments hang off it).
 */
@Component
@Order(1100)
class BlogPersonalData implements PersonalData {

    private final PostRepository posts;
    private final ContentTranslations translations;
    private final Featuring featuring;

    BlogPersonalData(PostRepository posts, ContentTranslations translations, Featuring featuring) {
        this.posts = posts;
        this.translations = translations;
        this.featuring = featuring;
    }

    @Override
    public Map<String, Object> export(UUID memberId) {
        List<Map<String, Object>> written = posts.byAuthor(memberId).stream().map(post -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", post.id().toString());
            entry.put("state", post.state());
            entry.put("unit", post.unit().toString());
            entry.put("visibility", post.visibility().name());
            entry.put("language", post.language());
            entry.put("title", post.title());
            entry.put("body", post.body());
            entry.put("created", post.createdAt().toString());
            entry.put("published", post.publishedAt() == null ? null : post.publishedAt().toString());
            entry.put("edited", post.editedAt() == null ? null : post.editedAt().toString());
            return entry;
        }).toList();
        List<Map<String, Object>> translated = translations.export(memberId, PostId.TYPE, "post");
        if (written.isEmpty() && translated.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("blogPosts", written);
        data.put("blogTranslations", translated);
        return data;
    }

    @Override
    public void erase(UUID memberId) {
        posts.forget(memberId);
        featuring.forget(memberId);
    }
}
