package org.iops.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Translations of member content, for every module whose items members may translate (blog posts, forum topics):
 * any member who may read an item may add a translation of its title and text into a language it lacks, credited to
 * them and edited by them alone; the item's author, the translator and the moderators of its unit may remove it. A
 * translation passes the posting rules like any text: a held one is seen only by its translator and the moderators,
 * and waits in the unit's moderation queue. A translation lives at the original's path followed by
 * {@code /<language>}. The caller has checked that the reader may see the original.
 */
public interface ContentTranslations {

    /** What is wrong with a translation into {@code language}: unknown, the original's own, or taken. */
    enum Problem {
        UNKNOWN_LANGUAGE, ORIGINAL_LANGUAGE, TAKEN
    }

    /** The translations of the item this reader may see, by language: published ones, and held ones to their translator and moderators. */
    List<ContentTranslation> of(ContentItem original, @Nullable UUID reader);

    /**
     * The published translations of each of the originals (all of one type), by language: what a search index or a
     * feed adds to the original's own text. One query.
     */
    java.util.Map<ContentRef, List<ContentTranslation>> published(java.util.Collection<ContentRef> originals);

    /** The translation into {@code language}, if this reader may see it. */
    Optional<ContentTranslation> find(ContentItem original, String language, @Nullable UUID reader);

    /** What is wrong with a new translation ({@code adding}) or an edit in this language, or empty. */
    Optional<Problem> problem(ContentItem original, String language, boolean adding);

    /**
     * Adds a translation, published or held as {@link Contents#checkPosting} says (a held one is announced with
     * {@link Contents#held}).
     *
     * @throws PostingRefusedException when a posting rule refuses
     * @throws IllegalArgumentException when {@link #problem} names one
     */
    ContentTranslation add(ContentItem original, UUID translator, String language, String title, String body);

    /**
     * The translation into {@code language} by {@code translator}, for them to edit.
     *
     * @throws org.iops.shared.NotFoundException when there is none this member may see
     * @throws org.iops.shared.ForbiddenException when someone else translated it
     */
    ContentTranslation own(ContentItem original, String language, UUID translator);

    /**
     * The translator changes their translation; a held one stays held.
     *
     * @throws org.iops.shared.ForbiddenException for anyone else
     * @throws org.iops.shared.NotFoundException when there is none this reader may see
     */
    void edit(ContentItem original, UUID translator, String language, String title, String body);

    /** Whether the reader may remove it: the original's author, the translator, the unit's moderators. */
    boolean mayRemove(ContentItem original, ContentTranslation translation, @Nullable UUID reader);

    /**
     * Removes the translation (the language is free again).
     *
     * @throws org.iops.shared.ForbiddenException when {@link #mayRemove} says no
     * @throws org.iops.shared.NotFoundException when there is none this reader may see
     */
    void remove(ContentItem original, String language, UUID reader);

    /**
     * What the member translated of items of {@code type}, for their data export: the original's id (named
     * {@code idName}), language, title, text, dates. Erasure is this module's: translations stay, by "former member".
     */
    List<Map<String, Object>> export(UUID translator, String type, String idName);
}
