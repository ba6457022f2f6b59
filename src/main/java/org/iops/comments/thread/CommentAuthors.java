package org.iops.comments.thread;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iops.shared.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The comments module's part of a member's data: the comments they wrote. When the account goes, the comments stay,
 * so that the threads they belong to keep their sense, and read "former member".
 */
@Component
@Order(1100)
class CommentAuthors implements PersonalData {

    private final CommentRepository comments;

    CommentAuthors(CommentRepository comments) {
        this.comments = comments;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> export(UUID memberId) {
        List<Map<String, Object>> written = comments.byAuthor(memberId).stream().map(c -> {
            Map<String, Object> comment = new LinkedHashMap<>();
            comment.put("on", c.item().toString());
            comment.put("replyingTo", c.replyingTo() == null ? null : c.replyingTo().toString());
            comment.put("text", c.body());
            comment.put("state", c.state().name());
            comment.put("writtenAt", c.created().toString());
            comment.put("editedAt", c.edited() == null ? null : c.edited().toString());
            comment.put("deletedAt", c.deleted() == null ? null : c.deleted().toString());
            return comment;
        }).toList();
        return written.isEmpty() ? Map.of() : Map.of("comments", written);
    }

    @Override
    public void erase(UUID memberId) {
        comments.forgetAuthor(memberId);
    }
}
