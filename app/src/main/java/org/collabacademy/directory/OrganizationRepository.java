package org.collabacademy.directory;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganizationRepository extends JpaRepository<Organization, Long> {

    /** Candidates for a duplicate: same country, normalized name starting alike. */
    @Query("select o from Organization o where o.country = :country and o.normalizedName like :prefix")
    List<Organization> sameStart(String country, String prefix);
}
