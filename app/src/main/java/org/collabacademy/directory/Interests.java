package org.collabacademy.directory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.directory.DirectoryViews.InterestLine;
import org.collabacademy.directory.DirectoryViews.MessageLine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Expressions of interest: a member of one organization writes to another's offer or search; a member of the
 * receiving organization accepts or declines. Only after acceptance do both sides see each other's names and
 * contacts, and a private conversation opens. Each step is a status on both sides, a notice, and an event.
 */
@Service
@Transactional
public class Interests {

    private final InterestRepository interests;
    private final PartnerEntryRepository entries;
    private final OrganizationRepository organizations;
    private final OrgMemberRepository members;
    private final PartnerMessageRepository messages;
    private final Disclosure disclosure;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int perDay;

    Interests(InterestRepository interests, PartnerEntryRepository entries, OrganizationRepository organizations, OrgMemberRepository members,
              PartnerMessageRepository messages, Disclosure disclosure, ApplicationEventPublisher events, Clock clock,
              @Value("${collabacademy.directory.interests-per-day:10}") int perDay) {
        this.interests = interests;
        this.entries = entries;
        this.organizations = organizations;
        this.members = members;
        this.messages = messages;
        this.disclosure = disclosure;
        this.events = events;
        this.clock = clock;
        this.perDay = perDay;
    }

    @PreAuthorize("isAuthenticated()")
    public long express(long entryId, String message) {
        Disclosure.Viewer viewer = disclosure.viewer();
        Organization mine = viewer.organization();
        if (mine == null) {
            throw new InvalidInput("message", "directory.need-organization");
        }
        PartnerEntry entry = entries.findById(entryId).orElseThrow(() -> new InvalidInput("entry", "directory.no-such-organization"));
        Organization theirs = organizations.findById(entry.organizationId()).filter(o -> disclosure.canSee(viewer, o) && !o.suspended())
                .orElseThrow(() -> new InvalidInput("entry", "directory.no-such-organization"));
        if (theirs.id() == mine.id()) {
            throw new InvalidInput("message", "directory.own-entry");
        }
        String text = message.strip();
        if (text.length() < 10) {
            throw new InvalidInput("message", "directory.message-short");
        }
        if (text.length() > 2000) {
            throw new InvalidInput("message", "validation.too-long", 2000);
        }
        Interest existing = interests.findByFromOrgIdAndEntryId(mine.id(), entryId).orElse(null);
        if (existing != null && (existing.status() == InterestStatus.SENT || existing.status() == InterestStatus.ACCEPTED)) {
            throw new InvalidInput("message", "directory.interest-exists");
        }
        if (interests.countByFromUserIdAndCreatedAtAfter(viewer.userId(), clock.instant().minus(Duration.ofDays(1))) >= perDay) {
            throw new InvalidInput("message", "directory.interests-per-day", perDay);
        }
        Interest interest;
        if (existing != null) {
            existing.renew(viewer.userId(), text, clock.instant());
            interest = existing;
        } else {
            interest = interests.save(new Interest(mine.id(), viewer.userId(), theirs.id(), entryId, text, clock.instant()));
        }
        // the receiving side learns that someone is interested, not yet who (unless the sender's profile is public)
        String from = disclosure.showsName(new Disclosure.Viewer(0, theirs, false), mine) ? mine.name() : "";
        notifyMembers(theirs.id(), "directory.notice.interest-received", from);
        events.publishEvent(new DirectoryEvents.InterestSent(interest.id(), viewer.userId(), entryId));
        return interest.id();
    }

    /** Accepts or declines an interest received by the signed-in user's organization. */
    @PreAuthorize("isAuthenticated()")
    public void decide(long interestId, boolean accept) {
        Disclosure.Viewer viewer = disclosure.viewer();
        Interest interest = interests.findById(interestId).orElseThrow(() -> new InvalidInput("interest", "directory.no-such-interest"));
        if (viewer.organization() == null || interest.toOrgId() != viewer.organization().id()) {
            throw new AuthorizationDeniedException("Only the receiving organization decides");
        }
        if (interest.status() != InterestStatus.SENT) {
            throw new InvalidInput("interest", "directory.already-decided");
        }
        InterestStatus decision = accept ? InterestStatus.ACCEPTED : InterestStatus.DECLINED;
        interest.decide(decision, viewer.userId(), clock.instant());
        notifyMembers(interest.fromOrgId(), accept ? "directory.notice.accepted" : "directory.notice.declined",
                accept ? viewer.organization().name() : "");
        events.publishEvent(new DirectoryEvents.InterestDecided(interest.id(), viewer.userId(), interest.entryId(), decision));
    }

    @PreAuthorize("isAuthenticated()")
    public void withdraw(long interestId) {
        Disclosure.Viewer viewer = disclosure.viewer();
        Interest interest = interests.findById(interestId).orElseThrow(() -> new InvalidInput("interest", "directory.no-such-interest"));
        if (viewer.organization() == null || interest.fromOrgId() != viewer.organization().id()) {
            throw new AuthorizationDeniedException("Only the sending organization withdraws");
        }
        if (interest.status() == InterestStatus.SENT) {
            interest.decide(InterestStatus.WITHDRAWN, viewer.userId(), clock.instant());
        }
    }

    /** Every interest sent or received by the signed-in user's organization, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<InterestLine> mine() {
        Disclosure.Viewer viewer = disclosure.viewer();
        if (viewer.organization() == null) {
            return List.of();
        }
        long us = viewer.organization().id();
        List<InterestLine> lines = new ArrayList<>();
        for (Interest interest : interests.involving(us)) {
            boolean sent = interest.fromOrgId() == us;
            Organization other = organizations.findById(sent ? interest.toOrgId() : interest.fromOrgId()).orElse(null);
            PartnerEntry entry = entries.findById(interest.entryId()).orElse(null);
            if (other == null || entry == null) {
                continue;
            }
            boolean accepted = interest.status() == InterestStatus.ACCEPTED;
            String name = accepted || disclosure.showsName(viewer, other) ? other.name() : null;
            lines.add(new InterestLine(interest.id(), sent, interest.status(), entry.view(), name, other.region(),
                    accepted ? other.contact() : null, interest.message(), interest.createdAt(), interest.decidedAt(),
                    !sent && interest.status() == InterestStatus.SENT, sent && interest.status() == InterestStatus.SENT));
        }
        return lines;
    }

    /** The private conversation of an accepted interest, for members of its two organizations. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MessageLine> conversation(long interestId) {
        Interest interest = acceptedAndMine(interestId);
        long me = disclosure.viewer().userId();
        return messages.findByInterestIdOrderByCreatedAt(interest.id()).stream()
                .map(m -> new MessageLine(m.authorName(), m.text(), m.createdAt(), m.authorId() == me)).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public void write(long interestId, String text) {
        Interest interest = acceptedAndMine(interestId);
        String clean = text.strip();
        if (clean.isEmpty()) {
            throw new InvalidInput("text", "validation.required");
        }
        if (clean.length() > 4000) {
            throw new InvalidInput("text", "validation.too-long", 4000);
        }
        Disclosure.Viewer viewer = disclosure.viewer();
        String author = members.findByUserId(viewer.userId()).map(OrgMember::name).orElse("?");
        messages.save(new PartnerMessage(interest.id(), viewer.userId(), author, clean, clock.instant()));
        long otherOrg = interest.fromOrgId() == viewer.organization().id() ? interest.toOrgId() : interest.fromOrgId();
        notifyMembers(otherOrg, "directory.notice.message", viewer.organization().name());
    }

    private Interest acceptedAndMine(long interestId) {
        Disclosure.Viewer viewer = disclosure.viewer();
        Interest interest = interests.findById(interestId).orElseThrow(() -> new InvalidInput("interest", "directory.no-such-interest"));
        if (viewer.organization() == null || interest.fromOrgId() != viewer.organization().id() && interest.toOrgId() != viewer.organization().id()) {
            throw new AuthorizationDeniedException("Not a party to this conversation");
        }
        if (interest.status() != InterestStatus.ACCEPTED) {
            throw new InvalidInput("interest", "directory.not-accepted");
        }
        return interest;
    }

    private void notifyMembers(long organizationId, String message, String argument) {
        members.findByOrganizationIdAndStatus(organizationId, MembershipStatus.MEMBER)
                .forEach(m -> events.publishEvent(new DirectoryEvents.Notice(m.userId(), message, argument, "directory/interests")));
    }
}
