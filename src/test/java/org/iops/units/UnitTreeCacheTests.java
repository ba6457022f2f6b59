package org.iops.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.iops.units.tree.Structure;
import org.iops.units.tree.UnitRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Unit pages read the tree from memory; a change shows at once, and a reader who looked while the change was
 * being written neither keeps the old tree after the commit nor sees a change that was rolled back.
 */
class UnitTreeCacheTests extends UnitsIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitFixtures fixtures;
    @Autowired
    Structure structure;
    @Autowired
    UnitRepository units;
    @Autowired
    TransactionTemplate transactions;

    UUID chapter;
    UUID branchAdmin;
    String oldName;

    @BeforeEach
    void world() throws Exception {
        UUID member = fixtures.memberIn("PT", UnitFixtures.unique("Braga"));
        chapter = fixtures.chapterOf(member);
        branchAdmin = fixtures.memberWithRole(Role.ADMIN, fixtures.branchOf(member));
        oldName = units.get(chapter).name();
        assertThat(page()).contains(oldName); // the tree is now in memory
    }

    private String page() throws Exception {
        return mvc.perform(get("/units/" + chapter)).andReturn().getResponse().getContentAsString();
    }

    /** What a reader outside the writing transaction (another request) finds now. */
    private String nameSeenByAnotherRequest() {
        return CompletableFuture.supplyAsync(() -> units.get(chapter).name()).join();
    }

    @Test
    void aRenamedChapterShowsItsNewNameOnItsPageAtOnce() throws Exception {
        String newName = UnitFixtures.unique("Braga Norte");
        structure.rename(branchAdmin, chapter, newName);

        assertThat(page()).contains(newName);
    }

    @Test
    void aReaderDuringTheRenameDoesNotKeepTheOldNameOnceItIsCommitted() throws Exception {
        String newName = UnitFixtures.unique("Braga Sul");
        transactions.executeWithoutResult(status -> {
            structure.rename(branchAdmin, chapter, newName);
            assertThat(nameSeenByAnotherRequest()).as("not committed yet").isEqualTo(oldName);
        });

        assertThat(nameSeenByAnotherRequest()).isEqualTo(newName);
        assertThat(page()).contains(newName);
    }

    @Test
    void aRenameRolledBackNeverShows() throws Exception {
        String newName = UnitFixtures.unique("Braga Oeste");
        transactions.executeWithoutResult(status -> {
            structure.rename(branchAdmin, chapter, newName);
            assertThat(units.get(chapter).name()).as("the writing transaction reads its own change").isEqualTo(newName);
            status.setRollbackOnly();
        });

        assertThat(nameSeenByAnotherRequest()).isEqualTo(oldName);
        assertThat(page()).contains(oldName).doesNotContain(newName);
    }
}
