package dev.cadence.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The exports Cadence reads, told apart by their header row. Each maps the columns it names to a deal's
 * fields; the first of a field's names that the header has is read. A field with no name here is not in
 * that export.
 */
public enum ExportFormat {

    SALESFORCE("Salesforce opportunity report", "Opportunity ID", Map.ofEntries(
            Map.entry(DealField.DEAL_ID, List.of("opportunity id", "opportunity id (18)", "id")),
            Map.entry(DealField.NAME, List.of("opportunity name")),
            Map.entry(DealField.ACCOUNT, List.of("account name", "account")),
            Map.entry(DealField.OWNER, List.of("opportunity owner", "owner", "owner full name")),
            Map.entry(DealField.SEGMENT, List.of("segment", "territory region", "region", "market segment")),
            Map.entry(DealField.TYPE, List.of("type", "opportunity type")),
            Map.entry(DealField.STAGE, List.of("stage", "stage name")),
            Map.entry(DealField.FORECAST_CATEGORY, List.of("forecast category", "forecast category name")),
            Map.entry(DealField.AMOUNT, List.of("amount (converted)", "amount")),
            Map.entry(DealField.CURRENCY, List.of("amount (converted) currency", "amount currency", "opportunity currency")),
            Map.entry(DealField.CLOSE_DATE, List.of("close date")),
            Map.entry(DealField.CREATED_DATE, List.of("created date", "create date")),
            Map.entry(DealField.SOURCE, List.of("lead source", "source")))),

    HUBSPOT("HubSpot deals export", "Record ID", Map.ofEntries(
            Map.entry(DealField.DEAL_ID, List.of("record id", "deal id", "hs_object_id")),
            Map.entry(DealField.NAME, List.of("deal name")),
            Map.entry(DealField.ACCOUNT, List.of("associated company", "associated company (primary)", "company name")),
            Map.entry(DealField.OWNER, List.of("deal owner")),
            Map.entry(DealField.SEGMENT, List.of("segment", "market segment", "region")),
            Map.entry(DealField.TYPE, List.of("deal type", "type")),
            Map.entry(DealField.STAGE, List.of("deal stage")),
            Map.entry(DealField.FORECAST_CATEGORY, List.of("forecast category")),
            Map.entry(DealField.AMOUNT, List.of("amount in company currency", "amount")),
            Map.entry(DealField.CURRENCY, List.of("currency", "deal currency code")),
            Map.entry(DealField.CLOSE_DATE, List.of("close date")),
            Map.entry(DealField.CREATED_DATE, List.of("create date", "created date")),
            Map.entry(DealField.SOURCE, List.of("original source", "original source type", "original traffic source", "source")))),

    CADENCE("Cadence pipeline CSV", "deal_id", Map.ofEntries(
            Map.entry(DealField.DEAL_ID, List.of("deal_id")),
            Map.entry(DealField.NAME, List.of("name")),
            Map.entry(DealField.ACCOUNT, List.of("account")),
            Map.entry(DealField.OWNER, List.of("owner")),
            Map.entry(DealField.SEGMENT, List.of("segment")),
            Map.entry(DealField.TYPE, List.of("type")),
            Map.entry(DealField.STAGE, List.of("stage")),
            Map.entry(DealField.FORECAST_CATEGORY, List.of("forecast_category")),
            Map.entry(DealField.AMOUNT, List.of("amount")),
            Map.entry(DealField.CLOSE_DATE, List.of("close_date")),
            Map.entry(DealField.CREATED_DATE, List.of("created_date")),
            Map.entry(DealField.SOURCE, List.of("source"))));

    /** Cadence's own columns, in order: what a template or an export of a snapshot writes. */
    public static final List<String> CADENCE_COLUMNS = List.of("deal_id", "name", "account", "owner", "segment", "type",
            "stage", "forecast_category", "amount", "close_date", "created_date", "source");

    private final String label;
    private final String idColumn;
    private final Map<DealField, List<String>> columns;

    ExportFormat(String label, String idColumn, Map<DealField, List<String>> columns) {
        this.label = label;
        this.idColumn = idColumn;
        this.columns = columns;
    }

    public String label() {
        return label;
    }

    /** The column that holds a deal's stable id, as the CRM names it: what to add when it is missing. */
    String idColumn() {
        return idColumn;
    }

    List<String> namesOf(DealField field) {
        return columns.getOrDefault(field, List.of());
    }

    /**
     * The format whose header this is: Cadence's {@code deal_id} columns, Salesforce's field labels
     * ("Opportunity Name", "Stage"…) or HubSpot's ("Deal Name", "Deal Stage"…). Told apart by the name and
     * stage columns, which every export has, so that a file without its id column is still recognised and
     * refused with the column to add.
     */
    static Optional<ExportFormat> of(List<String> normalizedHeader) {
        if (normalizedHeader.contains("deal_id") || normalizedHeader.containsAll(List.of("name", "stage", "close_date"))) {
            return Optional.of(CADENCE);
        }
        if (normalizedHeader.contains("opportunity name") || normalizedHeader.contains("opportunity id")) {
            return Optional.of(SALESFORCE);
        }
        if (normalizedHeader.contains("deal name") || normalizedHeader.contains("deal stage")) {
            return Optional.of(HUBSPOT);
        }
        return Optional.empty();
    }
}
