package org.iops.search.index;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one-time task that indexes what is missing from the search index (see {@link SearchRebuild}). */
@Configuration(proxyBeanMethods = false)
class SearchSchedule {

    @Bean
    OneTimeTask<Void> searchIndexMissing(SearchRebuild rebuild) {
        return Tasks.oneTime(SearchRebuild.TASK).execute((instance, context) -> rebuild.indexMissing());
    }
}
