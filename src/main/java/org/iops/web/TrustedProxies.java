package org.iops.web;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Which reverse proxies are believed about the client ({@code X-Forwarded-For}) and the scheme
 * ({@code X-Forwarded-Proto}): exactly the addresses in {@code iops.web.trusted-proxies} (IP addresses or CIDR
 * ranges, comma-separated), nobody by default. Tomcat's RemoteIpValve, which {@code server.forward-headers-strategy
 * =native} installs, would otherwise trust every private and loopback address. From a trusted proxy the request's
 * remote address becomes the client's (the rightmost address the proxies did not add), so per-IP limits count
 * people, and {@code https} makes the request secure (HSTS, Secure cookies); from anyone else the headers are ignored.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final String ranges;

    TrustedProxies(@Value("${iops.web.trusted-proxies:}") List<String> proxies) {
        this.ranges = proxies.stream().map(String::strip).filter(p -> !p.isEmpty())
                .map(p -> p.contains("/") ? p : p + (p.contains(":") ? "/128" : "/32"))
                .collect(Collectors.joining(", "));
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        for (Valve valve : factory.getEngineValves()) {
            if (valve instanceof RemoteIpValve remoteIp) {
                remoteIp.setInternalProxies(ranges);
                remoteIp.setTrustedProxies(null);
            }
        }
    }

    /** After Spring Boot's own customizer, which installs the valve. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
