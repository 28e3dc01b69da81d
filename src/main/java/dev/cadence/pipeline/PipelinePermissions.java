package dev.cadence.pipeline;

import dev.cadence.people.CadenceUser;
import dev.cadence.people.Role;
import org.springframework.security.access.AccessDeniedException;

/** Deals are not board material: the leadership reads the pipeline, RevOps and administrators load it. */
final class PipelinePermissions {

    private PipelinePermissions() {
    }

    static boolean canRead(CadenceUser user) {
        return !user.readOnly();
    }

    static boolean canImport(CadenceUser user) {
        return user.hasRole(Role.REVOPS) || user.hasRole(Role.ADMIN);
    }

    static void requireRead(CadenceUser user) {
        if (!canRead(user)) {
            throw new AccessDeniedException("The pipeline's deals are for the leadership team, not the board.");
        }
    }

    static void requireImport(CadenceUser user) {
        if (!canImport(user)) {
            throw new AccessDeniedException("Only RevOps and administrators load pipeline snapshots.");
        }
    }
}
