package dev.cadence.charter;

import java.util.List;

/**
 * What changed from one version of the charter to another, section by section.
 *
 * @param fromVersion the version compared from ({@code null} for version 0, the empty charter)
 * @param toVersion   the version compared to (likewise)
 */
public record CharterComparison(int from, VersionSummary fromVersion, int to, VersionSummary toVersion, List<ChangeView> changes) {
}
