package dev.cadence.boardpack;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CommentaryRepository extends JpaRepository<Commentary, Long> {

    @Query("select c from Commentary c where c.packId = ?1")
    List<Commentary> findByPack(long packId);

    /** Read after the pack's row is locked: the lock serializes the saves of its commentary. */
    @Query("select c from Commentary c where c.packId = ?1 and c.section = ?2")
    Optional<Commentary> find(long packId, PackSection section);
}
