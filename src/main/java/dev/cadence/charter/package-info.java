/**
 * The GTM charter: ICP, positioning, pricing principles and who owns what, as one document of sections kept as numbered
 * versions. The CEO edits it; everyone else but the board proposes changes through {@code governance}, which the CEO
 * approves or rejects; any two versions compare word by word. Its meeting panel shows the council what waits and what
 * changed, as of the meeting's day.
 */
package dev.cadence.charter;
