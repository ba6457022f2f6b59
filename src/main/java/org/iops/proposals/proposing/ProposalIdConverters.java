package org.iops.proposals.proposing;

import org.iops.proposals.AmendmentId;
import org.iops.proposals.ProposalId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;

/** Lets controllers take {@code @PathVariable ProposalId id} and {@code AmendmentId}; a malformed id is a 404. */
@Configuration(proxyBeanMethods = false)
class ProposalIdConverters {

    @Bean
    Converter<String, ProposalId> proposalIdConverter() {
        return new Converter<String, ProposalId>() {
            @Override
            public ProposalId convert(String text) {
                return ProposalId.parse(text);
            }
        };
    }

    @Bean
    Converter<String, AmendmentId> amendmentIdConverter() {
        return new Converter<String, AmendmentId>() {
            @Override
            public AmendmentId convert(String text) {
                return AmendmentId.parse(text);
            }
        };
    }
}
