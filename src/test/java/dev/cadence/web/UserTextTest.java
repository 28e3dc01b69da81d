package dev.cadence.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UserTextTest {

    @ParameterizedTest(name = "U+{0} at {1}")
    @CsvSource({"0000, 1", "0001, 4", "0007, 2", "001B, 3", "007F, 1", "0085, 6", "009F, 2"})
    void aControlCharacterIsRefusedOnItsFieldSayingWhichAndWhere(String code, int position) {
        String text = "x".repeat(position - 1) + (char) Integer.parseInt(code, 16) + "yz";
        assertThatThrownBy(() -> UserText.optional(text, 100, "title"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Remove the invisible control character U+" + code + " (character " + position
                        + "): text takes letters, digits, punctuation, tabs and line breaks.")
                .satisfies(e -> assertThat(((RuleViolationException) e).field()).isEqualTo("title"));
    }

    @Test
    void tabsLineBreaksAndEveryPrintableCharacterAreText() {
        String text = "Two deals\tslipped\r\nso we 🚀 re-forecast — “über” 42% <b>";
        assertThat(UserText.firstControlCharacter(text)).isEqualTo(-1);
        assertThat(UserText.requireNoControlCharacters(text, "narrative")).isEqualTo(text);
        assertThat(UserText.firstControlCharacter(null)).isEqualTo(-1);
    }

    @Test
    void saysWhereTheFirstOneIs() {
        assertThat(UserText.firstControlCharacter("abc\u0000d\u0007")).isEqualTo(3);
    }
}
