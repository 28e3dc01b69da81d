package dev.cadence.pipeline;

/** What Cadence reads of a deal, whatever the export calls it. */
enum DealField {
    DEAL_ID, NAME, ACCOUNT, OWNER, SEGMENT, TYPE, STAGE, FORECAST_CATEGORY, AMOUNT, CURRENCY, CLOSE_DATE, CREATED_DATE, SOURCE
}
