package dev.cadence.company;

/** A market segment as other features see it. */
public record SegmentView(long id, String key, String name) {

    static SegmentView of(Segment segment) {
        return new SegmentView(segment.getId(), segment.getKey(), segment.getName());
    }
}
