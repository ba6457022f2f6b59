package org.iops.web;

import org.iops.shared.MemberId;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Lets controllers take typed values from the address: {@code @PathVariable MemberId id},
 * {@code @PathVariable Language language}. Spring Boot adds every {@link Converter} bean to MVC's conversion
 * service, so a module registers its own ids the same way (see {@code units/web/UnitIdConverter}). A text that names
 * nothing fails with a {@link org.iops.shared.NotFoundException}, which {@link ErrorPages} shows as the 404 page.
 */
final class IdConverters {

    private IdConverters() {
    }

    @Component
    static class MemberIdConverter implements Converter<String, MemberId> {
        @Override
        public MemberId convert(String text) {
            return MemberId.parse(text);
        }
    }

    @Component
    static class LanguageConverter implements Converter<String, Language> {
        @Override
        public Language convert(String code) {
            return Language.parse(code);
        }
    }
}
