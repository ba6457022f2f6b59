package org.iops.web;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Whether the current thread is showing a page: inside the read-only transaction {@link PageTransactions} opens for a
 * GET. Caches that keep what pages read (role holders, figures, governing rules) answer from memory only then; a
 * transaction that writes, and code outside a page, always reads the tables.
 */
public final class PageReads {

    static final String NAME_PREFIX = "page ";

    private PageReads() {
    }

    public static boolean inProgress() {
        String name = TransactionSynchronizationManager.getCurrentTransactionName();
        return name != null && name.startsWith(NAME_PREFIX) && TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }
}
