package org.iops.members.profile;

import java.util.ArrayList;
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
import org.iops.units.MemberCardPage;
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
        List<Listed> listed = members.listable(memberIds);
        Seen seen = seenBy(reader, listed);
        List<MemberCard> cards = new ArrayList<>(listed.size());
        for (Listed member : listed) {
            if (seen.sees(member)) {
                cards.add(card(member));
            }
        }
        return cards;
    }

    /** A chapter page's 100 cards: every member is decided (to count them), only the page's are made into cards. */
    @Override
    @Transactional(readOnly = true)
    public MemberCardPage visibleTo(@Nullable UUID reader, Collection<UUID> memberIds, int offset, int limit) {
        List<Listed> listed = members.listable(memberIds);
        Seen seen = seenBy(reader, listed);
        int from = Math.max(0, offset);
        int until = from + Math.max(0, limit);
        List<MemberCard> cards = new ArrayList<>(Math.min(Math.max(0, limit), listed.size()));
        int visible = 0;
        for (Listed member : listed) {
            if (seen.sees(member)) {
                if (visible >= from && visible < until) {
                    cards.add(card(member));
                }
                visible++;
            }
        }
        return new MemberCardPage(cards, visible);
    }

    private static MemberCard card(Listed member) {
        return new MemberCard(member.id(), member.displayName(), member.locality());
    }

    /**
     * How the reader stands to the members of a list: the privacy checks that need the database are made once for
     * the whole list, and only for the members whose town any member may not see.
     */
    private Seen seenBy(@Nullable UUID reader, List<Listed> listed) {
        if (reader == null) {
            return new Seen(null, Set.of(), Set.of());
        }
        List<UUID> restricted = new ArrayList<>();
        for (Listed member : listed) {
            if (member.locality() != null && !PrivacyPolicy.canSee(member.localityAudience(), Relation.MEMBER)
                    && !reader.equals(member.id())) {
                restricted.add(member.id());
            }
        }
        if (restricted.isEmpty()) {
            return new Seen(reader, Set.of(), Set.of());
        }
        Set<UUID> administered = viewers.administersEveryone(reader) ? Set.copyOf(restricted)
                : viewers.administeredBy(reader, restricted);
        List<UUID> byChapter = new ArrayList<>();
        for (Listed member : listed) {
            if (member.localityAudience() == Audience.CHAPTER && member.locality() != null
                    && !reader.equals(member.id()) && !administered.contains(member.id())) {
                byChapter.add(member.id());
            }
        }
        return new Seen(reader, administered, byChapter.isEmpty() ? Set.of() : viewers.chapterMatesOf(reader, byChapter));
    }

    /** The reader (null: a visitor), the listed members they administer, and those they are chapter mates of. */
    private record Seen(@Nullable UUID reader, Set<UUID> administered, Set<UUID> mates) {

        /** Being listed in a unit tells where the member lives, so only readers who may see the town list them. */
        boolean sees(Listed member) {
            if (member.locality() == null) {
                return true;
            }
            Audience audience = member.localityAudience();
            if (PrivacyPolicy.canSee(audience, reader == null ? Relation.VISITOR : Relation.MEMBER)) {
                return true; // no other relation sees less
            }
            Relation relation = reader == null ? Relation.VISITOR
                    : reader.equals(member.id()) ? Relation.SELF
                    : administered.contains(member.id()) ? Relation.ADMIN
                    : mates.contains(member.id()) ? Relation.CHAPTER_MATE
                    : Relation.MEMBER;
            return PrivacyPolicy.canSee(audience, relation);
        }
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
