package org.iops.members.profile;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.iops.members.MemberNames;
import org.iops.members.MemberStatistics;
import org.iops.members.account.MemberRepository;
import org.iops.members.account.MemberRepository.Listed;
import org.iops.members.privacy.Audience;
import org.iops.members.privacy.PrivacyPolicy;
import org.iops.members.privacy.Relation;
import org.iops.members.privacy.Viewers;
import org.iops.units.MemberCard;
import org.iops.units.MemberCards;
import org.iops.units.MemberLookup;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members as directories show them: hidden and deleted members left out, each locality shown only to the readers
 * the member allowed. The chapter and admin checks are made once per list, and only when some member needs them.
 */
@Service
class MemberDirectory implements MemberCards, MemberStatistics, MemberLookup, MemberNames {

    private final MemberRepository members;
    private final Viewers viewers;

    MemberDirectory(MemberRepository members, Viewers viewers) {
        this.members = members;
        this.viewers = viewers;
    }

    @Override
    @Transactional(readOnly = true)
    public List<MemberCard> visibleTo(@Nullable UUID reader, Collection<UUID> memberIds) {
        return cards(reader, members.listable(memberIds));
    }

    /** The privacy checks that need the database are made once for the whole list. */
    private List<MemberCard> cards(@Nullable UUID reader, List<Listed> listed) {
        Set<UUID> chapterMates = Set.of();
        Set<UUID> administered = Set.of();
        if (reader != null) {
            Set<UUID> restricted = listed.stream()
                    .filter(m -> m.locality() != null && !PrivacyPolicy.canSee(m.localityAudience(), Relation.MEMBER))
                    .map(Listed::id).collect(java.util.stream.Collectors.toSet());
            if (!restricted.isEmpty()) {
                administered = viewers.administersEveryone(reader) ? Set.copyOf(restricted)
                        : viewers.administeredBy(reader, restricted);
                Set<UUID> admin = administered;
                List<UUID> byChapter = listed.stream()
                        .filter(m -> m.localityAudience() == Audience.CHAPTER && restricted.contains(m.id())
                                && !admin.contains(m.id()))
                        .map(Listed::id).toList();
                chapterMates = byChapter.isEmpty() ? Set.of() : viewers.chapterMatesOf(reader, byChapter);
            }
        }
        Set<UUID> mates = chapterMates;
        Set<UUID> admin = administered;
        return listed.stream().map(m -> {
            Relation relation = reader == null ? Relation.VISITOR
                    : reader.equals(m.id()) ? Relation.SELF
                    : admin.contains(m.id()) ? Relation.ADMIN
                    : mates.contains(m.id()) ? Relation.CHAPTER_MATE
                    : Relation.MEMBER;
            // being listed in a unit tells where the member lives, so only readers who may see the town list them
            return m.locality() == null || PrivacyPolicy.canSee(m.localityAudience(), relation)
                    ? new MemberCard(m.id(), m.displayName(), m.locality()) : null;
        }).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<MemberCard> search(Collection<UUID> candidates, String query, int limit) {
        return members.search(candidates, query, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean exists(UUID member) {
        return members.findById(member).filter(m -> m.verified()).isPresent();
    }

    @Override
    public java.util.Map<UUID, String> displayNames(Collection<UUID> ids) {
        return members.displayNames(ids);
    }

    @Override
    public java.util.Map<String, java.util.List<UUID>> byDisplayName(Collection<String> names) {
        return members.byDisplayName(names);
    }

    @Override
    public long verifiedMembers() {
        return members.countVerified();
    }
}
