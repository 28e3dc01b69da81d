package dev.cadence.boardpack;

import java.time.Instant;
import java.util.List;

/** What finalizing stores as JSON: the figures and the commentary as they were, the paper, who finalized it and when. */
record FrozenPack(PackContent content, List<CommentaryView> commentary, Paper paper, String finalizedBy, Instant finalizedAt) {
}
