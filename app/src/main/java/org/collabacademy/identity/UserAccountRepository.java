package org.collabacademy.identity;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    java.util.List<UserAccount> findByOrganizationIgnoreCaseAndEnabledTrue(String organization);

    @Query("select distinct u.organization from UserAccount u where u.organization is not null order by u.organization")
    java.util.List<String> organizations();

    @Query("select count(u) > 0 from UserAccount u join u.roles r where r = :role")
    boolean existsWithRole(Role role);

    @Query("select count(u) from UserAccount u join u.roles r where r = :role and u.enabled = true")
    long countEnabledWithRole(Role role);

    @Query("""
            select u from UserAccount u
            where lower(u.email) like lower(concat('%', :text, '%')) escape '\\'
               or lower(u.displayName) like lower(concat('%', :text, '%')) escape '\\'
            """)
    Page<UserAccount> search(String text, Pageable pageable);
}
