package dev.cadence.decisions;

/**
 * What the decision-rights pages post: an area's name and scope (new or renamed) and a reopening's
 * reason (of an area or a decision). The service checks the rules; a refused form comes back filled in.
 */
final class AreaForms {

    private AreaForms() {
    }

    /** An area's name and what it covers. */
    static class Area {
        private String name;
        private String description;
        private long version;

        static Area from(AreaRow area) {
            Area form = new Area();
            form.name = area.name();
            form.description = area.description();
            form.version = area.version();
            return form;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

    /** Why something agreed is reopened, against the version seen. */
    static class Reopen {
        private String reason;
        private long version;

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }
}
