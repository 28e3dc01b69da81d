package dev.cadence.meetings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the meeting page's forms post, one class each. Bean Validation checks what a form needs
 * whatever the meeting; the services check the rules that depend on it (three priorities, closed meetings).
 */
final class MeetingForms {

    private MeetingForms() {
    }

    /** A talking point or a priority added to a section. */
    static class Item {
        private long sectionId;
        @NotBlank(message = "Write the talking point first.")
        private String text;
        private boolean privateItem;

        public long getSectionId() {
            return sectionId;
        }

        public void setSectionId(long sectionId) {
            this.sectionId = sectionId;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public boolean isPrivateItem() {
            return privateItem;
        }

        public void setPrivateItem(boolean privateItem) {
            this.privateItem = privateItem;
        }
    }

    /** A point's text and notes, edited in place against the version the editor read. */
    static class ItemEdit {
        private String text;
        private String notes;
        private long version;

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getNotes() {
            return notes;
        }

        public void setNotes(String notes) {
            this.notes = notes;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    /** The message to the org, or none this week. */
    static class Message {
        private String message;
        private boolean noMessage;
        private long version;

        public String getMessage() {
            return message;
        }

        public void setMessage(String message) {
            this.message = message;
        }

        public boolean isNoMessage() {
            return noMessage;
        }

        public void setNoMessage(boolean noMessage) {
            this.noMessage = noMessage;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    /** An action item captured in the meeting. */
    static class Action {
        @NotBlank(message = "Say what is to be done.")
        private String text;
        @NotNull(message = "Choose who owns it: one active person.")
        private Long ownerId;
        @NotNull(message = "Give it a due date.")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate dueOn;

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public Long getOwnerId() {
            return ownerId;
        }

        public void setOwnerId(Long ownerId) {
            this.ownerId = ownerId;
        }

        public LocalDate getDueOn() {
            return dueOn;
        }

        public void setDueOn(LocalDate dueOn) {
            this.dueOn = dueOn;
        }
    }

    /** What a decision captured in the meeting needs; the rest (context, options) can be added in the log. */
    static class Decision {
        private String title;
        private String decision;
        private String rationale;
        private Long deciderId;
        private Long areaId;
        private String message;
        private String overrideReason;

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getDecision() {
            return decision;
        }

        public void setDecision(String decision) {
            this.decision = decision;
        }

        public String getRationale() {
            return rationale;
        }

        public void setRationale(String rationale) {
            this.rationale = rationale;
        }

        public Long getDeciderId() {
            return deciderId;
        }

        public void setDeciderId(Long deciderId) {
            this.deciderId = deciderId;
        }

        public Long getAreaId() {
            return areaId;
        }

        public void setAreaId(Long areaId) {
            this.areaId = areaId;
        }

        public String getMessage() {
            return message;
        }

        public void setMessage(String message) {
            this.message = message;
        }

        public String getOverrideReason() {
            return overrideReason;
        }

        public void setOverrideReason(String overrideReason) {
            this.overrideReason = overrideReason;
        }
    }

    /** Closing: move what was not discussed on, rate at once, and confirm closing a meeting that never started. */
    static class Close {
        private boolean moveUndiscussed;
        private Integer rating;
        private boolean closeUnstarted;

        public boolean isMoveUndiscussed() {
            return moveUndiscussed;
        }

        public void setMoveUndiscussed(boolean moveUndiscussed) {
            this.moveUndiscussed = moveUndiscussed;
        }

        public Integer getRating() {
            return rating;
        }

        public void setRating(Integer rating) {
            this.rating = rating;
        }

        public boolean isCloseUnstarted() {
            return closeUnstarted;
        }

        public void setCloseUnstarted(boolean closeUnstarted) {
            this.closeUnstarted = closeUnstarted;
        }
    }
}
