package org.iops.reactions.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.iops.shared.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The reactions module's part of a member's data: what they liked. Erased with the account; the counts drop. */
@Component
@Order(1200)
class LikedItems implements PersonalData {

    private final Likes likes;

    LikedItems(Likes likes) {
        this.likes = likes;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> export(UUID memberId) {
        List<Map<String, Object>> liked = likes.likedBy(memberId);
        return liked.isEmpty() ? Map.of() : Map.of("likes", liked);
    }

    @Override
    public void erase(UUID memberId) {
        likes.forget(memberId);
    }
}
