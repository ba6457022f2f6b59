package org.iops.search.web;

import static org.iops.web.RequestRule.anyone;
import static org.springframework.http.HttpMethod.GET;

import java.util.List;
import org.iops.search.SearchPaths;
import org.iops.web.RequestRule;
import org.iops.web.RequestRules;
import org.springframework.stereotype.Component;

/** The search page is for anyone: the query shows each reader only what they may see. */
@Component
class SearchRequestRules implements RequestRules {

    @Override
    public List<RequestRule> rules() {
        return List.of(anyone(GET, SearchPaths.SEARCH));
    }
}
