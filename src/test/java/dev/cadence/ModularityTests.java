package dev.cadence;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Features talk to each other through their public services only, and never in a cycle. */
class ModularityTests {

    @Test
    void featuresHaveNoCyclesAndUseOnlyEachOthersPublicTypes() {
        ApplicationModules.of(CadenceApplication.class).verify();
    }
}
