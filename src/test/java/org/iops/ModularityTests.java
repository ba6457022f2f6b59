package org.iops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries hold: no module reaches into another's internals, no cycles, and each module depends only
 * on the modules its {@code package-info.java} allows ({@code allowedDependencies}), which every module declares.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(IopsApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void everyModuleSaysWhichModulesItMayUse() {
        modules.forEach(module -> {
            String base = module.getBasePackage().getName();
            ApplicationModule declared = declaration(base);
            assertThat(declared).as("@ApplicationModule on %s.package-info", base).isNotNull();
            if (declared.type() != ApplicationModule.Type.OPEN) {
                assertThat(Arrays.asList(declared.allowedDependencies())).as("allowedDependencies of %s", base)
                        .doesNotContain(ApplicationModule.OPEN_TOKEN);
            }
        });
    }

    @Test
    void writesTheModuleDiagram() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/spring-modulith-docs")).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }

    private static ApplicationModule declaration(String basePackage) {
        try {
            return Class.forName(basePackage + ".package-info").getAnnotation(ApplicationModule.class);
        } catch (ClassNotFoundException missing) {
            return null;
        }
    }
}
