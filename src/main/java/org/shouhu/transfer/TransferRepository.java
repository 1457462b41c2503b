package org.shouhu.transfer;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TransferRepository extends JpaRepository<Transfer, Long> {

	Optional<Transfer> findByOpenChildId(long childId);
}
