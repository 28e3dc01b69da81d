package dev.cadence.governance;

import java.util.Map;

/**
 * A governed subject as it is now, as its feature describes it to the governance.
 *
 * @param version  its version now; a proposal made on another one was made before the subject last changed
 * @param fields   its fields as text, by name (a value may be null)
 * @param reader   how people read a change of those fields
 */
public record Subject(SubjectKind kind, long id, String key, String name, long version, Map<String, String> fields,
                      ChangeReader reader) {
}
