package org.shouhu.region;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegionRepository extends JpaRepository<Region, String> {

	List<Region> findByParentCodeOrderByCode(String parentCode);

	List<Region> findByParentCodeIsNullOrderByCode();
}
