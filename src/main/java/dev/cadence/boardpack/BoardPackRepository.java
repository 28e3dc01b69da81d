package dev.cadence.boardpack;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface BoardPackRepository extends JpaRepository<BoardPack, Long> {

    /** Every version of these quarters' packs, newest version first within a quarter. */
    @Query("select p from BoardPack p where p.quarterKey in ?1 order by p.quarterKey desc, p.number desc")
    List<BoardPack> findByQuarters(Collection<String> quarterKeys);

    /** Every version of every pack, for the list: newest quarter first. */
    @Query("select p from BoardPack p order by p.quarterKey desc, p.number desc")
    List<BoardPack> findAllNewestFirst();

    /** Final versions, the newest quarter's newest first (ask for one: the latest pack the board has). */
    @Query("select p from BoardPack p where p.status = dev.cadence.boardpack.PackStatus.FINAL order by p.quarterKey desc, p.number desc")
    List<BoardPack> findFinalsNewestFirst(org.springframework.data.domain.Pageable page);

    /** Serializes every change of one version: its commentary, its paper, its finalizing. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from BoardPack p where p.quarterKey = ?1 and p.number = ?2")
    Optional<BoardPack> lock(String quarterKey, int number);

    /** The quarter's first version, created by whoever writes to it first; two at once create it once. */
    @Modifying
    @Query(value = "insert into board_pack (quarter_key, number, status, paper, created_by, created_at, changed_by, changed_at) "
            + "values (?1, 1, 'DRAFT', 'A4', ?2, ?3, ?2, ?3) on conflict (quarter_key, number) do nothing", nativeQuery = true)
    int createFirst(String quarterKey, long by, java.time.Instant at);
}
