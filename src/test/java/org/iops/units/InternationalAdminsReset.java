package org.iops.units;

import java.util.List;
import java.util.UUID;
import org.iops.units.tree.Standings;
import org.iops.units.tree.Unit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Each test class leaves the international committee as it found it: the international admins a class made are
 * gone after it. The test classes share one database, and an international admin is told of every chapter that
 * appears where a branch has no admin of its own; admins left behind by earlier classes made a run send forty
 * thousand emails (a third of them while a later test waited for its own mail).
 */
public class InternationalAdminsReset implements BeforeAllCallback, AfterAllCallback {

    private static final String CURRENT = "SELECT id FROM unit_roles WHERE unit_id = ? AND role = 'ADMIN' "
            + "AND (ends_at IS NULL OR ends_at > now())";

    @Override
    public void beforeAll(ExtensionContext context) {
        List<UUID> before = jdbc(context).sql(CURRENT).param(Unit.INTERNATIONAL).query(UUID.class).list();
        context.getStore(ExtensionContext.Namespace.create(getClass(), context.getUniqueId())).put("before", before);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        @SuppressWarnings("unchecked")
        List<UUID> before = context.getStore(ExtensionContext.Namespace.create(getClass(), context.getUniqueId()))
                .get("before", List.class);
        if (before == null) {
            return;
        }
        int removed = jdbc(context).sql("DELETE FROM unit_roles WHERE id IN (" + CURRENT + ") AND NOT (id = ANY(?))")
                .params(Unit.INTERNATIONAL, before.toArray(UUID[]::new)).update();
        if (removed > 0) {
            // written straight to the table, as the fixtures grant them: the cached standings go too
            SpringExtension.getApplicationContext(context).getBean(Standings.class).forgetEveryone();
        }
    }

    private static JdbcClient jdbc(ExtensionContext context) {
        ApplicationContext application = SpringExtension.getApplicationContext(context);
        return application.getBean(JdbcClient.class);
    }
}
