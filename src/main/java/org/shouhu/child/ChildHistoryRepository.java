package org.shouhu.child;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChildHistoryRepository extends JpaRepository<ChildHistory, Long> {

	List<ChildHistory> findByChildIdOrderByAtDescIdDesc(long childId, Pageable page);
}
