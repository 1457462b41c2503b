package org.shouhu.care;

import org.springframework.data.jpa.repository.JpaRepository;

/** Counties' own visit cadences, by county code. */
interface CountyVisitPolicyRepository extends JpaRepository<CountyVisitPolicy, String> {
}
