package org.iops.web;

import static org.iops.web.RequestRule.anyone;
import static org.iops.web.RequestRule.operators;
import static org.springframework.http.HttpMethod.GET;

import java.util.List;
import org.springframework.stereotype.Component;

/** The web module's own endpoints: error pages, static files, the health check and the other actuator endpoints. */
@Component
class WebRequestRules implements RequestRules {

    @Override
    public List<RequestRule> rules() {
        return List.of(anyone(null, "/error"), anyone(null, "/error/{status}"),
                // static files, served by the resource handlers: whole folders of files, no controller below them
                anyone(GET, "/css/**"), anyone(GET, "/js/**"), anyone(GET, "/img/**"), anyone(GET, "/webjars/**"),
                anyone(GET, "/favicon.ico"), anyone(GET, "/robots.txt"),
                anyone(GET, "/actuator/health"), anyone(GET, "/actuator/health/**"), operators("/actuator/**"));
    }
}
