package dev.cadence.meetings;

/**
 * What a series is for; the weekly CEO–CRO 1:1 first, the forecast review and the GTM council reuse the machinery, and
 * any other recurring meeting people set up is {@link #OTHER}. A kind starts a new series' agenda from its template
 * ({@link AgendaTemplates#forKind}).
 */
public enum MeetingKind {
    ONE_ON_ONE("1:1"),
    FORECAST_REVIEW("Forecast & pipeline review"),
    GTM_COUNCIL("GTM council"),
    OTHER("Other");

    private final String label;

    MeetingKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
