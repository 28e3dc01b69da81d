package dev.cadence.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrmExportReaderTest {

    /** Shaped like a Salesforce "Export details" of an opportunity report in a multi-currency org. */
    private static final String SALESFORCE = String.join("\r\n",
            "\"Opportunity ID\",\"Opportunity Name\",\"Account Name\",\"Opportunity Owner\",\"Stage\",\"Forecast Category\","
                    + "\"Amount Currency\",\"Amount\",\"Close Date\",\"Created Date\",\"Type\",\"Lead Source\",\"Territory Region\"",
            "\"0065g00000AbCdEAA1\",\"Northwind - Platform expansion\",\"Northwind Traders\",\"Jordan Blake\",\"Negotiation/Review\","
                    + "\"Commit\",\"USD\",\"240,000.00\",\"1/31/2027\",\"9/14/2026\",\"Existing Business\",\"Partner Referral\",\"Enterprise\"",
            "\"0065g00000AbCdFAA1\",\"Contoso, Inc. - New logo\",\"Contoso, Inc.\",\"Priya Shah\",\"Proposal/Price Quote\","
                    + "\"Best Case\",\"USD\",\"86500\",\"12/19/2026\",\"10/2/2026\",\"New Business\",\"Web\",\"Mid-Market\"",
            "\"0065g00000AbCdGAA1\",\"Fabrikam - Renewal\",\"Fabrikam\",\"Jordan Blake\",\"Closed Won\",\"Closed\",\"USD\","
                    + "\"52,000.00\",\"11/20/2026\",\"8/1/2026\",\"Renewal\",\"\",\"SMB\"",
            "",
            "\"Grand Totals (3 records)\"",
            "",
            "\"Confidential Information - Do Not Distribute\"",
            "\"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved.\"",
            "");

    @Test
    void readsASalesforceReportWithItsCurrencyColumnAndFooter() {
        ParsedExport export = CrmExportReader.read(bom(SALESFORCE.getBytes(StandardCharsets.UTF_8)));

        assertThat(export.format()).isEqualTo(ExportFormat.SALESFORCE);
        assertThat(export.ok()).as(export.toString()).isTrue();
        assertThat(export.deals()).hasSize(3);
        DealLine northwind = export.deals().get(0);
        assertThat(northwind.dealId()).isEqualTo("0065g00000AbCdEAA1");
        assertThat(northwind.amount()).isEqualByComparingTo("240000");
        assertThat(northwind.closeDate()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(northwind.createdDate()).isEqualTo(LocalDate.of(2026, 9, 14));
        assertThat(northwind.forecastCategory()).isEqualTo(ForecastCategory.COMMIT);
        assertThat(northwind.segment()).isEqualTo("Enterprise");
        assertThat(northwind.source()).isEqualTo("Partner Referral");
        assertThat(export.deals().get(1).name()).isEqualTo("Contoso, Inc. - New logo");
        assertThat(export.deals().get(1).forecastCategory()).isEqualTo(ForecastCategory.BEST_CASE);
        assertThat(export.deals().get(2).source()).isNull();
        assertThat(export.deals().get(2).forecastCategory()).isEqualTo(ForecastCategory.CLOSED);
    }

    @Test
    void aLineInAnotherCurrencyAsksForTheConvertedAmount() {
        String eur = SALESFORCE.replaceFirst("\"USD\",\"86500\"", "\"EUR\",\"86500\"");
        ParsedExport export = CrmExportReader.read(eur.getBytes(StandardCharsets.UTF_8));

        assertThat(export.ok()).isFalse();
        ExportLine contoso = export.lines().get(1);
        assertThat(contoso.line()).isEqualTo(3);
        assertThat(contoso.errors()).singleElement().asString().contains("EUR").contains("Amount (converted)");
    }

    @Test
    void aSalesforceReportWithoutTheOpportunityIdIsRefusedNamingTheColumn() {
        String noId = "\"Opportunity Name\",\"Stage\",\"Amount\",\"Close Date\"\r\n\"Big deal\",\"Prospecting\",\"100\",\"1/31/2027\"\r\n";
        ParsedExport export = CrmExportReader.read(noId.getBytes(StandardCharsets.UTF_8));

        assertThat(export.format()).isEqualTo(ExportFormat.SALESFORCE);
        assertThat(export.fileErrors()).singleElement().asString().contains("\"Opportunity ID\"").contains("export it again");
    }

    @Test
    void readsAHubSpotExportInUtf16TabSeparatedWithDollarAmountsAndMixedDates() {
        String hubspot = String.join("\r\n",
                "Record ID\tDeal Name\tPipeline\tDeal Stage\tAmount\tClose Date\tCreate Date\tDeal owner\tAssociated Company\tForecast category",
                "9876543210\tAcme renewal\tSales Pipeline\t  Contract sent \t$21,000\t2026-11-27 10:36\t1/18/2026\tAva Reed\tAcme Corp\tCommit",
                "9876543211\tGlobex pilot\tSales Pipeline\tAppointment scheduled\t21000.5\t1/18/2027\t2026-10-01 09:00\tAva Reed\tGlobex\t",
                "9876543212\tInitech\tSales Pipeline\tClosed lost\t\t12/1/2026\t2026-09-01\tLi Wei\tInitech\tNot forecasted",
                "");
        ParsedExport export = CrmExportReader.read(utf16le(hubspot));

        assertThat(export.format()).isEqualTo(ExportFormat.HUBSPOT);
        assertThat(export.ok()).as(export.toString()).isTrue();
        DealLine acme = export.deals().get(0);
        assertThat(acme.stage()).isEqualTo("Contract sent");
        assertThat(acme.amount()).isEqualByComparingTo("21000");
        assertThat(acme.closeDate()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(acme.createdDate()).isEqualTo(LocalDate.of(2026, 1, 18));
        assertThat(acme.account()).isEqualTo("Acme Corp");
        DealLine globex = export.deals().get(1);
        assertThat(globex.amount()).isEqualByComparingTo("21000.50");
        assertThat(globex.forecastCategory()).isNull();
        assertThat(export.deals().get(2).amount()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(export.deals().get(2).forecastCategory()).isEqualTo(ForecastCategory.OMITTED);
        assertThat(export.stagesWithoutCategory()).containsExactly("Appointment scheduled");
    }

    @Test
    void readsAHubSpotExportInUtf8CommaSeparatedWithABom() {
        String hubspot = "Record ID,Deal Name,Deal Stage,Amount,Close Date,Create Date,Deal owner,Associated Company,Forecast category\n"
                + "1,\"Umbrella, Ltd\",Qualified to buy,\"$1,250,000\",1/18/2027,2026-11-01 08:00,Ava Reed,Umbrella,Best case\n";
        ParsedExport export = CrmExportReader.read(bom(hubspot.getBytes(StandardCharsets.UTF_8)));

        assertThat(export.ok()).as(export.toString()).isTrue();
        assertThat(export.deals().get(0).name()).isEqualTo("Umbrella, Ltd");
        assertThat(export.deals().get(0).amount()).isEqualByComparingTo("1250000");
    }

    @Test
    void readsCadencesOwnColumns() {
        String csv = String.join(",", ExportFormat.CADENCE_COLUMNS) + "\n"
                + "D-1,Acme,Acme Corp,Ava Reed,Enterprise,New Business,Negotiation,commit,120000,2027-01-15,2026-10-01,Outbound\n";
        ParsedExport export = CrmExportReader.read(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(export.format()).isEqualTo(ExportFormat.CADENCE);
        assertThat(export.ok()).as(export.toString()).isTrue();
        assertThat(export.deals().get(0).forecastCategory()).isEqualTo(ForecastCategory.COMMIT);
    }

    @Test
    void everyBadLineSaysWhatIsWrongByLineAndTheRestStillRead() {
        String csv = String.join(",", ExportFormat.CADENCE_COLUMNS) + "\n"
                + "D-1,Acme,,,,,Negotiation,commit,12k,2027-01-15,,\n"
                + "D-2,Beta,,,,,Negotiation,maybe,100,31/01/2027,,\n"
                + ",Gamma,,,,,Discovery,pipeline,100,2027-01-15,,\n"
                + "D-4,Delta,,,,,Discovery,pipeline,100,2027-01-15,,\n"
                + "D-4,Delta again,,,,,Discovery,pipeline,100,2027-01-15,,\n";
        ParsedExport export = CrmExportReader.read(csv.getBytes(StandardCharsets.UTF_8));

        assertThat(export.ok()).isFalse();
        assertThat(export.lines()).extracting(ExportLine::line).containsExactly(2, 3, 4, 5, 6);
        assertThat(export.lines().get(0).errors()).singleElement().asString().contains("\"12k\" is not an amount");
        assertThat(export.lines().get(1).errors()).hasSize(2)
                .anySatisfy(e -> assertThat(e).contains("\"maybe\" is no forecast category"))
                .anySatisfy(e -> assertThat(e).contains("\"31/01/2027\" is not a close date"));
        assertThat(export.lines().get(2).errors()).containsExactly("The deal has no id.");
        assertThat(export.lines().get(3).ok()).isTrue();
        assertThat(export.lines().get(4).errors()).singleElement().asString().contains("line 5 already");
    }

    @Test
    void aFileNobodyExportedIsRefusedWithTheColumnsCadenceReads() {
        ParsedExport export = CrmExportReader.read("foo,bar\n1,2\n".getBytes(StandardCharsets.UTF_8));

        assertThat(export.format()).isNull();
        assertThat(export.fileErrors()).singleElement().asString().contains("deal_id,name,account");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "21000|21000.00", "$21,000|21000.00", "21000.5|21000.50", "USD 1,250,000.00|1250000.00", "$ 0|0.00"})
    void amountsAsTheCrmsWriteThem(String typed, String expected) {
        List<String> errors = new ArrayList<>();
        assertThat(CrmExportReader.amount(typed, null, errors)).isEqualTo(new BigDecimal(expected));
        assertThat(errors).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1,5", "21.000,50", "-100", "12k", "1e5", "21000.125", "99999999999999"})
    void amountsThatAreAmbiguousOrDoNotFitAreRefused(String typed) {
        List<String> errors = new ArrayList<>();
        assertThat(CrmExportReader.amount(typed, null, errors)).isNull();
        assertThat(errors).hasSize(1);
    }

    private static byte[] bom(byte[] utf8) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xEF);
        out.write(0xBB);
        out.write(0xBF);
        out.writeBytes(utf8);
        return out.toByteArray();
    }

    private static byte[] utf16le(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xFE);
        out.writeBytes(text.getBytes(StandardCharsets.UTF_16LE));
        return out.toByteArray();
    }
}
