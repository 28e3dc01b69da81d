package dev.cadence.meetings;

/** A change to a meeting in progress: the meeting (its row locked), its series; the changer may run it. */
record MeetingChange(Meeting meeting, MeetingSeries series) {

    /** Moves the meeting's revision, which open pages poll to show each other's edits. */
    void done() {
        meeting.changed();
    }
}
