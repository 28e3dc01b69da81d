package dev.cadence.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SpreadsheetCsvTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil\")", "+1+1", "-2+3", "@SUM(A1)", "\tindent", "\r=1", "＝1+1", "＋1", "－1", "＠A1"})
    void aTextCellASpreadsheetWouldRunIsDefusedAndRestoredOnImport(String text) {
        String defused = SpreadsheetCsv.defused(text);
        assertThat(defused).isEqualTo("'" + text);
        assertThat(SpreadsheetCsv.restore(defused)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Two deals slipped", "", "'quoted", "1,200", "a=b", " =not first"})
    void otherTextIsWrittenAndReadAsItIs(String text) {
        assertThat(SpreadsheetCsv.defused(text)).isEqualTo(text);
        assertThat(SpreadsheetCsv.restore(text)).isEqualTo(text);
    }

    @Test
    void numbersStayNumbersAndTheFileIsRfc4180() {
        String csv = SpreadsheetCsv.write(List.of("key", "value", "narrative", "count"), List.of(
                Arrays.asList("win-rate", new BigDecimal("-3.5000"), "=cmd|' /C calc'!A0", 7L),
                Arrays.asList("churn", null, "Said \"no\", twice", -2)));
        assertThat(csv).isEqualTo("key,value,narrative,count\r\n"
                + "win-rate,-3.5,'=cmd|' /C calc'!A0,7\r\n"
                + "churn,,\"Said \"\"no\"\", twice\",-2\r\n");
    }
}
