package org.shouhu.care;

import org.springframework.data.jpa.repository.JpaRepository;

interface WorkLogRepository extends JpaRepository<WorkLog, Long> {
}
