package org.collabacademy.directory;

import java.util.List;
import java.util.Map;
import org.collabacademy.base.PersonalData;
import org.springframework.stereotype.Component;

/** This feature's part of a person's data export. */
@Component
class DirectoryData implements PersonalData {

    @Override
    public String section() {
        return "directory";
    }

    @Override
    public Map<String, String> queries() {
        return Map.of(
                "memberships", "select * from organization_member where user_id = ?",
                "interests sent", "select * from partner_interest where from_user_id = ?");
    }

    @Override
    public List<String> erasure() {
        // a firm the person ran alone keeps its profile without their contact details; messages stay, unsigned
        return List.of(
                "update organization set contact_name = '', contact_email = '', contact_phone = '' where id in (select m.organization_id"
                        + " from organization_member m where m.user_id = ?) and (select count(*) from organization_member o"
                        + " where o.organization_id = organization.id and o.status = 'MEMBER') = 1",
                "update partner_message set author_name = '' where author_id = ?",
                "delete from saved_search where user_id = ?",
                "delete from directory_notice where user_id = ?",
                // a firm whose owner leaves passes to its longest-standing member
                "update organization_member set owner = true where id = (select min(m.id) from organization_member m where m.status = 'MEMBER'"
                        + " and m.user_id <> ? and m.organization_id = (select o.organization_id from organization_member o where o.user_id = ? and o.owner))",
                "delete from organization_member where user_id = ?");
    }
}
