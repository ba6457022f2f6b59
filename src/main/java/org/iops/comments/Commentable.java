package org.iops.comments;

import java.util.Set;

/**
 * Contribution: the content types of a module whose items take comments ({@code blogs.post}, later
 * {@code organizing.event}). One bean per module; comments attach below the items of every type some bean names,
 * and to no other (forum topics have replies instead; comments are not commented on).
 */
public interface Commentable {

    /** Content types ({@code <module>.<noun>}) that take comments. */
    Set<String> commentableTypes();
}
