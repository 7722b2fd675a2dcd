package org.scrutineer.minutes;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.scrutineer.agenda.AgendaItem;
import org.scrutineer.meeting.MemberJson;
import org.scrutineer.web.EmailAddresses;

/**
 * What is wrong with minutes as recorded, field by field, in plain English: unknown members, agenda
 * items the meeting does not have, words outside the lists, missing text, and minute numbers used
 * twice. Empty when they can be kept.
 */
final class MinutesCheck {

    static final Set<String> STATUSES = Set.of("present", "apologies", "substitute", "absent");
    static final Set<String> ROLES = Set.of("chair", "vice-chair", "member", "co-opted", "officer", "other");
    static final Set<String> MEMBER_ROLES = Set.of("chair", "vice-chair", "member", "co-opted");
    static final Set<String> KINDS = Set.of("disclosable-pecuniary", "other-registrable", "non-registrable");
    static final Set<String> ADDRESSEES = Set.of("executive", "cabinet-member", "council", "partner", "officer", "committee");
    static final Set<String> SCRUTINY_TYPES = Set.of("general", "health", "crime-and-disorder");
    static final int MOST = 200;

    private final Map<String, String> errors = new LinkedHashMap<>();
    private final Set<String> members;
    private final Map<Integer, AgendaItem> agendaItems;
    private final Map<Integer, String> numbersElsewhere;

    private MinutesCheck(List<MemberJson> members, List<AgendaItem> agendaItems, Map<Integer, String> numbersElsewhere) {
        this.members = members.stream().map(m -> normal(m.name())).collect(Collectors.toSet());
        this.agendaItems = agendaItems.stream().collect(Collectors.toMap(AgendaItem::getPosition, i -> i, (a, b) -> a));
        this.numbersElsewhere = numbersElsewhere;
    }

    /**
     * @param numbersElsewhere the minute numbers the committee's other meetings of the municipal year use, with their dates in words
     */
    static Map<String, String> of(MinutesBody body, List<MemberJson> members, List<AgendaItem> agendaItems, Map<Integer, String> numbersElsewhere) {
        MinutesCheck check = new MinutesCheck(members, agendaItems, numbersElsewhere);
        check.attendance(body.attendance());
        Set<String> attending = body.attendance().stream().filter(a -> a.name() != null && !"apologies".equals(a.status()) && !"absent".equals(a.status()))
                .map(a -> normal(a.name())).collect(Collectors.toSet());
        check.declarations(body.declarations(), attending);
        check.items(body.items(), attending);
        check.withdrawals(body.withdrawals());
        return check.errors;
    }

    private void attendance(List<MinutesBody.Attendee> attendance) {
        if (attendance.size() > MOST) {
            errors.put("attendance", "Minutes can list at most " + MOST + " people in attendance");
            return;
        }
        Set<String> present = attendance.stream().filter(a -> "present".equals(a.status()) && a.name() != null)
                .map(a -> normal(a.name())).collect(Collectors.toSet());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < attendance.size(); i++) {
            MinutesBody.Attendee a = attendance.get(i);
            String field = "attendance[" + i + "]";
            if (!text(field + ".name", a.name(), 200, "Enter the name of each person in attendance")) {
                continue;
            }
            if (!seen.add(normal(a.name()))) {
                errors.put(field + ".name", a.name().strip() + " is listed twice in the attendance");
            }
            if (a.status() == null || !STATUSES.contains(a.status())) {
                errors.put(field + ".status", "Say whether " + a.name().strip() + " was present, sent apologies, was a substitute or was absent");
                continue;
            }
            if (a.role() != null && !ROLES.contains(a.role())) {
                errors.put(field + ".role", "Choose " + a.name().strip() + "'s role: chair, vice-chair, member, co-opted, officer or other");
                continue;
            }
            String role = a.role() == null ? "member" : a.role();
            if ("substitute".equals(a.status())) {
                if (a.substituteFor() == null || a.substituteFor().isBlank()) {
                    errors.put(field + ".substituteFor", "Say which member of the committee " + a.name().strip() + " stood in for");
                } else if (!members.contains(normal(a.substituteFor()))) {
                    errors.put(field + ".substituteFor", a.substituteFor().strip() + " is not a member of the committee on the day of the meeting");
                } else if (present.contains(normal(a.substituteFor()))) {
                    errors.put(field + ".substituteFor", a.substituteFor().strip() + " is recorded as present, so no one can stand in for them");
                }
            } else if (MEMBER_ROLES.contains(role) && !members.contains(normal(a.name()))) {
                errors.put(field + ".name", a.name().strip() + " is not a member of the committee on the day of the meeting. "
                        + "List a substitute as a substitute, and officers and others with their role");
            }
        }
    }

    private void declarations(List<MinutesBody.Declaration> declarations, Set<String> attending) {
        if (declarations.size() > MOST) {
            errors.put("declarations", "Minutes can hold at most " + MOST + " declarations of interest");
            return;
        }
        for (int i = 0; i < declarations.size(); i++) {
            MinutesBody.Declaration d = declarations.get(i);
            String field = "declarations[" + i + "]";
            if (text(field + ".member", d.member(), 200, "Enter who declared the interest")
                    && !members.contains(normal(d.member())) && !attending.contains(normal(d.member()))) {
                errors.put(field + ".member", d.member().strip() + " is neither a member of the committee nor listed in the attendance");
            }
            agendaItem(field + ".agendaItem", d.agendaItem());
            if (d.kind() == null || !KINDS.contains(d.kind())) {
                errors.put(field + ".kind", "Choose the kind of interest: disclosable-pecuniary, other-registrable or non-registrable");
            }
            text(field + ".description", d.description(), 2000, "Describe the interest declared");
        }
    }

    private void items(List<MinutesBody.ItemMinute> items, Set<String> attending) {
        if (items.size() > MOST) {
            errors.put("items", "Minutes can hold at most " + MOST + " items");
            return;
        }
        Set<Integer> itemsSeen = new HashSet<>();
        Set<Integer> numbersSeen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            MinutesBody.ItemMinute item = items.get(i);
            String field = "items[" + i + "]";
            if (agendaItem(field + ".agendaItem", item.agendaItem()) && !itemsSeen.add(item.agendaItem())) {
                errors.put(field + ".agendaItem", "Agenda item " + item.agendaItem() + " has two minutes: give each item one");
            }
            if (item.minute() == null || item.minute() < 1) {
                errors.put(field + ".minute", "Give the item its minute number, a whole number from 1");
            } else if (!numbersSeen.add(item.minute())) {
                errors.put(field + ".minute", "Minute " + item.minute() + " is used twice in these minutes");
            } else if (numbersElsewhere.containsKey(item.minute())) {
                errors.put(field + ".minute", "Minute " + item.minute() + " is already used in the minutes of the meeting on "
                        + numbersElsewhere.get(item.minute()) + ": minute numbers run on through the municipal year");
            }
            optional(field + ".title", item.title(), 500);
            optional(field + ".summary", item.summary(), 20000);
            if (item.resolutions().size() > 50) {
                errors.put(field + ".resolutions", "An item can hold at most 50 resolutions");
                continue;
            }
            for (int r = 0; r < item.resolutions().size(); r++) {
                resolution(field + ".resolutions[" + r + "]", item.resolutions().get(r), attending);
            }
            Set<String> numbers = new HashSet<>();
            item.resolutions().stream().flatMap(res -> res.recommendations().stream()).map(MinutesBody.Recommendation::number)
                    .filter(n -> n != null && !n.isBlank()).forEach(n -> {
                        if (!numbers.add(n.strip())) {
                            errors.put(field + ".recommendations", "Recommendation " + n.strip() + " is numbered twice in minute "
                                    + item.minute() + ": number each recommendation of an item once");
                        }
                    });
        }
    }

    private void resolution(String field, MinutesBody.Resolution r, Set<String> attending) {
        text(field + ".text", r.text(), 10000, "Enter the text of the resolution");
        attendee(field + ".proposer", r.proposer(), attending, "proposed");
        attendee(field + ".seconder", r.seconder(), attending, "seconded");
        Vote vote = r.vote();
        if (vote == null || vote.unreadable()) {
            errors.put(field + ".vote", "Give the vote: \"unanimous\", or the numbers for, against and abstaining");
        } else if (!vote.unanimous() && (bad(vote.forCount()) || bad(vote.against()) || bad(vote.abstain()))) {
            errors.put(field + ".vote", "Give the numbers for, against and abstaining, each a whole number from 0");
        }
        if (r.recommendations().size() > 50 || r.actions().size() > 50) {
            errors.put(field, "A resolution can hold at most 50 recommendations and 50 actions");
            return;
        }
        for (int i = 0; i < r.recommendations().size(); i++) {
            MinutesBody.Recommendation rec = r.recommendations().get(i);
            String f = field + ".recommendations[" + i + "]";
            text(f + ".number", rec.number(), 20, "Give the recommendation its number");
            text(f + ".text", rec.text(), 10000, "Enter the text of the recommendation");
            if (rec.addressee() == null || !ADDRESSEES.contains(rec.addressee())) {
                errors.put(f + ".addressee", "Choose who the recommendation is to: executive, cabinet-member, council, partner, officer or committee");
            }
            if (rec.scrutinyType() != null && !rec.scrutinyType().isBlank() && !SCRUTINY_TYPES.contains(rec.scrutinyType())) {
                errors.put(f + ".scrutinyType", "Choose the kind of scrutiny: general, health or crime-and-disorder");
            }
        }
        for (int i = 0; i < r.actions().size(); i++) {
            MinutesBody.Action action = r.actions().get(i);
            String f = field + ".actions[" + i + "]";
            text(f + ".text", action.text(), 4000, "Enter what the action is");
            text(f + ".owner", action.owner(), 200, "Say who owns the action");
            if (action.ownerEmail() != null && !action.ownerEmail().isBlank() && !EmailAddresses.looksValid(action.ownerEmail())) {
                errors.put(f + ".ownerEmail", "Enter the owner's email address in the right format, like name@example.gov.uk");
            }
            if (action.dueBy() != null && !action.dueBy().isBlank() && date(action.dueBy()) == null) {
                errors.put(f + ".dueBy", "Enter the date the action is due as a real date, like 2027-04-30");
            }
        }
    }

    private void withdrawals(List<MinutesBody.Withdrawal> withdrawals) {
        for (int i = 0; i < withdrawals.size(); i++) {
            MinutesBody.Withdrawal w = withdrawals.get(i);
            String field = "withdrawals[" + i + "]";
            if (w.minute() == null || w.number() == null || w.number().isBlank()) {
                errors.put(field, "Say which recommendation is withdrawn: its minute and its number");
            }
            text(field + ".reason", w.reason(), 4000, "Say why the recommendation is withdrawn");
        }
    }

    private boolean agendaItem(String field, Integer position) {
        if (position == null) {
            errors.put(field, "Say which agenda item, by its number");
            return false;
        }
        if (!agendaItems.containsKey(position)) {
            errors.put(field, agendaItems.isEmpty() ? "The meeting has no agenda yet, so there is no item " + position
                    : "The agenda has no item " + position + ": its items are numbered 1 to " + agendaItems.size());
            return false;
        }
        return true;
    }

    private void attendee(String field, String name, Set<String> attending, String did) {
        if (name != null && !name.isBlank() && !attending.contains(normal(name))) {
            errors.put(field, name.strip() + " is not listed as attending the meeting, so cannot have " + did + " the resolution");
        }
    }

    private boolean text(String field, String value, int max, String missing) {
        if (value == null || value.isBlank()) {
            errors.put(field, missing);
            return false;
        }
        if (value.strip().length() > max) {
            errors.put(field, "This must be " + max + " characters or fewer");
            return false;
        }
        return true;
    }

    private void optional(String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.put(field, "This must be " + max + " characters or fewer");
        }
    }

    private static boolean bad(Integer count) {
        return count == null || count < 0 || count > 1000;
    }

    static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String normal(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.UK);
    }
}
