package org.iops.governance;

import java.util.List;

/**
 * A module's governing rules as the rules pages show them: declare one bean listing the module's {@link RuleKey}s,
 * each with how to put its value into words, and {@code /rules} lists them with their status, since when and which
 * decision set each version, with each one's history at {@code /rules/{key}}. A key nobody declares is still kept
 * and read; it is only not shown. See {@code docs/governance.md}.
 */
public interface RuleCatalog {

    /** The module's rules, in the order the module wants them listed. */
    List<ShownRule<?>> rules();
}
