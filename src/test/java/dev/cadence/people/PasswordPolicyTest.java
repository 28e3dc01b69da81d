package dev.cadence.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cadence.web.RuleViolationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static void check(String password) {
        PasswordPolicy.check("newPassword", password, "jblake", "jordan.blake@brightline.example", "Jordan Blake");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pipeline-is-king", "correct-horse-battery", "quarterly board pack", "zq8!vT2p",
            "a phrase of sixty-four characters is fine to choose, as this one",
            "éééééééééééééééééééééééééééééépassphrase12"})
    void acceptsWhatNoGuesserTriesFirst(String password) {
        assertThatCode(() -> check(password)).doesNotThrowAnyException();
    }

    @Test
    void refusesPasswordsThatAreTooShortOrTooLong() {
        assertThatThrownBy(() -> check("seven77")).hasMessage("Use at least 8 characters.")
                .extracting("field").isEqualTo("newPassword");
        assertThatThrownBy(() -> check(null)).hasMessage("Use at least 8 characters.");
        assertThatThrownBy(() -> check("x".repeat(30) + "y".repeat(35))).hasMessage("Use at most 64 characters.");
        String seventyThreeBytes = "é".repeat(30) + "passphrase123";
        assertThat(seventyThreeBytes.getBytes(StandardCharsets.UTF_8)).hasSize(73);
        assertThatThrownBy(() -> check(seventyThreeBytes)).hasMessageContaining("too long to store safely")
                .hasMessageContaining("at most 72 bytes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaa", "11111111111", "€€€€€€€€"})
    void refusesOneRepeatedCharacter(String password) {
        assertThatThrownBy(() -> check(password)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("One character repeated");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password", "Password1", "12345678", "iloveyou", "QWERTYUIOP", "trustno1", "sunshine"})
    void refusesCommonPasswordsWhateverTheirCase(String password) {
        assertThatThrownBy(() -> check(password)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("one of the most common passwords");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jordan.blake@brightline.example", "JBlake2026!", "jordanblake", "Jordan Blake 99",
            "jordan.blake123", "cadence2026", "Cadence!!"})
    void refusesTheUsernameTheAddressTheNameAndTheApplicationsName(String password) {
        assertThatThrownBy(() -> check(password)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("cannot be your username, e-mail address or name");
    }

    @Test
    void theListHoldsTenThousandCommonPasswordsOfEightCharactersOrMore() throws IOException {
        try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(PasswordPolicy.COMMON_PASSWORDS)) {
            assertThat(in).isNotNull();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            assertThat(lines).filteredOn(line -> !line.startsWith("# ")).hasSize(10_000)
                    .allSatisfy(line -> assertThat(line.length()).isBetween(8, 64));
        }
    }
}
